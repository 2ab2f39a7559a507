import * as vscode from 'vscode';
import { EMPTY_GLOSSARY, GLOSSARY_PATH, PROJECT_FOLDER, loadGlossary, mergeGlossaries, type Glossary } from '../core/base';
import { SECTION, Settings, setting } from './settings';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** The workspace glossaries (`interlinear.glossaryPath` in each folder), reloaded when they change. */
export class GlossaryStore implements vscode.Disposable {
  private glossary: Glossary = EMPTY_GLOSSARY;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void> | undefined;

  /** Fires after the glossary was reloaded. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const reload = () => void this.reload();
    // The folder too: deleting `.interlinear` as a whole reports no event for the files inside it.
    const watchers = [`**/${PROJECT_FOLDER}/*.{tsv,csv}`, `**/${PROJECT_FOLDER}`].map((glob) =>
      vscode.workspace.createFileSystemWatcher(glob),
    );
    this.disposables.push(
      ...watchers,
      ...watchers.flatMap((w) => [w.onDidChange(reload), w.onDidCreate(reload), w.onDidDelete(reload)]),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.${Settings.glossaryPath}`) && reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  /** The merged glossary of every workspace folder, once loaded. */
  async get(): Promise<Glossary> {
    await (this.loading ??= this.load());
    return this.glossary;
  }

  /** Loads the glossaries again (after a write, before the file watcher tells), then fires `onDidChange`. */
  async reload(): Promise<void> {
    this.loading = this.load();
    await this.loading;
    this.changed.fire();
  }

  // Loads each folder's glossary through the core's loader; a missing file is normal, a broken one is logged.
  private async load(): Promise<void> {
    const parts: Glossary[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const project = new WorkspaceFileSystem(folder.uri);
      const file = setting(Settings.glossaryPath, GLOSSARY_PATH, folder.uri);
      const loaded = await loadGlossary(project, file, vscode.workspace.asRelativePath(project.uri(file)));
      const where = vscode.workspace.asRelativePath(project.uri(file));
      if (loaded.status === 'loaded') {
        loaded.problems.forEach((p) => this.output.warn(p));
        parts.push(loaded.value);
        this.output.info(`Glossary ${where}: ${loaded.value.entries.length} term(s).`);
      } else if (loaded.status === 'unreadable') this.output.error(`Glossary ${where} could not be read: ${loaded.message}; ignored.`);
      else this.output.info(`Glossary ${where}: none.`);
    }
    this.glossary = mergeGlossaries(...parts);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
