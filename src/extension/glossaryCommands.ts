import * as vscode from 'vscode';
import { GLOSSARY_PATH, addGlossaryTerm, glossaryRowEdit, guessLanguage } from '../core/base';
import { COMMANDS, INTERNAL_COMMANDS } from './commands';
import type { GlossaryStore } from './glossaryStore';
import { Settings, setting } from './settings';
import { toRange } from './transcriptCache';
import { WorkspaceFileSystem } from './workspaceFileSystem';

const ADD = 'Add to Glossary';

/**
 * "Add to Glossary" (from a quick fix or the selection), and the offer to add a spelling the user has just chosen for a
 * person (a speaker-variant rename, Merge Speakers), so that later findings follow it. Both write the folder's glossary
 * through the core's project layer and reload it, so the checks run again with it at once.
 */
export function registerGlossaryCommands(glossary: GlossaryStore, output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.addToGlossary, (uri?: vscode.Uri, term?: string) =>
      addToGlossary(glossary, output, uri, term),
    ),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.offerGlossaryTerm, (uri: vscode.Uri, term: string) =>
      offerGlossaryTerm(glossary, uri, term),
    ),
  );
}

// Offers, without waiting for an answer, to add a chosen spelling to the glossary; nothing when the glossary has it.
async function offerGlossaryTerm(glossary: GlossaryStore, uri: vscode.Uri, term: string): Promise<void> {
  if (!vscode.workspace.getWorkspaceFolder(uri)) return;
  const { entries } = await glossary.get();
  if (entries.some((e) => e.term === term || e.translation === term)) return;
  void vscode.window
    .showInformationMessage(`Interlinear: add “${term}” to the glossary, so that later findings keep this spelling?`, ADD)
    .then((choice) => choice === ADD && vscode.commands.executeCommand(COMMANDS.addToGlossary, uri, term));
}

// Adds a term to the glossary of the folder holding `uri` (the active editor's, and its selection, without arguments).
async function addToGlossary(
  glossary: GlossaryStore,
  output: vscode.LogOutputChannel,
  uri: vscode.Uri | undefined,
  term: string | undefined,
): Promise<void> {
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
  const file = project.uri(path);
  const where = vscode.workspace.asRelativePath(file);
  const lang = guessLanguage(word).tag;
  // The user's unsaved changes to the glossary stay theirs: the row joins them in the editor, saved with them.
  const unsaved = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString() && d.isDirty);
  if (unsaved) {
    const row = glossaryRowEdit(unsaved.getText(), word, lang);
    const edit = new vscode.WorkspaceEdit();
    if (row) edit.replace(file, toRange(unsaved, row.range), row.newText);
    if (row && (await vscode.workspace.applyEdit(edit)))
      void vscode.window.showInformationMessage(`Interlinear: “${word}” is added to the unsaved ${where}: save it to apply.`);
    return;
  }
  try {
    const result = await addGlossaryTerm(project, word, lang, path, where);
    if (!result.ok) throw new Error(result.message);
    await glossary.reload();
    void vscode.window.setStatusBarMessage(
      result.added ? `Interlinear: added “${word}” to ${where}.` : `Interlinear: “${word}” is in ${where} already.`,
      4000,
    );
  } catch (error) {
    output.error(`Could not add “${word}” to ${where}:`, error);
    void vscode.window.showErrorMessage(`Interlinear: could not add “${word}” to ${where}: ${(error as Error).message}`);
  }
}
