import * as vscode from 'vscode';
import {
  disableNextLineEdit,
  directiveText,
  ignoreDirectiveEdit,
  preferredEdits,
  preferredFix,
  selectEdits,
  type Finding,
  type TextEdit,
} from '../core/base';
import type { BaselineStore } from './baselineStore';
import { COMMANDS, INTERNAL_COMMANDS, LANGUAGE_ID } from './commands';
import { DIAGNOSTIC_SOURCE, checkIdOf } from './diagnostics';
import type { FindingsService } from './findingsService';
import type { PublishedFindings } from './publishedFindings';
import { Settings, setting } from './settings';
import { toRange } from './transcriptCache';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('interlinear');
// Checks whose flagged text is a spelling an editor may want to declare right.
const SPELLING_CHECKS = new Set(['near-miss', 'wrong-language', 'speaker-variant', 'translated-name', 'term-consistency', 'name-mismatch']);

/**
 * Quick fixes for each finding, "fix all of this kind", a fix-all source action, ignore and glossary actions. "Ignore
 * in this document" writes an inline comment only into Markdown (where it does not show) or when
 * `interlinear.ignoreWith` asks for comments; otherwise it records the decision in the workspace baseline.
 */
export function registerCodeActions(
  findings: FindingsService,
  baseline: BaselineStore,
  output: vscode.LogOutputChannel,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new InterlinearActions(findings), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
    }),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.ignoreInDocument, (uri: vscode.Uri, checkId: string, flagged: string) =>
      ignoreInDocument(findings, baseline, output, uri, checkId, flagged),
    ),
  );
}

// Ignores every current finding of one check on one text in the document, in the baseline beside it.
async function ignoreInDocument(
  findings: FindingsService,
  baseline: BaselineStore,
  output: vscode.LogOutputChannel,
  uri: vscode.Uri,
  checkId: string,
  flagged: string,
): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const published = findings.get(uri);
  if (!doc || !published) return;
  const text = doc.getText();
  const matching = published.current().filter((f) => f.checkId === checkId && text.slice(f.range.start, f.range.end) === flagged);
  try {
    const written = await baseline.accept(doc, matching, true);
    if (!written) void vscode.window.showWarningMessage('Interlinear: open the file inside a workspace folder to ignore findings in it.');
  } catch (error) {
    output.error(`Could not ignore ${checkId} in ${vscode.workspace.asRelativePath(uri)}:`, error);
    void vscode.window.showErrorMessage(`Interlinear: ${(error as Error).message}`);
  }
}

// Whether "ignore" writes an inline comment into this document rather than the baseline.
function ignoresInline(doc: vscode.TextDocument): boolean {
  const mode = setting<string>(Settings.ignoreWith, 'auto', doc.uri);
  return mode === 'comment' || (mode === 'auto' && /\.(md|markdown)$/i.test(doc.uri.path));
}

class InterlinearActions implements vscode.CodeActionProvider {
  constructor(private readonly findings: FindingsService) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const published = this.findings.get(doc.uri);
    if (!published) return [];
    if (context.only && FIX_ALL.contains(context.only)) return this.fixAll(doc, published.current(), undefined, FIX_ALL);
    const actions: vscode.CodeAction[] = [];
    const seenKinds = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const diagnosed = findingOf(published, diagnostic);
      // Offsets follow the document's edits since the check; a finding an edit touched has no actions until re-checked.
      const [finding] = diagnosed ? published.current([diagnosed]) : [];
      if (!finding) continue;
      const preferred = preferredFix(finding);
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix === preferred;
        // Run after the edit: a spelling chosen for every place may go into the glossary, for later findings to follow.
        if (fix.glossaryTerm)
          action.command = {
            command: INTERNAL_COMMANDS.offerGlossaryTerm,
            title: 'Offer to add the spelling to the glossary',
            arguments: [doc.uri, fix.glossaryTerm],
          };
        actions.push(action);
      }
      if (finding.fixes.length && !seenKinds.has(finding.checkId)) {
        seenKinds.add(finding.checkId);
        const ofKind = published.current().filter((f) => f.checkId === finding.checkId);
        actions.push(...this.fixAll(doc, ofKind, finding.checkId, vscode.CodeActionKind.QuickFix));
      }
      actions.push(...this.suppressions(doc, finding, diagnostic));
    }
    return actions;
  }

  // One action applying the preferred fix of every finding given, skipping overlaps.
  private fixAll(
    doc: vscode.TextDocument,
    findings: readonly Finding[],
    checkId: string | undefined,
    kind: vscode.CodeActionKind,
  ): vscode.CodeAction[] {
    const edits = preferredEdits(findings);
    if (edits.length === 0) return [];
    const count = findings.filter((f) => preferredFix(f)).length;
    const action = new vscode.CodeAction(
      checkId ? `Fix all ${checkId} in this document (${count})` : `Fix all Interlinear findings (${count})`,
      kind,
    );
    action.edit = toWorkspaceEdit(doc, selectEdits(edits).kept);
    return [action];
  }

  // Ways to silence a finding that is not a defect: ignore the text, disable the line, or accept the spelling.
  private suppressions(doc: vscode.TextDocument, f: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const text = doc.getText();
    const flagged = text.slice(f.range.start, f.range.end);
    const actions: vscode.CodeAction[] = [];
    const directive = (title: string, edit: TextEdit) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(doc, [edit]);
      action.diagnostics = [diagnostic];
      actions.push(action);
    };
    const ignoreTitle = `Ignore “${directiveText(flagged)}” for ${f.checkId} in this document`;
    if (ignoresInline(doc)) {
      const ignore = ignoreDirectiveEdit(text, f.checkId, flagged);
      if (ignore) directive(ignoreTitle, ignore);
      directive(`Disable ${f.checkId} for this line`, disableNextLineEdit(text, f.range.start, f.checkId));
    } else if (flagged) {
      const ignore = new vscode.CodeAction(ignoreTitle, vscode.CodeActionKind.QuickFix);
      ignore.command = { command: INTERNAL_COMMANDS.ignoreInDocument, title: ignoreTitle, arguments: [doc.uri, f.checkId, flagged] };
      ignore.diagnostics = [diagnostic];
      actions.push(ignore);
    }
    const term = f.suggestions[0] || directiveText(flagged);
    if (SPELLING_CHECKS.has(f.checkId) && term) {
      const add = new vscode.CodeAction(`Add “${term}” to the glossary`, vscode.CodeActionKind.QuickFix);
      add.command = { command: COMMANDS.addToGlossary, title: add.title, arguments: [doc.uri, term] };
      add.diagnostics = [diagnostic];
      actions.push(add);
    }
    return actions;
  }
}

// The published finding a diagnostic was made from: same check and message, and the same range, or failing that
// one that holds or is held by the other (a diagnostic shows a paragraph of its finding, or a mark with its neighbours).
function findingOf(published: PublishedFindings, diagnostic: vscode.Diagnostic): Finding | undefined {
  const checkId = checkIdOf(diagnostic);
  const same = published.findings.filter((f) => f.checkId === checkId && f.message === diagnostic.message);
  const range = (f: Finding) => published.range(f.range);
  return (
    same.find((f) => range(f).isEqual(diagnostic.range)) ??
    same.find((f) => range(f).contains(diagnostic.range) || diagnostic.range.contains(range(f)))
  );
}

/** Converts core edits into one undoable workspace edit. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, toRange(doc, e.range), e.newText);
  return edit;
}
