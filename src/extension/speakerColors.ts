import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { SECTION, Settings, setting } from './settings';
import type { PeopleService } from './peopleService';
import { isTranscript, toRange, type TranscriptCache } from './transcriptCache';

// The palette size matches the `interlinear.speakerN` colours contributed in package.json.
const PALETTE = 8;

/**
 * Colours each person's labels and marks their turns in the overview ruler: one theme colour per person (all their
 * spellings alike), two people never sharing one while colours are left. The palette leaves out the orange of
 * strings, which pull quotes are drawn in.
 */
export function registerSpeakerColors(
  cache: TranscriptCache,
  people: PeopleService,
): { disposable: vscode.Disposable; colours: (editor: vscode.TextEditor) => readonly (readonly vscode.Range[])[] } {
  // What each editor was last painted with, by palette colour: decorations cannot be read back through the API.
  const painted = new WeakMap<vscode.TextEditor, vscode.Range[][]>();
  const types = Array.from({ length: PALETTE }, (_, i) => {
    const color = new vscode.ThemeColor(`interlinear.speaker${i}`);
    return vscode.window.createTextEditorDecorationType({
      color,
      fontWeight: 'bold',
      overviewRulerColor: color,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    });
  });
  const paint = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    const enabled = isTranscript(doc) && setting(Settings.speakerColors, true, doc.uri);
    const buckets: vscode.Range[][] = types.map(() => []);
    if (enabled) {
      const t = cache.get(doc);
      // People in order of first turn: the first PALETTE people get a colour each.
      people
        .get(doc)
        .filter((p) => p.turns.length > 0)
        .forEach((person, i) => {
          for (const turn of person.turns) buckets[i % PALETTE].push(toRange(doc, t.turns[turn].speaker.nameRange));
        });
    }
    types.forEach((type, i) => editor.setDecorations(type, buckets[i]));
    painted.set(editor, buckets);
  };
  const paintVisible = () => vscode.window.visibleTextEditors.forEach(paint);
  // People need the checks bundle (the names' tables): painted once activation is over.
  const first = setImmediate(paintVisible);

  const disposable = vscode.Disposable.from(
    ...types,
    { dispose: () => clearImmediate(first) },
    people.onDidChange(paintVisible),
    vscode.window.onDidChangeVisibleTextEditors(paintVisible),
    cache.onDidSettle((doc) => vscode.window.visibleTextEditors.filter((e) => e.document === doc).forEach(paint)),
    vscode.workspace.onDidOpenTextDocument(() => paintVisible()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && paintVisible()),
    vscode.commands.registerCommand(COMMANDS.toggleSpeakerColors, async () => {
      const config = vscode.workspace.getConfiguration(SECTION, vscode.window.activeTextEditor?.document.uri);
      const on = config.get<boolean>(Settings.speakerColors, true);
      await config.update(Settings.speakerColors, !on, vscode.ConfigurationTarget.Global);
    }),
  );
  return { disposable, colours: (editor) => painted.get(editor) ?? [] };
}
