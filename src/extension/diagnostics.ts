import * as vscode from 'vscode';
import { docsPath, type Finding } from '../core/base';
import type { FindingsService } from './findingsService';
import type { PublishedFindings } from './publishedFindings';
import { toSeverity } from './severity';

/** The `source` of every Interlinear diagnostic; code actions filter on it. */
export const DIAGNOSTIC_SOURCE = 'interlinear';

/** Publishes the findings service's findings as diagnostics, each code linking to its check's docs page. */
export function registerDiagnostics(findings: FindingsService, extensionUri: vscode.Uri): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  return vscode.Disposable.from(
    collection,
    findings.onDidChangeFindings((uri) => {
      const published = findings.get(uri);
      if (!published) collection.delete(uri);
      else
        collection.set(
          uri,
          published.findings.map((f) => toDiagnostic(published, f, extensionUri)),
        );
    }),
  );
}

/** The check id a diagnostic of ours carries in its code. */
export function checkIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
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
): vscode.Diagnostic {
  const d = new vscode.Diagnostic(published.range(f.range), f.message, toSeverity(f.level === 'off' ? 'hint' : f.level));
  d.source = source;
  d.code = { value: f.checkId, target: vscode.Uri.joinPath(extensionUri, docsPath(f.checkId)) };
  const located = f.related.flatMap((r) => {
    const where = r.inOtherDocument ? other : published;
    return where ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(where.document.uri, where.range(r.range)), r.message)] : [];
  });
  if (located.length) d.relatedInformation = located;
  return d;
}
