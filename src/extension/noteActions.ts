import * as vscode from 'vscode';
import { categoryOfCheck } from '../core/annotations';
import { COMMANDS, LANGUAGE_ID } from './commands';
import { DIAGNOSTIC_SOURCE, checkIdOf } from './diagnostics';
import type { AddNoteArgs } from './reviewNotes';
import { TRANSLATION_DIAGNOSTIC_SOURCE } from './parallelView';

/** "Add Review Note" on any Interlinear diagnostic: the finding becomes a note on its span, for someone to look at. */
export function registerNoteActions(): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    { language: LANGUAGE_ID },
    {
      provideCodeActions(doc, _range, context) {
        return context.diagnostics
          .filter((d) => d.source === DIAGNOSTIC_SOURCE || d.source === TRANSLATION_DIAGNOSTIC_SOURCE)
          .map((d) => {
            const checkId = checkIdOf(d) ?? '';
            const args: AddNoteArgs = {
              uri: doc.uri,
              range: d.range,
              text: `${d.message} (${checkId})`,
              category: categoryOfCheck(checkId),
            };
            const action = new vscode.CodeAction('Add a review note for this finding', vscode.CodeActionKind.QuickFix);
            action.command = { command: COMMANDS.addNote, title: action.title, arguments: [args] };
            // No `diagnostics`: VS Code lists the actions that fix a diagnostic first, and a note fixes nothing, so it
            // comes after the finding's own fixes instead of among them.
            return action;
          });
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}
