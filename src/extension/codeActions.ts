import * as vscode from 'vscode';
import { selectEdits, type Finding, type TextEdit } from '../core/base';
import { COMMANDS, LANGUAGE_ID } from './commands';
import { DIAGNOSTIC_SOURCE, type DiagnosticsManager } from './diagnostics';
import { toRange } from './transcriptCache';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('interlinear');
// Checks whose flagged text is a spelling an editor may want to declare right.
const SPELLING_CHECKS = new Set(['near-miss', 'wrong-language', 'speaker-variant', 'translated-name', 'term-consistency', 'name-mismatch']);

/** Quick fixes for each finding, "fix all of this kind", a fix-all source action, ignore and glossary actions. */
export function registerCodeActions(diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new InterlinearActions(diagnostics), {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
  });
}

class InterlinearActions implements vscode.CodeActionProvider {
  constructor(private readonly diagnostics: DiagnosticsManager) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && FIX_ALL.contains(context.only)) return this.fixAll(doc, undefined, FIX_ALL);
    const actions: vscode.CodeAction[] = [];
    const seenKinds = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = this.diagnostics.findingOf(diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred === true;
        actions.push(action);
      }
      if (finding.fixes.length && !seenKinds.has(finding.checkId)) {
        seenKinds.add(finding.checkId);
        actions.push(...this.fixAll(doc, finding.checkId, vscode.CodeActionKind.QuickFix));
      }
      actions.push(...this.suppressions(doc, finding, diagnostic));
    }
    return actions;
  }

  // One action applying the preferred fix of every finding (of one check, or all), skipping overlaps.
  private fixAll(doc: vscode.TextDocument, checkId: string | undefined, kind: vscode.CodeActionKind): vscode.CodeAction[] {
    const findings = this.diagnostics.findingsOf(doc).filter((f) => !checkId || f.checkId === checkId);
    const edits = findings.flatMap((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits ?? []);
    if (edits.length === 0) return [];
    const { kept } = selectEdits(edits);
    const count = findings.filter((f) => f.fixes.length).length;
    const action = new vscode.CodeAction(
      checkId ? `Fix all ${checkId} in this document (${count})` : `Fix all Interlinear findings (${count})`,
      kind,
    );
    action.edit = toWorkspaceEdit(doc, kept);
    return [action];
  }

  // Ways to silence a finding that is not a defect: ignore the text, disable the line, or accept the spelling.
  private suppressions(doc: vscode.TextDocument, f: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const text = doc.getText(toRange(doc, f.range)).replace(/\s+/g, ' ').trim();
    const actions: vscode.CodeAction[] = [];
    if (text && !text.includes('-->') && text.length <= 120) {
      const ignore = new vscode.CodeAction(`Ignore "${text}" for ${f.checkId} in this document`, vscode.CodeActionKind.QuickFix);
      ignore.edit = new vscode.WorkspaceEdit();
      const end = doc.positionAt(doc.getText().length);
      const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      ignore.edit.insert(doc.uri, end, `${end.character === 0 ? '' : eol}<!-- interlinear-ignore ${f.checkId}: ${text} -->${eol}`);
      ignore.diagnostics = [diagnostic];
      actions.push(ignore);
    }
    const line = doc.lineAt(doc.positionAt(f.range.start).line);
    const disable = new vscode.CodeAction(`Disable ${f.checkId} for this line`, vscode.CodeActionKind.QuickFix);
    disable.edit = new vscode.WorkspaceEdit();
    disable.edit.insert(
      doc.uri,
      line.range.start,
      `<!-- interlinear-disable-next-line ${f.checkId} -->${doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}`,
    );
    disable.diagnostics = [diagnostic];
    actions.push(disable);
    if (SPELLING_CHECKS.has(f.checkId)) {
      const term = f.suggestions[0] || text;
      if (term) {
        const add = new vscode.CodeAction(`Add "${term}" to the glossary`, vscode.CodeActionKind.QuickFix);
        add.command = { command: COMMANDS.addToGlossary, title: add.title, arguments: [doc.uri, term] };
        add.diagnostics = [diagnostic];
        actions.push(add);
      }
    }
    return actions;
  }
}

/** Converts core edits into one undoable workspace edit. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, toRange(doc, e.range), e.newText);
  return edit;
}
