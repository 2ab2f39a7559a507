import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from './commands';
import { SECTION, Settings, setting } from './settings';

// Only text-like files are switched: claiming a code file would take its own language away.
const SWITCHABLE = new Set(['plaintext', 'markdown']);

/** Opens files matching `interlinear.filePatterns` as transcripts, and offers the command to switch any file. */
export function registerLanguageAssociation(): vscode.Disposable {
  const consider = (doc: vscode.TextDocument) => {
    if (!SWITCHABLE.has(doc.languageId) || doc.uri.scheme === 'output') return;
    const patterns = setting<string[]>(Settings.filePatterns, [], doc.uri);
    if (patterns.some((pattern) => typeof pattern === 'string' && vscode.languages.match({ pattern }, doc) > 0)) {
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }
  };
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.${Settings.filePatterns}`)) vscode.workspace.textDocuments.forEach(consider);
    }),
    vscode.commands.registerCommand(COMMANDS.treatAsTranscript, async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Interlinear: open a file first, then treat it as a transcript.');
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
  );
}
