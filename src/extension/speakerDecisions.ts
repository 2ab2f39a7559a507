import * as vscode from 'vscode';
import { mergedDecisions, splitDecisions } from '../core/base';
import { speakerSites } from '../core/speakers';
import { speakerKey } from '../core/text/nameKeys';
import type { Person } from '../core/speakers/people';
import { toWorkspaceEdit } from './codeActions';
import { COMMANDS, INTERNAL_COMMANDS } from './commands';
import type { PeopleService } from './peopleService';
import { isTranscript, type TranscriptCache } from './transcriptCache';

/**
 * "Merge Speakers" and "Split Speaker": the user says who is who, kept in `.interlinear/speakers.json` for the
 * workspace; colours, counts, navigation and the speaker-variant check follow. Both take their choices as arguments
 * too (spellings, the target spelling), so that they can be run without the pickers.
 */
export function registerSpeakerDecisions(cache: TranscriptCache, people: PeopleService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.mergeSpeakers, (names?: string[], target?: string) => merge(cache, people, names, target)),
    vscode.commands.registerCommand(COMMANDS.splitSpeaker, (part?: string[]) => split(people, part)),
  );
}

interface PersonItem extends vscode.QuickPickItem {
  readonly person: Person;
}

// The active transcript's editor, or a message saying one is needed.
function activeTranscript(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isTranscript(editor.document)) return editor;
  void vscode.window.showInformationMessage('Interlinear: open a transcript to decide who its speakers are.');
  return undefined;
}

const spellingsOf = (p: Person) => p.spellings.map((s) => s.name);

// Merges people (picked, or those `names` spell) into one, then renames every name of theirs to a chosen spelling.
async function merge(cache: TranscriptCache, people: PeopleService, names?: string[], target?: string): Promise<void> {
  const editor = activeTranscript();
  if (!editor) return;
  await people.ready();
  const doc = editor.document;
  let chosen: readonly Person[];
  if (names) chosen = people.get(doc).filter((p) => p.spellings.some((s) => names.includes(s.name)));
  else {
    const picked = await vscode.window.showQuickPick(
      people.get(doc).map((p): PersonItem => ({ label: p.name, description: describe(p), person: p })),
      { canPickMany: true, placeHolder: 'Pick the speakers who are one person' },
    );
    chosen = picked?.map((i) => i.person) ?? [];
  }
  if (chosen.length < 2 && !names) {
    if (chosen.length === 1) void vscode.window.showInformationMessage('Interlinear: pick two or more speakers to merge.');
    return;
  }
  const all = names ?? chosen.flatMap(spellingsOf);
  if (!(await people.update(doc.uri, (d) => mergedDecisions(d, all)))) return;
  const merged = people.get(doc).find((p) => p.spellings.some((s) => s.name === all[0]));
  if (!merged) return;
  const name = target ?? (await pickSpelling(merged));
  if (!name) return;
  await renamePerson(cache, editor, merged, name);
  await vscode.commands.executeCommand(INTERNAL_COMMANDS.offerGlossaryTerm, doc.uri, name);
}

// The spelling to rename a merged person to: each target (preferred first), each spelling, or none.
async function pickSpelling(p: Person): Promise<string | undefined> {
  const items: vscode.QuickPickItem[] = [
    ...p.targets.map((t) => ({ label: t.name, description: t.label, detail: t.reason })),
    ...p.spellings.filter((s) => !p.targets.some((t) => t.name === s.name)).map((s) => ({ label: s.name, description: describe1(s) })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: `Rename every name of ${p.name} to… (Escape keeps the spellings)`,
  });
  return picked?.label;
}

// Renames every label, byline and header of a person to `name`, as one undoable edit, left unsaved.
async function renamePerson(cache: TranscriptCache, editor: vscode.TextEditor, p: Person, name: string): Promise<void> {
  const t = cache.get(editor.document);
  const keys = new Set([...p.speakerKeys, ...p.spellings.map((s) => speakerKey(s.name))]);
  const sites = [...keys].flatMap((k) => speakerSites(t, k));
  const edits = [...new Map(sites.filter((s) => s.name !== name).map((s) => [s.range.start, s])).values()].map((s) => ({
    range: s.range,
    newText: name,
  }));
  if (edits.length > 0) await vscode.workspace.applyEdit(toWorkspaceEdit(editor.document, edits));
}

// Splits spellings (picked, or `part`) off the person they were taken for.
async function split(people: PeopleService, part?: string[]): Promise<void> {
  const editor = activeTranscript();
  if (!editor) return;
  await people.ready();
  const doc = editor.document;
  const several = people.get(doc).filter((p) => p.spellings.length > 1);
  let person: Person | undefined;
  let off: string[] | undefined = part;
  if (part) person = several.find((p) => p.spellings.some((s) => part.includes(s.name)));
  else {
    const picked = await vscode.window.showQuickPick(
      several.map((p): PersonItem => ({ label: p.name, description: describe(p), person: p })),
      { placeHolder: several.length ? 'Pick the speaker whose spellings are more than one person' : 'No speaker has several spellings' },
    );
    person = picked?.person;
    if (person) {
      const spellings = await vscode.window.showQuickPick(
        person.spellings.map((s) => ({ label: s.name, description: describe1(s) })),
        { canPickMany: true, placeHolder: 'Pick the spellings of the other person' },
      );
      off = spellings?.map((s) => s.label);
    }
  }
  if (!person || !off || off.length === 0) return;
  const rest = spellingsOf(person).filter((n) => !off.includes(n));
  if (rest.length === 0) return;
  await people.update(doc.uri, (d) => splitDecisions(d, off, rest));
}

// "23 turns · Mara Lindqvist, 玛拉·林奎斯特, …".
function describe(p: Person): string {
  return `${p.turns.length} turns · ${spellingsOf(p).join(', ')}`;
}

function describe1(s: Person['spellings'][number]): string {
  return [s.labels && `${s.labels} labels`, s.mentions && `${s.mentions} bylines or headers`].filter(Boolean).join(', ');
}
