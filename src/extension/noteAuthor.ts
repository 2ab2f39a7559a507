import { execFile } from 'child_process';
import * as os from 'os';
import * as vscode from 'vscode';
import type { Agent } from '../core/annotations';
import { SECTION } from './settings';

// git's answer per folder: asked once, since it does not change while VS Code runs (and asking costs a process).
const fromGit = new Map<string, Promise<Agent | undefined>>();

/** Who writes a note: `interlinear.notes.author` if set, else git's `user.name` (and e-mail) for the file, else the login name. */
export async function noteAuthor(uri: vscode.Uri): Promise<Agent> {
  const configured = vscode.workspace.getConfiguration(SECTION, uri).get<string>('notes.author', '').trim();
  if (configured) return { name: configured };
  if (uri.scheme === 'file') {
    const dir = vscode.Uri.joinPath(uri, '..').fsPath;
    let git = fromGit.get(dir);
    if (!git) fromGit.set(dir, (git = gitUser(dir)));
    const agent = await git;
    if (agent) return agent;
  }
  return { name: os.userInfo().username };
}

async function gitUser(cwd: string): Promise<Agent | undefined> {
  const [name, email] = await Promise.all([gitConfig(cwd, 'user.name'), gitConfig(cwd, 'user.email')]);
  return name ? { name, ...(email ? { email } : {}) } : undefined;
}

// One `git config` value; nothing when git is missing, slow or has no such value.
function gitConfig(cwd: string, key: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', key], { cwd, timeout: 2_000, windowsHide: true }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}
