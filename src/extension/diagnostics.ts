import * as vscode from 'vscode';
import { docsPath, type Finding } from '../core/base';
import { loadChecks, type ChecksModule } from './loadChecks';
import type { BaselineStore } from './baselineStore';
import type { GlossaryStore } from './glossaryStore';
import { SECTION, Settings, setting } from './settings';
import { levelsFor, toSeverity } from './severity';
import { WorkerChecks } from './workerChecks';
import { isTranscript, toRange, type TranscriptCache } from './transcriptCache';

/** The `source` of every Interlinear diagnostic; code actions filter on it. */
export const DIAGNOSTIC_SOURCE = 'interlinear';

// Documents this large are checked in a worker thread, with a progress indicator, so typing never waits.
const WORKER_CHARS = 400_000;
// Quiet time after the fast re-check before document-wide checks run again.
const FULL_CHECK_MS = 700;

/** Publishes check findings as diagnostics and remembers the finding behind each one for code actions. */
export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly findings = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly sessions = new Map<string, InstanceType<ChecksModule['CheckSession']>>();
  private readonly fullTimers = new Map<string, NodeJS.Timeout>();
  private readonly workers: WorkerChecks;

  constructor(
    private readonly cache: TranscriptCache,
    private readonly glossary: GlossaryStore,
    private readonly baseline: BaselineStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.workers = new WorkerChecks(extensionUri);
    const refreshAll = () => vscode.workspace.textDocuments.forEach((d) => void this.refresh(d));
    this.disposables.push(
      this.collection,
      this.workers,
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      cache.onDidSettle((d) => setting<string>(Settings.run, 'onType', d.uri) === 'onType' && void this.refresh(d, true)),
      vscode.workspace.onDidSaveTextDocument((d) => setting<string>(Settings.run, 'onType', d.uri) === 'onSave' && void this.refresh(d)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && (this.sessions.clear(), refreshAll())),
      glossary.onDidChange(() => (this.sessions.clear(), refreshAll())),
      baseline.onDidChange(() => (this.sessions.clear(), refreshAll())),
    );
    // The first check loads the checks bundle: after activation, not during it.
    setImmediate(refreshAll);
  }

  /** The finding a diagnostic was made from, if it is one of ours. */
  findingOf(diagnostic: vscode.Diagnostic): Finding | undefined {
    return this.findings.get(diagnostic);
  }

  /** The current findings of a document, as published. */
  findingsOf(doc: vscode.TextDocument): Finding[] {
    return (this.collection.get(doc.uri) ?? []).map((d) => this.findings.get(d)).filter((f): f is Finding => f !== undefined);
  }

  /** Runs every check over `doc` now and returns the (unbaselined) findings, for the baseline command. */
  async currentFindings(doc: vscode.TextDocument): Promise<Finding[]> {
    const { runChecks } = loadChecks();
    return runChecks(doc.getText(), {
      transcript: this.cache.get(doc),
      glossary: await this.glossary.get(),
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
    if (!isTranscript(doc) || setting<string>(Settings.run, 'onType', doc.uri) === 'off') {
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
    const fast = edited && known !== undefined;
    const result = fast ? session.checkEdited(text, this.cache.get(doc)) : session.checkAll(text, this.cache.get(doc));
    this.collection.set(
      doc.uri,
      result.findings.map((f) => this.toDiagnostic(doc, f)),
    );
    if (result.stale)
      this.fullTimers.set(
        key,
        setTimeout(() => void this.refresh(doc), FULL_CHECK_MS),
      );
  }

  // Checks a large document in a worker, showing progress; a newer edit cancels the run.
  private async refreshInWorker(doc: vscode.TextDocument, text: string): Promise<void> {
    const version = doc.version;
    const [glossary, baseline] = await Promise.all([this.glossary.get(), this.baseline.forDocument(doc)]);
    let findings: Finding[] | undefined;
    try {
      findings = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Interlinear: checking…' }, () =>
        this.workers.run(doc.uri.toString(), text, glossary, baseline, levelsFor(doc.uri, checkIds())),
      );
    } catch (error) {
      void vscode.window.showErrorMessage(
        `Interlinear could not check ${vscode.workspace.asRelativePath(doc.uri)}: ${(error as Error).message}`,
      );
      return;
    }
    if (!findings || doc.isClosed || doc.version !== version) return;
    this.collection.set(
      doc.uri,
      findings.map((f) => this.toDiagnostic(doc, f)),
    );
  }

  // A session with the document's current glossary, baseline and levels.
  private async newSession(doc: vscode.TextDocument) {
    const [glossary, baseline] = await Promise.all([this.glossary.get(), this.baseline.forDocument(doc)]);
    const { CheckSession } = loadChecks();
    return new CheckSession({ glossary, baseline, levels: levelsFor(doc.uri, checkIds()) });
  }

  // Drops everything kept for a document.
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.collection.delete(uri);
    this.sessions.delete(key);
    this.workers.cancel(key);
    clearTimeout(this.fullTimers.get(key));
    this.fullTimers.delete(key);
  }

  // Converts one finding, linking its code to the check's docs page inside the extension.
  private toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(doc, f.range), f.message, toSeverity(f.level === 'off' ? 'hint' : f.level));
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.checkId, target: vscode.Uri.joinPath(this.extensionUri, docsPath(f.checkId)) };
    if (f.related.length)
      d.relatedInformation = f.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, toRange(doc, r.range)), r.message),
      );
    this.findings.set(d, f);
    return d;
  }

  dispose(): void {
    this.fullTimers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

// Ids of every registered check.
function checkIds(): string[] {
  return loadChecks().CHECKS.map((c) => c.id);
}
