import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { SECTION, Settings, setting } from './settings';
import { isTranscript, toRange, type TranscriptCache } from './transcriptCache';

// The palette size matches the `interlinear.speakerN` colours contributed in package.json.
const PALETTE = 8;

/** Colours each speaker's name and marks their turns in the overview ruler, one theme colour per speaker. */
export function registerSpeakerColors(cache: TranscriptCache): vscode.Disposable {
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
      t.speakers.forEach((speaker, i) => {
        for (const turn of speaker.turns) buckets[i % PALETTE].push(toRange(doc, t.turns[turn].speaker.nameRange));
      });
    }
    types.forEach((type, i) => editor.setDecorations(type, buckets[i]));
  };
  const paintVisible = () => vscode.window.visibleTextEditors.forEach(paint);
  paintVisible();

  return vscode.Disposable.from(
    ...types,
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
}
