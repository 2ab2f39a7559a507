import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { SECTION, Settings, setting } from './settings';
import { isTranscript, type TranscriptCache } from './transcriptCache';

const LANGUAGE_NAMES: Record<string, string> = {
  zh: 'Chinese',
  ko: 'Korean',
  ja: 'Japanese',
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  ar: 'Arabic',
};

/** A status bar item with the active transcript's turns, speakers and detected language. */
export function registerStatusBar(cache: TranscriptCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('interlinear.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Interlinear Transcript Summary';
  item.command = COMMANDS.goToSpeaker;

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isTranscript(doc) || !setting(Settings.statusBar, true)) {
      item.hide();
      return;
    }
    const t = cache.get(doc);
    const language = LANGUAGE_NAMES[t.language.tag] ?? t.language.tag;
    item.text = `$(person) ${t.turns.length} turns · ${t.speakers.length} speakers · ${t.language.tag}`;
    item.tooltip = new vscode.MarkdownString(
      `**Interlinear**\n\n${t.turns.length} turns by ${t.speakers.length} speakers\n\nDetected language: ${language} (${Math.round(t.language.confidence * 100)}% of letters in ${t.language.script} script)\n\nClick to go to a speaker.`,
    );
    item.show();
  };
  update();

  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidSettle((doc) => doc === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && update()),
  );
}
