import * as vscode from 'vscode';
import { acceptIntoBaseline, decodeText, parseBaselineFile, type Baseline, type BaselineFile, type Finding } from '../core/base';

const BASELINE = '.interlinear/baseline.json';

/** The known-issues baseline of each workspace folder, read on demand and written atomically. */
export class BaselineStore implements vscode.Disposable {
  private readonly files = new Map<string, Promise<BaselineFile>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];

  /** Fires after a baseline file changed on disk or was written. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${BASELINE}`);
    const forget = () => {
      this.files.clear();
      this.changed.fire();
    };
    this.disposables = [watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget), this.changed];
  }

  /** The accepted findings of one document (none outside a workspace folder). */
  async forDocument(doc: vscode.TextDocument): Promise<Baseline | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return undefined;
    return (await this.read(folder)).files.get(relativePath(doc.uri));
  }

  /** Accepts `findings` as the document's known issues, replacing what the baseline had for it. */
  async accept(doc: vscode.TextDocument, findings: readonly Finding[]): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return undefined;
    const content = acceptIntoBaseline(await this.read(folder), relativePath(doc.uri), doc.getText(), findings);
    const target = vscode.Uri.joinPath(folder.uri, BASELINE);
    // Written beside the target and renamed over it, so a crash never leaves half a file.
    const temp = vscode.Uri.joinPath(folder.uri, `${BASELINE}.${process.pid}.tmp`);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.interlinear'));
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    this.files.delete(folder.uri.toString());
    this.changed.fire();
    return target;
  }

  // Reads (once) a folder's baseline; a missing file is empty, a broken one is logged and ignored.
  private read(folder: vscode.WorkspaceFolder): Promise<BaselineFile> {
    const key = folder.uri.toString();
    let file = this.files.get(key);
    if (!file) {
      file = (async () => {
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, BASELINE));
        } catch {
          return { files: new Map() };
        }
        const decoded = decodeText(bytes);
        const parsed = decoded.ok ? parseBaselineFile(decoded.text) : { files: new Map(), problem: decoded.reason };
        if (parsed.problem) this.output.warn(`${BASELINE} in ${folder.name}: ${parsed.problem}; ignored.`);
        return parsed;
      })();
      this.files.set(key, file);
    }
    return file;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

// The path of a document relative to its folder, with forward slashes, as the baseline keys it.
function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).split('\\').join('/');
}
