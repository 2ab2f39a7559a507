import * as vscode from 'vscode';
import { guessLanguage } from '../core/base';
import type { BaselineStore } from './baselineStore';
import { COMMANDS } from './commands';
import type { DiagnosticsManager } from './diagnostics';
import { Settings, setting } from './settings';
import { isTranscript } from './transcriptCache';

const GLOSSARY_HEADER = 'term\tlang\tnote';

/** "Add to Glossary" (from a quick fix or the selection) and "Accept Current Findings" (the baseline). */
export function registerReviewCommands(diagnostics: DiagnosticsManager, baseline: BaselineStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.addToGlossary, (uri?: vscode.Uri, term?: string) => addToGlossary(uri, term)),
    vscode.commands.registerCommand(COMMANDS.acceptFindings, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !isTranscript(doc)) {
        void vscode.window.showInformationMessage('Interlinear: open a transcript to accept its findings.');
        return;
      }
      const findings = await diagnostics.currentFindings(doc);
      const target = await baseline.accept(doc, findings);
      if (!target) {
        void vscode.window.showWarningMessage('Interlinear: the baseline lives in a workspace folder; open the file inside one.');
        return;
      }
      void vscode.window.showInformationMessage(
        `Interlinear: ${findings.length} current findings accepted into ${vscode.workspace.asRelativePath(target)}.`,
      );
    }),
  );
}

// Appends a term to the folder's glossary as one undoable edit, creating the file with its header if needed.
async function addToGlossary(uri: vscode.Uri | undefined, term: string | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const docUri = uri ?? editor?.document.uri;
  const word = (term ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '')).replace(/\s+/g, ' ').trim();
  const folder = docUri && vscode.workspace.getWorkspaceFolder(docUri);
  if (!word || !folder) {
    void vscode.window.showInformationMessage('Interlinear: select a term inside a workspace file to add it to the glossary.');
    return;
  }
  if (word.includes('\t')) return;
  const glossary = vscode.Uri.joinPath(folder.uri, setting(Settings.glossaryPath, '.interlinear/glossary.tsv', folder.uri));
  const row = `${word}\t${guessLanguage(word).tag}\t`;
  const edit = new vscode.WorkspaceEdit();
  let exists = true;
  try {
    await vscode.workspace.fs.stat(glossary);
  } catch {
    exists = false;
  }
  if (exists) {
    const doc = await vscode.workspace.openTextDocument(glossary);
    const end = doc.positionAt(doc.getText().length);
    edit.insert(glossary, end, `${end.character === 0 ? '' : '\n'}${row}\n`);
  } else {
    edit.createFile(glossary, { contents: new TextEncoder().encode(`${GLOSSARY_HEADER}\n${row}\n`) });
  }
  if (await vscode.workspace.applyEdit(edit)) {
    if (exists) await (await vscode.workspace.openTextDocument(glossary)).save();
    void vscode.window.setStatusBarMessage(`Interlinear: added "${word}" to ${vscode.workspace.asRelativePath(glossary)}.`, 4000);
  }
}
