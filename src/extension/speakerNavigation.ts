import * as vscode from 'vscode';
import { turnOfSpeakerAt, type Transcript } from '../core/base';
import { COMMANDS } from './commands';
import { isTranscript, toRange, type TranscriptCache } from './transcriptCache';

/** Commands that move between turns: next/previous turn of the same speaker, and go to any speaker's turn. */
export function registerSpeakerNavigation(cache: TranscriptCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerTextEditorCommand(COMMANDS.nextSpeakerTurn, (editor) => stepSpeaker(cache, editor, 1)),
    vscode.commands.registerTextEditorCommand(COMMANDS.previousSpeakerTurn, (editor) => stepSpeaker(cache, editor, -1)),
    vscode.commands.registerCommand(COMMANDS.goToSpeaker, () => goToSpeaker(cache)),
  );
}

// Moves to the same speaker's next (+1) or previous (-1) turn, wrapping at the ends.
function stepSpeaker(cache: TranscriptCache, editor: vscode.TextEditor, step: 1 | -1): void {
  if (!isTranscript(editor.document)) return;
  const t = cache.get(editor.document);
  const here = turnOfSpeakerAt(t, editor.document.offsetAt(editor.selection.active));
  if (!here) {
    void vscode.window.setStatusBarMessage('Interlinear: the cursor is not in a speaker turn.', 3000);
    return;
  }
  const turns = t.speakers[here.speaker].turns;
  const next = here.index + step;
  const wrapped = next < 0 || next >= turns.length;
  reveal(editor, t, turns[(next + turns.length) % turns.length]);
  if (wrapped)
    void vscode.window.setStatusBarMessage(
      `Interlinear: wrapped to the ${step > 0 ? 'first' : 'last'} turn of ${t.speakers[here.speaker].name}.`,
      3000,
    );
}

// Selects the speaker name of a turn and scrolls it into view.
function reveal(editor: vscode.TextEditor, t: Transcript, turnIndex: number): void {
  const range = toRange(editor.document, t.turns[turnIndex].speaker.nameRange);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

interface TurnItem extends vscode.QuickPickItem {
  readonly turn?: number;
}

// Lists every turn grouped by speaker; picking one jumps there.
async function goToSpeaker(cache: TranscriptCache): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isTranscript(editor.document)) {
    void vscode.window.showInformationMessage('Interlinear: open a transcript to go to a speaker.');
    return;
  }
  const t = cache.get(editor.document);
  if (t.speakers.length === 0) {
    void vscode.window.showInformationMessage('Interlinear: this transcript has no speaker labels.');
    return;
  }
  const items: TurnItem[] = [];
  for (const speaker of t.speakers) {
    const spellings = speaker.spellings.size > 1 ? ` (${[...speaker.spellings.keys()].join(', ')})` : '';
    items.push({ label: `${speaker.name}${spellings}`, kind: vscode.QuickPickItemKind.Separator });
    for (const index of speaker.turns) {
      const turn = t.turns[index];
      const block = t.blocks[turn.block];
      const text =
        block.kind === 'turn' ? t.text.slice(block.textRange.start, Math.min(block.textRange.end, block.textRange.start + 80)) : '';
      items.push({ label: `$(person) ${turn.speaker.name}`, description: `line ${turn.startLine + 1}`, detail: text, turn: index });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: 'Go to a speaker turn',
    matchOnDetail: true,
    matchOnDescription: true,
  });
  if (picked?.turn !== undefined && vscode.window.activeTextEditor === editor) reveal(editor, t, picked.turn);
}
