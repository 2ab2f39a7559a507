import * as vscode from 'vscode';
import { GLOSSARY_PATH, glossaryRowEdit, guessLanguage } from '../core/base';
import type { BaselineStore } from './baselineStore';
import { COMMANDS } from './commands';
import type { FindingsService } from './findingsService';
import { Settings, setting } from './settings';
import { isTranscript, toRange } from './transcriptCache';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** "Add to Glossary" (from a quick fix or the selection) and "Accept Current Findings" (the baseline). */
export function registerReviewCommands(findings: FindingsService, baseline: BaselineStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.addToGlossary, (uri?: vscode.Uri, term?: string) => addToGlossary(uri, term)),
    vscode.commands.registerCommand(COMMANDS.acceptFindings, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !isTranscript(doc)) {
        void vscode.window.showInformationMessage('Interlinear: open a transcript to accept its findings.');
        return;
      }
      const current = await findings.unbaselinedFindings(doc);
      let target: vscode.Uri | undefined;
      try {
        target = await baseline.accept(doc, current);
      } catch (error) {
        void vscode.window.showErrorMessage(`Interlinear: ${(error as Error).message}`);
        return;
      }
      if (!target) {
        void vscode.window.showWarningMessage('Interlinear: the baseline lives in a workspace folder; open the file inside one.');
        return;
      }
      void vscode.window.showInformationMessage(
        `Interlinear: ${current.length} current findings accepted into ${vscode.workspace.asRelativePath(target)}.`,
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
  const project = new WorkspaceFileSystem(folder.uri);
  const path = setting(Settings.glossaryPath, GLOSSARY_PATH, folder.uri);
  const glossary = project.uri(path);
  const exists = (await project.stat(path)) === 'file';
  const file = exists ? await vscode.workspace.openTextDocument(glossary) : undefined;
  const row = glossaryRowEdit(file?.getText(), word, guessLanguage(word).tag);
  if (!row) return;
  const edit = new vscode.WorkspaceEdit();
  if (file) edit.replace(glossary, toRange(file, row.range), row.newText);
  else edit.createFile(glossary, { contents: new TextEncoder().encode(row.newText) });
  if (await vscode.workspace.applyEdit(edit)) {
    if (file) await file.save();
    void vscode.window.setStatusBarMessage(`Interlinear: added "${word}" to ${vscode.workspace.asRelativePath(glossary)}.`, 4000);
  }
}
