import * as vscode from 'vscode';
import { turnOfSpeakerAt, type Transcript } from '../core/base';
import { COMMANDS } from './commands';
import type { PeopleService } from './peopleService';
import { isTranscript, toRange, type TranscriptCache } from './transcriptCache';

/** Commands that move between turns by person: next/previous turn of the same person, and go to any person's turn. */
export function registerSpeakerNavigation(cache: TranscriptCache, people: PeopleService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerTextEditorCommand(COMMANDS.nextSpeakerTurn, (editor) => stepSpeaker(cache, people, editor, 1)),
    vscode.commands.registerTextEditorCommand(COMMANDS.previousSpeakerTurn, (editor) => stepSpeaker(cache, people, editor, -1)),
    vscode.commands.registerCommand(COMMANDS.goToSpeaker, () => goToSpeaker(cache, people)),
  );
}

// Moves to the same person's next (+1) or previous (-1) turn, wrapping at the ends.
function stepSpeaker(cache: TranscriptCache, people: PeopleService, editor: vscode.TextEditor, step: 1 | -1): void {
  if (!isTranscript(editor.document)) return;
  const t = cache.get(editor.document);
  const here = turnOfSpeakerAt(t, editor.document.offsetAt(editor.selection.active));
  const turnIndex = here ? t.speakers[here.speaker].turns[here.index] : -1;
  const person = turnIndex >= 0 ? people.get(editor.document).find((p) => p.turns.includes(turnIndex)) : undefined;
  if (!person) {
    void vscode.window.setStatusBarMessage('Interlinear: the cursor is not in a speaker turn.', 3000);
    return;
  }
  const turns = person.turns;
  const next = turns.indexOf(turnIndex) + step;
  const wrapped = next < 0 || next >= turns.length;
  reveal(editor, t, turns[(next + turns.length) % turns.length]);
  if (wrapped)
    void vscode.window.setStatusBarMessage(`Interlinear: wrapped to the ${step > 0 ? 'first' : 'last'} turn of ${person.name}.`, 3000);
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

// Lists every turn grouped by person, with the person's spellings; picking one jumps there.
async function goToSpeaker(cache: TranscriptCache, people: PeopleService): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isTranscript(editor.document)) {
    void vscode.window.showInformationMessage('Interlinear: open a transcript to go to a speaker.');
    return;
  }
  const t = cache.get(editor.document);
  await people.ready();
  const persons = people.get(editor.document).filter((p) => p.turns.length > 0);
  if (persons.length === 0) {
    void vscode.window.showInformationMessage('Interlinear: this transcript has no speaker labels.');
    return;
  }
  const items: TurnItem[] = [];
  for (const person of persons) {
    const labels = person.spellings.filter((s) => s.labels > 0);
    const spellings = labels.length > 1 || labels[0]?.name !== person.name ? ` (${labels.map((s) => s.name).join(', ')})` : '';
    items.push({ label: `${person.name}${spellings}`, kind: vscode.QuickPickItemKind.Separator });
    for (const index of person.turns) {
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
