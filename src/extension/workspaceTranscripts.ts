import * as vscode from 'vscode';
import { Settings, setting } from './settings';

// What the editor opens as transcripts by name (package.json, contributes.languages).
const BY_NAME = /\.(?:transcript|transcript\.txt|transcript\.md)$/i;
// Folders never searched, as the CLI's directory walk skips them.
const EXCLUDE = '**/{node_modules,.git,.interlinear,dist,out}/**';

/**
 * The workspace's transcripts, as the editor would open them: by name (`*.transcript`, `*.transcript.txt`,
 * `*.transcript.md`) or by `interlinear.filePatterns`, which the editor matches against a file's whole path.
 */
export async function findWorkspaceTranscripts(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles('**/*.{txt,md,markdown,transcript}', EXCLUDE, undefined, token);
  return found
    .filter((uri) => BY_NAME.test(uri.path) || matchesFilePatterns(uri))
    .sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
}

// Whether one of the file's `interlinear.filePatterns` matches its path.
function matchesFilePatterns(uri: vscode.Uri): boolean {
  const patterns = setting<string[]>(Settings.filePatterns, [], uri);
  return patterns.some((p) => typeof p === 'string' && globToRegExp(p).test(uri.path));
}

/**
 * A glob as the editor's document filters read it (`**`, `*`, `?`, `{a,b}`, `[…]`), matched against a whole
 * path: one that does not start with `/` or `**` may stand after any folder, as in the editor.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` spans any folders, none included; a trailing `**` anything at all.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',' && out.includes('(?:')) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${out}$`);
}
