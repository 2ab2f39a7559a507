// The outline of a document with its people. The sections and turns stay in document order, as `buildOutline` has
// them, each turn whose label spells its person another way naming the person in its detail; after them a "Speakers"
// group lists each person, their spellings under them, and under each spelling the turns it labels and the bylines
// and header fields that use it. Like an index at the back of a book, the group stands at the end of the document and
// every node in it spans one name: the editor's breadcrumbs, sticky headings and "follow cursor" keep to the
// document-order nodes, whose ranges hold the text, while a click on any node in the group still goes to its place.
import { blockAt } from '../document/blocks';
import type { Transcript } from '../document/model';
import { buildOutline, preview, turnWords, type OutlineNode } from '../document/outline';
import { speakerKey } from '../text/nameKeys';
import type { TextRange } from '../text/offsets';
import { documentSpeakers, personOfTurns, type Person, type PersonSpelling } from './people';
import { speakerMentions } from './sites';

// A node without children shares one empty, frozen list.
const NO_CHILDREN = Object.freeze([]) as unknown as OutlineNode[];

/** The outline of `t` with its people (`people(t, …)`): document order first, then the speakers grouped by person. */
export function outlineWithPeople(t: Transcript, persons: readonly Person[]): OutlineNode[] {
  const ofTurn = personOfTurns(t, persons);
  const spelledOtherwise = (turn: number) => {
    const person = persons[ofTurn[turn]];
    return person && person.spellings.length > 1 && t.turns[turn].speaker.name !== person.name ? person.name : '';
  };
  const outline = buildOutline(t, (turn) => [spelledOtherwise(turn), t.turns[turn].speaker.timestamp ?? ''].filter(Boolean).join(' · '));
  const speakers = documentSpeakers(persons)
    .map((p) => personNode(t, p))
    .filter((n) => n !== undefined);
  if (speakers.length === 0) return outline;
  const spellings = speakers.reduce((n, p) => n + Math.max(1, p.children.filter((c) => c.kind === 'spelling').length), 0);
  const end = { start: t.text.length, end: t.text.length };
  const lastLine = t.blocks.length > 0 ? t.blocks[t.blocks.length - 1].endLine : 0;
  outline.push(
    node('speakers', 'Speakers', `${plural(speakers.length, 'speaker')} · ${plural(spellings, 'spelling')}`, end, lastLine, speakers),
  );
  return outline;
}

// A person with their spellings (or, spelled one way, that spelling's places), at their first naming.
function personNode(t: Transcript, p: Person): OutlineNode | undefined {
  // Each spelling's turns, in one pass over the person's turns.
  const turnsOf = new Map<string, number[]>();
  for (const i of p.turns) {
    const name = t.turns[i].speaker.name;
    (turnsOf.get(name) ?? turnsOf.set(name, []).get(name)!).push(i);
  }
  const spellings = p.spellings.map((s) => spellingNode(t, s, turnsOf.get(s.name) ?? [])).filter((n) => n !== undefined);
  if (spellings.length === 0) return undefined;
  const first = spellings.reduce((a, b) => (b.range.start < a.range.start ? b : a));
  const counts =
    p.turns.length > 0
      ? [plural(p.turns.length, 'turn'), spellings.length > 1 ? plural(spellings.length, 'spelling') : '']
      : ['named in the title or header'];
  const children = spellings.length > 1 ? spellings : spellings[0].children;
  return node('person', p.name, counts.filter(Boolean).join(' · '), first.range, first.startLine, children);
}

// One spelling of a person: the turns it labels and the bylines and header fields using it, in document order.
function spellingNode(t: Transcript, s: PersonSpelling, turns: readonly number[]): OutlineNode | undefined {
  const mentions = s.mentions > 0 ? speakerMentions(t, speakerKey(s.name)).filter((site) => site.name === s.name) : [];
  const children = turns.map((i) => {
    const turn = t.turns[i];
    const { name, nameRange, timestamp } = turn.speaker;
    return node('turn', turnWords(t, turn) || name, timestamp ?? '', nameRange, turn.startLine);
  });
  for (const site of mentions) {
    const line = t.blocks[blockAt(t.blocks, site.range.start)];
    children.push(node('mention', preview(t.text, line.contentRange) || site.name, site.role, site.range, line.startLine));
  }
  if (children.length === 0) return undefined;
  if (mentions.length > 0) children.sort((a, b) => a.range.start - b.range.start);
  const bylines = mentions.filter((m) => m.role === 'byline').length;
  const headers = mentions.length - bylines;
  const detail = [
    turns.length && plural(turns.length, 'turn'),
    bylines && plural(bylines, 'byline'),
    headers && plural(headers, 'header field'),
  ];
  return node('spelling', s.name, detail.filter(Boolean).join(' · '), children[0].range, children[0].startLine, children);
}

// A node standing on one name, on its line (see the top of the file).
function node(
  kind: OutlineNode['kind'],
  name: string,
  detail: string,
  range: TextRange,
  line: number,
  children: OutlineNode[] = NO_CHILDREN,
): OutlineNode {
  return { kind, name, detail, range, selectionRange: range, startLine: line, endLine: line, children };
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
