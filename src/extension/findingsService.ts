import * as vscode from 'vscode';
import type { Finding } from '../core/base';
import type { BaselineStore } from './baselineStore';
import type { GlossaryStore } from './glossaryStore';
import type { PeopleService } from './peopleService';
import { loadChecks, type ChecksModule } from './loadChecks';
import { PublishedFindings } from './publishedFindings';
import { SECTION, Settings, setting } from './settings';
import { levelsFor } from './severity';
import { isTranscript, type TranscriptCache } from './transcriptCache';
import { WorkerChecks } from './workerChecks';

// Documents this large are checked in a worker thread, with a progress indicator, so typing never waits.
const WORKER_CHARS = 400_000;
// Quiet time after the fast re-check before document-wide checks run again.
const FULL_CHECK_MS = 700;

/**
 * Owns the checking of open transcripts: a check session per document (incremental re-checks after edits),
 * the worker for large documents, and when to check (`interlinear.run`, settings, glossary and baseline
 * changes). Diagnostics, code actions and commands read findings from here.
 */
export class FindingsService implements vscode.Disposable {
  private readonly published = new Map<string, PublishedFindings>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly sessions = new Map<string, InstanceType<ChecksModule['CheckSession']>>();
  private readonly fullTimers = new Map<string, NodeJS.Timeout>();
  private readonly workers: WorkerChecks;
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires when a document's findings changed, or it is no longer checked (`get` then returns undefined). */
  readonly onDidChangeFindings = this.changed.event;

  constructor(
    private readonly cache: TranscriptCache,
    private readonly glossary: GlossaryStore,
    private readonly baseline: BaselineStore,
    private readonly people: PeopleService,
    extensionUri: vscode.Uri,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.workers = new WorkerChecks(extensionUri);
    const recheckAll = () => {
      this.sessions.clear();
      vscode.workspace.textDocuments.forEach((d) => void this.refresh(d).catch((error) => this.failed(d, error)));
    };
    this.disposables.push(
      this.changed,
      this.workers,
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d).catch((error) => this.failed(d, error))),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      cache.onDidSettle((d) => runMode(d) === 'onType' && void this.refresh(d, true).catch((error) => this.failed(d, error))),
      vscode.workspace.onDidSaveTextDocument(
        (d) => runMode(d) === 'onSave' && void this.refresh(d).catch((error) => this.failed(d, error)),
      ),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && recheckAll()),
      glossary.onDidChange(recheckAll),
      baseline.onDidChange(recheckAll),
      people.onDidChange(recheckAll),
    );
    // The first check loads the checks bundle: after activation, not during it.
    setImmediate(recheckAll);
  }

  /** The findings last published for a document, or undefined when it is not checked. */
  get(uri: vscode.Uri): PublishedFindings | undefined {
    return this.published.get(uri.toString());
  }

  /** Runs every check over `doc` now and returns the findings, baseline not applied (for accepting them into it). */
  async unbaselinedFindings(doc: vscode.TextDocument): Promise<Finding[]> {
    const { runChecks } = loadChecks();
    return runChecks(doc.getText(), {
      transcript: this.cache.get(doc),
      glossary: await this.glossary.get(),
      speakerDecisions: await this.decisionsFor(doc),
      levels: levelsFor(doc.uri, checkIds()),
    });
  }

  /**
   * Re-checks a document and publishes the result, unless it changed meanwhile. After an edit (`edited`)
   * only the edited blocks are re-checked at once; document-wide checks follow when typing pauses.
   */
  async refresh(doc: vscode.TextDocument, edited = false): Promise<void> {
    const key = doc.uri.toString();
    clearTimeout(this.fullTimers.get(key));
    if (!isTranscript(doc) || runMode(doc) === 'off') {
      this.forget(doc.uri);
      return;
    }
    const version = doc.version;
    const text = doc.getText();
    if (text.length >= WORKER_CHARS) return this.refreshInWorker(doc, text);
    const known = this.sessions.get(key);
    const session = known ?? (await this.newSession(doc));
    if (doc.isClosed || doc.version !== version) return;
    this.sessions.set(key, session);
    const transcript = this.cache.get(doc);
    const result = edited && known ? session.checkEdited(text, transcript) : session.checkAll(text, transcript);
    this.publish(doc, version, text, result.findings);
    if (result.stale)
      this.fullTimers.set(
        key,
        setTimeout(() => void this.refresh(doc).catch((error) => this.failed(doc, error)), FULL_CHECK_MS),
      );
  }

  // Checks a large document in a worker, showing progress; a newer edit cancels the run.
  private async refreshInWorker(doc: vscode.TextDocument, text: string): Promise<void> {
    const version = doc.version;
    const [glossary, baseline, decisions] = await Promise.all([
      this.glossary.get(),
      this.baseline.forDocument(doc),
      this.decisionsFor(doc),
    ]);
    let findings: Finding[] | undefined;
    try {
      findings = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Interlinear: checking…' }, () =>
        this.workers.run(doc.uri.toString(), text, {
          glossary,
          baseline,
          speakerDecisions: decisions,
          levels: levelsFor(doc.uri, checkIds()),
        }),
      );
    } catch (error) {
      this.output.error(`Checking ${vscode.workspace.asRelativePath(doc.uri)} in a worker failed:`, error);
      void vscode.window.showErrorMessage(
        `Interlinear could not check ${vscode.workspace.asRelativePath(doc.uri)}: ${(error as Error).message}`,
      );
      return;
    }
    if (!findings || doc.isClosed || doc.version !== version) return;
    this.publish(doc, version, text, findings);
  }

  // Logs a check that threw, with its cause, and tells the user once per failure.
  private failed(doc: vscode.TextDocument, error: unknown): void {
    this.output.error(`Checking ${vscode.workspace.asRelativePath(doc.uri)} failed:`, error);
    void vscode.window.showErrorMessage(
      `Interlinear could not check ${vscode.workspace.asRelativePath(doc.uri)}: ${(error as Error).message}`,
    );
  }

  // Keeps a document's findings and tells the subscribers.
  private publish(doc: vscode.TextDocument, version: number, text: string, findings: readonly Finding[]): void {
    this.published.set(doc.uri.toString(), new PublishedFindings(doc, version, text, findings));
    this.changed.fire(doc.uri);
  }

  // A session with the document's current glossary, baseline and levels.
  private async newSession(doc: vscode.TextDocument) {
    const [glossary, baseline, speakerDecisions] = await Promise.all([
      this.glossary.get(),
      this.baseline.forDocument(doc),
      this.decisionsFor(doc),
    ]);
    const { CheckSession } = loadChecks();
    return new CheckSession({ glossary, baseline, speakerDecisions, levels: levelsFor(doc.uri, checkIds()) });
  }

  // The user's decisions about who is who, for the document's folder.
  private async decisionsFor(doc: vscode.TextDocument) {
    await this.people.ready();
    return this.people.decisionsFor(doc.uri);
  }

  // Drops everything kept for a document.
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.sessions.delete(key);
    this.workers.cancel(key);
    clearTimeout(this.fullTimers.get(key));
    this.fullTimers.delete(key);
    if (this.published.delete(key)) this.changed.fire(uri);
  }

  dispose(): void {
    this.fullTimers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

// When a document is checked: `onType`, `onSave` or `off`.
function runMode(doc: vscode.TextDocument): string {
  return setting<string>(Settings.run, 'onType', doc.uri);
}

// Ids of every registered check.
function checkIds(): string[] {
  return loadChecks().CHECKS.map((c) => c.id);
}
