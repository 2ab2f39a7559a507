import * as vscode from 'vscode';
import { renameEdits, renameTarget, type SiteRole } from '../core/speakers';
import { LANGUAGE_ID } from './commands';
import { toRange, type TranscriptCache } from './transcriptCache';

// How the refactor preview (Shift+Enter in the rename box) groups a rename's edits.
const GROUPS: Record<SiteRole, string> = { label: 'Speaker labels', byline: 'Bylines', header: 'Title and header fields' };

/** Rename (F2) of a speaker on a label or byline: every label, byline and header naming them, in one undoable edit. */
export function registerSpeakerRename(cache: TranscriptCache): vscode.Disposable {
  return vscode.languages.registerRenameProvider(
    { language: LANGUAGE_ID },
    {
      prepareRename(doc, position) {
        const target = renameTarget(cache.get(doc), doc.offsetAt(position));
        // VS Code shows a thrown error's message where the rename box would have opened.
        if ('reason' in target) throw new Error(target.reason);
        return { range: toRange(doc, target.range), placeholder: target.name };
      },
      provideRenameEdits(doc, position, newName) {
        const result = renameEdits(cache.get(doc), doc.offsetAt(position), newName);
        if ('reason' in result) throw new Error(result.reason);
        const edit = new vscode.WorkspaceEdit();
        for (const e of result.edits)
          edit.replace(doc.uri, toRange(doc, e.range), e.newText, {
            label: GROUPS[e.role],
            description: `${e.oldName} → ${e.newText}`,
            needsConfirmation: false,
          });
        return edit;
      },
    },
  );
}
