import * as vscode from 'vscode';
import { paragraphs, type Transcript } from '../core/base';
import { COMMANDS } from './commands';
import type { PeopleService } from './peopleService';
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

/**
 * A status bar item with the active transcript's people: "2 speakers · 9 spellings · zh" for an interview, and for a
 * monologue or an article without turns its speaker (from the title or header), words and paragraphs.
 */
export function registerStatusBar(cache: TranscriptCache, people: PeopleService): vscode.Disposable & { readonly text: () => string } {
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
    let persons: ReturnType<PeopleService['get']> = [];
    try {
      persons = people.get(doc);
    } catch {
      // Without the checks bundle (a broken install) the summary still counts labels.
    }
    const speaking = persons.filter((p) => p.turns.length > 0);
    const named = speaking.length > 0 ? speaking : persons.filter((p) => p.named);
    const spellings = speaking.reduce((n, p) => n + p.spellings.filter((s) => s.labels > 0).length, 0);
    const who = named.length === 1 && speaking.length === 0 ? `1 speaker · ${named[0].name}` : `${plural(named.length, 'speaker')}`;
    const counts = t.turns.length > 0 ? `${who} · ${plural(spellings, 'spelling')}` : `${who} · ${plural(wordCount(t), 'word')}`;
    item.text = `$(person) ${counts} · ${t.language.tag}`;
    const lines =
      t.turns.length > 0
        ? [`${plural(t.turns.length, 'turn')} by ${plural(speaking.length, 'person', 'people')}`, ...speaking.map(describe)]
        : [
            named.length > 0 ? `Speaker: ${named.map((p) => p.name).join(', ')} (from the title or header)` : 'No speaker named',
            `${plural(wordCount(t), 'word')} in ${plural(paragraphs(t).length, 'paragraph')}`,
          ];
    item.tooltip = new vscode.MarkdownString(
      `**Interlinear**\n\n${lines.map(escape).join('\n\n')}\n\nDetected language: ${language} (${Math.round(t.language.confidence * 100)}% of letters in ${t.language.script} script)\n\nClick to go to a speaker.`,
    );
    item.show();
  };
  // The first summary waits for activation to end: people need the checks bundle.
  const first = setImmediate(update);

  const disposable = vscode.Disposable.from(
    item,
    { dispose: () => clearImmediate(first) },
    people.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidSettle((doc) => doc === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && update()),
  );
  // The text shown, for the integration tests (the status bar cannot be read through the API).
  return Object.assign(disposable, { text: () => item.text });
}

// "Mara Lindqvist: 22 turns, spelled Mara Lindqvist (15), 玛拉·林奎斯特 (4)".
function describe(p: ReturnType<PeopleService['get']>[number]): string {
  const labels = p.spellings.filter((s) => s.labels > 0);
  const spelled = labels.length > 1 ? `, spelled ${labels.map((s) => `${s.name} (${s.labels})`).join(', ')}` : '';
  return `${p.name}: ${plural(p.turns.length, 'turn')}${spelled}`;
}

// Words of the text: Latin-script words, and each ideograph or Hangul syllable block's characters counted as words
// would be in a word count of Chinese (one character, one word).
function wordCount(t: Transcript): number {
  return (t.text.match(/[\p{sc=Han}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

// Markdown's special characters in a name or count, escaped.
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>-]/g, '\\$&');
}
