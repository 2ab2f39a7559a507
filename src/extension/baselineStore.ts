import * as vscode from 'vscode';
import {
  BASELINE_PATH,
  PROJECT_FOLDER,
  acceptFindings,
  baselineKey,
  loadBaseline,
  type Baseline,
  type BaselineFile,
  type Finding,
} from '../core/base';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** The known-issues baseline of each workspace folder, read through the core's loader on demand and written atomically. */
export class BaselineStore implements vscode.Disposable {
  private readonly files = new Map<string, Promise<BaselineFile>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];

  /** Fires after a baseline file changed on disk or was written. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const forget = () => {
      this.files.clear();
      this.changed.fire();
    };
    // The folder too: deleting `.interlinear` as a whole reports no event for the file inside it.
    const watchers = [`**/${BASELINE_PATH}`, `**/${PROJECT_FOLDER}`].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
    this.disposables = [
      ...watchers,
      ...watchers.flatMap((w) => [w.onDidChange(forget), w.onDidCreate(forget), w.onDidDelete(forget)]),
      this.changed,
    ];
  }

  /** The accepted findings of one document (none outside a workspace folder). */
  async forDocument(doc: vscode.TextDocument): Promise<Baseline | undefined> {
    return this.forUri(doc.uri);
  }

  /** The accepted findings of one file, open or not (none outside a workspace folder). */
  async forUri(uri: vscode.Uri): Promise<Baseline | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    return (await this.read(folder)).files.get(keyOf(uri));
  }

  /**
   * Accepts `findings` as the document's known issues, replacing what the baseline had for it (or with `add`, beside
   * what it had: "Ignore in this document" in a file that should not carry inline comments). Returns the
   * baseline's URI, or undefined outside a workspace folder; throws with a message when the baseline cannot be read.
   */
  async accept(doc: vscode.TextDocument, findings: readonly Finding[], add = false): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return undefined;
    const project = new WorkspaceFileSystem(folder.uri);
    const result = await acceptFindings(project, keyOf(doc.uri), doc.getText(), findings, BASELINE_PATH, label(folder), add);
    if (!result.ok) {
      this.output.error(`Could not write ${label(folder)}: ${result.message}`);
      throw new Error(result.message);
    }
    this.output.info(`${add ? 'Ignored' : 'Accepted'} ${findings.length} finding(s) of ${keyOf(doc.uri)} in ${label(folder)}.`);
    this.files.delete(folder.uri.toString());
    this.changed.fire();
    return project.uri(BASELINE_PATH);
  }

  // Reads (once) a folder's baseline; a missing file is empty, a broken one is reported and ignored.
  private read(folder: vscode.WorkspaceFolder): Promise<BaselineFile> {
    const key = folder.uri.toString();
    let file = this.files.get(key);
    if (!file) {
      file = loadBaseline(new WorkspaceFileSystem(folder.uri), BASELINE_PATH, label(folder)).then((loaded) => {
        const problems = loaded.status === 'loaded' ? loaded.problems : loaded.status === 'unreadable' ? [loaded.message] : [];
        problems.forEach((p) => this.output.warn(p));
        if (loaded.status !== 'unreadable')
          this.output.info(`Baseline ${label(folder)}: ${loaded.status === 'missing' ? 'none' : `${loaded.value.files.size} file(s)`}.`);
        if (problems.length) void vscode.window.showWarningMessage(`Interlinear: ${problems[0]}`);
        return loaded.value;
      });
      this.files.set(key, file);
    }
    return file;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

// How messages name a folder's baseline.
function label(folder: vscode.WorkspaceFolder): string {
  return `${folder.name}/${BASELINE_PATH}`;
}

// The baseline key of a document: its path relative to its folder.
function keyOf(uri: vscode.Uri): string {
  return baselineKey(vscode.workspace.asRelativePath(uri, false));
}
