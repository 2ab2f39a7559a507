import * as vscode from 'vscode';
import {
  EMPTY_GLOSSARY,
  EMPTY_SPEAKER_DECISIONS,
  PROJECT_FOLDER,
  SPEAKERS_PATH,
  loadSpeakerDecisions,
  updateSpeakerDecisions,
  type Glossary,
  type SpeakerDecisions,
} from '../core/base';
import type { Person } from '../core/speakers/people';
import type { GlossaryStore } from './glossaryStore';
import { loadChecks } from './loadChecks';
import type { TranscriptCache } from './transcriptCache';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/**
 * The people of open transcripts (core/speakers/people.ts) and the user's decisions about them, kept per workspace
 * folder in `.interlinear/speakers.json` and reloaded when that file changes. `get` is synchronous for the views
 * that paint on every change; it answers with the glossary and decisions last loaded.
 */
export class PeopleService implements vscode.Disposable {
  private decisions = new Map<string, SpeakerDecisions>();
  private glossaryNow: Glossary | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void>;

  /** Fires when the decisions or the glossary changed (every document's people may have). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly cache: TranscriptCache,
    private readonly glossary: GlossaryStore,
    private readonly output: vscode.LogOutputChannel,
  ) {
    const reload = () => void this.reload();
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_FOLDER}/speakers.json`);
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      glossary.onDidChange(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
    this.loading = this.load();
  }

  /** Resolves once decisions and glossary are loaded. */
  ready(): Promise<void> {
    return this.loading;
  }

  /** The decisions of the folder holding `uri` (none outside a folder). */
  decisionsFor(uri: vscode.Uri): SpeakerDecisions {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.decisions.get(folder.uri.toString())) ?? EMPTY_SPEAKER_DECISIONS;
  }

  /** The people of a document, as the CLI's `speakers` lists them (without the checks bundle: none). */
  get(doc: vscode.TextDocument): readonly Person[] {
    const { people } = loadChecks();
    return people(this.cache.get(doc), this.decisionsFor(doc.uri), this.glossaryNow ?? EMPTY_GLOSSARY);
  }

  /** Changes the decisions of the folder holding `uri` on disk, then reloads them. False when they could not be written. */
  async update(uri: vscode.Uri, change: (d: SpeakerDecisions) => SpeakerDecisions): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      void vscode.window.showWarningMessage('Interlinear: decisions about speakers are kept in a workspace folder; open one first.');
      return false;
    }
    const result = await updateSpeakerDecisions(new WorkspaceFileSystem(folder.uri), change);
    if (!result.ok) {
      this.output.error(result.message);
      void vscode.window.showErrorMessage(`Interlinear: ${result.message}`);
      return false;
    }
    this.decisions.set(folder.uri.toString(), result.value);
    this.changed.fire();
    return true;
  }

  private async reload(): Promise<void> {
    this.loading = this.load();
    await this.loading;
    this.changed.fire();
  }

  // Loads each folder's decisions; a missing file decides nothing, a broken one is logged and decides nothing.
  private async load(): Promise<void> {
    const next = new Map<string, SpeakerDecisions>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const project = new WorkspaceFileSystem(folder.uri);
      const loaded = await loadSpeakerDecisions(project, SPEAKERS_PATH, vscode.workspace.asRelativePath(project.uri(SPEAKERS_PATH)));
      if (loaded.status === 'loaded') loaded.problems.forEach((p) => this.output.warn(p));
      else if (loaded.status === 'unreadable') this.output.warn(`${loaded.message}; ignored.`);
      next.set(folder.uri.toString(), loaded.value);
    }
    this.decisions = next;
    this.glossaryNow = await this.glossary.get();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
