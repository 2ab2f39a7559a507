// The people of a document: one identity per person, from the speaker-variant check's clusters of deliberate names
// and the user's decisions (Merge Speakers, Split Speaker), with every turn counted under exactly one person. The
// CLI's `speakers`, the status bar, colours, Go to Speaker and the outline all read them, so they agree.
import type { Transcript } from '../document/model';
import { documentNames } from '../names/documentNames';
import { clusterNames, type Spelling } from '../names/nameClusters';
import type { Glossary } from '../terms/glossary';
import { decisionIndex, type SpeakerDecisions } from '../terms/speakerDecisions';
import { speakerKey } from '../text/nameKeys';
import { spellingTargets, type SpellingTarget } from './spellingTargets';

/** One spelling of a person: how many turn labels use it, and how many bylines and header fields. */
export interface PersonSpelling {
  readonly name: string;
  readonly labels: number;
  readonly mentions: number;
}

/** A person of a document. */
export interface Person {
  /** Stable within a parse: the `speakerKey` of the person's most used spelling. */
  readonly id: string;
  /** The preferred spelling (see `spellingTargets`), else the one used most. */
  readonly name: string;
  /** Indices into `Transcript.turns`, in document order. */
  readonly turns: readonly number[];
  /** Most used first. */
  readonly spellings: readonly PersonSpelling[];
  /** The `Transcript.speakers` keys (labels folded alike) that are this person. */
  readonly speakerKeys: readonly string[];
  /** The spellings to rename every name of the person to, preferred first (none when spelled one way). */
  readonly targets: readonly SpellingTarget[];
  /** Named by the title or a header field as the one who speaks or writes (a monologue's, an article's author). */
  readonly named: boolean;
  /** Where the person is first named or speaks. */
  readonly firstOffset: number;
}

const cache = new WeakMap<Transcript, WeakMap<SpeakerDecisions, WeakMap<Glossary, Person[]>>>();

/** The people of a document, those who speak first (by their first turn), then the others by their first naming. */
export function people(t: Transcript, decisions: SpeakerDecisions, glossary: Glossary): readonly Person[] {
  const byDecisions = cache.get(t) ?? cache.set(t, new WeakMap()).get(t)!;
  const byGlossary = byDecisions.get(decisions) ?? byDecisions.set(decisions, new WeakMap()).get(decisions)!;
  let out = byGlossary.get(glossary);
  if (!out) byGlossary.set(glossary, (out = collect(t, decisions, glossary)));
  return out;
}

/** The people who speak: those with turns, else (a monologue, an article) those the title or header name. */
export function documentSpeakers(persons: readonly Person[]): readonly Person[] {
  const speaking = persons.filter((p) => p.turns.length > 0);
  return speaking.length > 0 ? speaking : persons.filter((p) => p.named);
}

/** The index into `persons` of each turn's person. */
export function personOfTurns(t: Transcript, persons: readonly Person[]): Int32Array {
  const out = new Int32Array(t.turns.length).fill(-1);
  persons.forEach((p, i) => p.turns.forEach((turn) => (out[turn] = i)));
  return out;
}

function collect(t: Transcript, decisions: SpeakerDecisions, glossary: Glossary): Person[] {
  const occurrences = documentNames(t);
  const clusters = occurrences.length > 0 ? clusterNames(t, occurrences, decisions) : [];
  // Union-find over speaker keys: labels folded alike, the clusters' spellings, and the user's merges.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const s of t.speakers) find(s.key);
  const clusterOf: [string, Spelling[]][] = [];
  for (const cluster of clusters) {
    const first = speakerKey(cluster[0].name);
    for (const s of cluster) union(first, speakerKey(s.name));
    clusterOf.push([first, cluster]);
  }
  const decided = decisionIndex(decisions);
  if (!decided.empty) {
    const firstOfGroup = new Map<number, string>();
    for (const key of [...parent.keys()]) {
      const g = decided.groupOf(key);
      if (g === undefined) continue;
      const first = firstOfGroup.get(g);
      if (first === undefined) firstOfGroup.set(g, key);
      else union(first, key);
    }
  }
  // Gather each person's speakers and clustered spellings.
  const groups = new Map<string, { speakers: Transcript['speakers'][number][]; spellings: Spelling[] }>();
  const group = (key: string) => {
    const root = find(key);
    return groups.get(root) ?? groups.set(root, { speakers: [], spellings: [] }).get(root)!;
  };
  for (const s of t.speakers) group(s.key).speakers.push(s);
  for (const [first, cluster] of clusterOf) group(first).spellings.push(...cluster);
  const persons = [...groups.values()].map((g) => person(t, g.speakers, g.spellings, glossary));
  return persons.sort(
    (a, b) =>
      Number(b.turns.length > 0) - Number(a.turns.length > 0) || (a.turns[0] ?? 0) - (b.turns[0] ?? 0) || a.firstOffset - b.firstOffset,
  );
}

// One person from their speakers (labels) and the spellings the clustering gave them.
function person(t: Transcript, speakers: Transcript['speakers'][number][], clustered: readonly Spelling[], glossary: Glossary): Person {
  const counts = new Map<string, { labels: number; mentions: number }>();
  const count = (name: string) => counts.get(name) ?? counts.set(name, { labels: 0, mentions: 0 }).get(name)!;
  for (const s of speakers) for (const [name, n] of s.spellings) count(name).labels += n;
  let named = false;
  let firstOffset = Infinity;
  for (const s of clustered)
    for (const o of s.occurrences) {
      firstOffset = Math.min(firstOffset, o.range.start);
      if (o.role !== 'label') count(s.name).mentions++;
      if (o.role === 'header' && o.speaker) named = true;
    }
  const turns = speakers.flatMap((s) => s.turns).sort((a, b) => a - b);
  if (turns.length > 0) firstOffset = Math.min(firstOffset, t.turns[turns[0]].speaker.nameRange.start);
  const spellings = [...counts]
    .map(([name, c]) => ({ name, ...c }))
    .sort((a, b) => b.labels + b.mentions - (a.labels + a.mentions) || b.labels - a.labels);
  const targets = clustered.length > 0 ? spellingTargets(t, clustered, glossary) : [];
  // Never a role label ("Host", "SPEAKER_01") when a name was merged with it.
  const name = targets[0]?.name ?? [...clustered].sort((a, b) => b.uses - a.uses)[0]?.name ?? spellings[0]?.name ?? '';
  return {
    id: speakerKey(spellings[0]?.name ?? name),
    name,
    turns,
    spellings,
    speakerKeys: speakers.map((s) => s.key),
    targets,
    named,
    firstOffset,
  };
}
