import * as vscode from 'vscode';
import type { RestatedSentences } from './restatedSentences';
import { displayRanges, docsPath, type Finding, type TextRange } from '../core/base';
import { loadChecks } from './loadChecks';
import type { FindingsService } from './findingsService';
import type { PublishedFindings } from './publishedFindings';
import { toSeverity } from './severity';

/** The `source` of every Interlinear diagnostic; code actions filter on it. */
export const DIAGNOSTIC_SOURCE = 'interlinear';

/** Publishes the findings service's findings as diagnostics, each code linking to its check's docs page. */
export function registerDiagnostics(findings: FindingsService, extensionUri: vscode.Uri, restated: RestatedSentences): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const publish = (uri: vscode.Uri) => {
    const published = findings.get(uri);
    if (!published) return collection.delete(uri);
    // Findings exist only once the checks bundle ran, so reading the registry here loads nothing new.
    const removable = new Set(
      loadChecks()
        .CHECKS.filter((c) => c.removable)
        .map((c) => c.id),
    );
    collection.set(
      uri,
      published.findings
        .flatMap((f) => toDiagnostics(published, f, extensionUri, removable.has(f.checkId)))
        .filter((d) => !restated.restates(uri, checkIdOf(d), d.range)),
    );
  };
  return vscode.Disposable.from(collection, findings.onDidChangeFindings(publish), restated.onDidChange(publish));
}

/** The check id a diagnostic of ours carries in its code. */
export function checkIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * The diagnostics of one finding, over where the editor shows it (see `displayRanges`): text to remove faded over each
 * paragraph, the first at the finding's severity and the rest as hints, so the Problems panel lists it once.
 */
export function toDiagnostics(published: PublishedFindings, f: Finding, extensionUri: vscode.Uri, removable: boolean): vscode.Diagnostic[] {
  const [main, ...rest] = displayRanges(published.text, f.range, removable);
  const diagnostics = [toDiagnostic(published, f, extensionUri, DIAGNOSTIC_SOURCE, undefined, main)];
  for (const range of rest) {
    const d = new vscode.Diagnostic(published.range(range), f.message, vscode.DiagnosticSeverity.Hint);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = diagnostics[0].code;
    diagnostics.push(d);
  }
  if (removable) diagnostics.forEach((d) => (d.tags = [vscode.DiagnosticTag.Unnecessary]));
  return diagnostics;
}

/**
 * Converts one finding, linking its code to the check's docs page inside the extension. A translation check's
 * finding may point into the other document of its pair (`other`).
 */
export function toDiagnostic(
  published: PublishedFindings,
  f: Finding,
  extensionUri: vscode.Uri,
  source = DIAGNOSTIC_SOURCE,
  other?: PublishedFindings,
  shown: TextRange = f.range,
): vscode.Diagnostic {
  const d = new vscode.Diagnostic(published.range(shown), f.message, toSeverity(f.level === 'off' ? 'hint' : f.level));
  d.source = source;
  d.code = { value: f.checkId, target: vscode.Uri.joinPath(extensionUri, docsPath(f.checkId)) };
  const located = f.related.flatMap((r) => {
    const where = r.inOtherDocument ? other : published;
    return where ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(where.document.uri, where.range(r.range)), r.message)] : [];
  });
  if (located.length) d.relatedInformation = located;
  return d;
}
