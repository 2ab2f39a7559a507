import * as vscode from 'vscode';
import { docsPath, runChecks, type Finding } from '../core';
import type { BaselineStore } from './baselineStore';
import type { GlossaryStore } from './glossaryStore';
import { SECTION, Settings, setting } from './settings';
import { levelsFor, toSeverity } from './severity';
import { isTranscript, toRange, type TranscriptCache } from './transcriptCache';

/** The `source` of every Interlinear diagnostic; code actions filter on it. */
export const DIAGNOSTIC_SOURCE = 'interlinear';

// Documents this large get a progress notification while checked.
const PROGRESS_CHARS = 1_000_000;

/** Publishes check findings as diagnostics and remembers the finding behind each one for code actions. */
export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly findings = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly cache: TranscriptCache,
    private readonly glossary: GlossaryStore,
    private readonly baseline: BaselineStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    const refreshAll = () => vscode.workspace.textDocuments.forEach((d) => void this.refresh(d));
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => void this.refresh(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      cache.onDidSettle((d) => setting<string>(Settings.run, 'onType', d.uri) === 'onType' && void this.refresh(d)),
      vscode.workspace.onDidSaveTextDocument((d) => setting<string>(Settings.run, 'onType', d.uri) === 'onSave' && void this.refresh(d)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && refreshAll()),
      glossary.onDidChange(refreshAll),
      baseline.onDidChange(refreshAll),
    );
    refreshAll();
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
    return runChecks(doc.getText(), { transcript: this.cache.get(doc), glossary: await this.glossary.get(), levels: levelsFor(doc.uri) });
  }

  /** Re-checks a document and publishes the result, unless it changed meanwhile. */
  async refresh(doc: vscode.TextDocument): Promise<void> {
    if (!isTranscript(doc) || setting<string>(Settings.run, 'onType', doc.uri) === 'off') {
      this.collection.delete(doc.uri);
      return;
    }
    const version = doc.version;
    const [glossary, baseline] = await Promise.all([this.glossary.get(), this.baseline.forDocument(doc)]);
    if (doc.isClosed || doc.version !== version) return;
    const check = () => runChecks(doc.getText(), { transcript: this.cache.get(doc), glossary, baseline, levels: levelsFor(doc.uri) });
    const findings =
      doc.getText().length < PROGRESS_CHARS
        ? check()
        : await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Interlinear: checking…' }, async () => check());
    if (doc.isClosed || doc.version !== version) return;
    this.collection.set(doc.uri, findings.map((f) => this.toDiagnostic(doc, f)));
  }

  // Converts one finding, linking its code to the check's docs page inside the extension.
  private toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(doc, f.range), f.message, toSeverity(f.level === 'off' ? 'hint' : f.level));
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.checkId, target: vscode.Uri.joinPath(this.extensionUri, docsPath(f.checkId)) };
    if (f.related.length) d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, toRange(doc, r.range)), r.message));
    this.findings.set(d, f);
    return d;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
