import * as vscode from 'vscode';
import { EMPTY_GLOSSARY, mergeGlossaries, parseGlossary, decodeText, type Glossary } from '../core/base';
import { SECTION, Settings, setting } from './settings';

/** The workspace glossaries (`interlinear.glossaryPath` in each folder), reloaded when they change. */
export class GlossaryStore implements vscode.Disposable {
  private glossary: Glossary = EMPTY_GLOSSARY;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly output: vscode.LogOutputChannel;
  private loading: Promise<void> | undefined;

  /** Fires after the glossary was reloaded. */
  readonly onDidChange = this.changed.event;

  constructor(output: vscode.LogOutputChannel) {
    this.output = output;
    const watcher = vscode.workspace.createFileSystemWatcher('**/.interlinear/*.{tsv,csv}');
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.${Settings.glossaryPath}`) && reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  /** The merged glossary of every workspace folder, once loaded. */
  async get(): Promise<Glossary> {
    await (this.loading ??= this.load());
    return this.glossary;
  }

  private async reload(): Promise<void> {
    this.loading = this.load();
    await this.loading;
    this.changed.fire();
  }

  // Reads each folder's glossary; a missing file is normal, a broken one is logged and skipped row by row.
  private async load(): Promise<void> {
    const parts: Glossary[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, setting(Settings.glossaryPath, '.interlinear/glossary.tsv', folder.uri));
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue;
      }
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        this.output.warn(`Glossary ${uri.fsPath} ${decoded.reason}; ignored.`);
        continue;
      }
      const g = parseGlossary(decoded.text, vscode.workspace.asRelativePath(uri));
      g.problems.forEach((p) => this.output.warn(p));
      parts.push(g);
    }
    this.glossary = mergeGlossaries(...parts);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
