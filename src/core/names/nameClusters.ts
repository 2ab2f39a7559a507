// Groups a document's deliberate names into people. Two spellings join when their romanised forms
// are close; two speakers who answer each other (adjacent turns) are never one person, however alike
// their names (Anna Berg and Anne Borg in one interview), and sharing a conversation partner widens
// the tolerance a little (both spellings talk to the same third person, in the same role). The user's decisions
// come last and win: spellings split apart are never joined, spellings merged are one person whatever they look like.
import type { NameOccurrence } from './documentNames';
import { decisionIndex, EMPTY_SPEAKER_DECISIONS, type SpeakerDecisions } from '../terms/speakerDecisions';
import type { Transcript } from '../document/model';
import { nameDistance, parseName, type PersonName } from './names';
import { RecentCache } from '../text/recentCache';

/** One spelling of a name with every deliberate occurrence of it. */
export interface Spelling {
  readonly name: string;
  readonly parsed: PersonName;
  /** In document order. */
  readonly occurrences: readonly NameOccurrence[];
  /** How many labels and bylines use it: its weight as the document's own choice. */
  readonly uses: number;
}

// Quadratic pairing is bounded: a transcript with more distinct names than this is clustered on its most used ones.
const MAX_SPELLINGS = 80;
// Extra tolerance for two spellings that converse with the same third speaker and never with each other.
const SHARED_PARTNER_SLACK = 0.06;

/** Clusters the occurrences' spellings into people; every spelling lands in exactly one cluster. */
export function clusterNames(
  t: Transcript,
  occurrences: readonly NameOccurrence[],
  decisions: SpeakerDecisions = EMPTY_SPEAKER_DECISIONS,
): Spelling[][] {
  const decided = decisionIndex(decisions);
  // The arrays read below are pushed, not made by `map`: V8's optimised `map` makes a holey array where the
  // unoptimised one is packed, so the code reading them was thrown away the first time it ran optimised.
  const spellings: Spelling[] = [];
  const group: number[] = [];
  const members: number[][] = [];
  for (const s of mostUsed(occurrences)) {
    group.push(spellings.length);
    members.push([spellings.length]);
    spellings.push(s);
  }
  // Partners are asked about only for the spellings kept (a document of many speakers links only theirs), and only
  // when there are two to pair.
  let partnersOf: Map<string, Set<string>> | undefined;
  const partners = () => (partnersOf ??= conversationPartners(t, new Set(spellings.map((s) => s.name))));
  const conversing = (a: string, b: string) => partners().get(a)?.has(b) ?? false;
  const adjacent = (a: string, b: string) => conversing(a, b) || decided.apart(a, b);
  const edges: { i: number; j: number; d: number }[] = [];
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      const [a, b] = [spellings[i].name, spellings[j].name];
      if (adjacent(a, b)) continue;
      const shared = [...(partners().get(a) ?? [])].some((p) => conversing(b, p));
      const d = nameDistance(spellings[i].parsed, spellings[j].parsed, shared ? SHARED_PARTNER_SLACK : 0);
      if (d !== Infinity) edges.push({ i, j, d });
    }
  }
  // Closest pairs merge first; a merge that would put two conversing speakers together is refused.
  edges.sort((x, y) => x.d - y.d);
  const join = (gi: number, gj: number) => {
    for (const y of members[gj]) group[y] = gi;
    members[gi].push(...members[gj]);
    members[gj] = [];
  };
  for (const { i, j } of edges) {
    const [gi, gj] = [group[i], group[j]];
    if (gi === gj) continue;
    if (members[gi].some((x) => members[gj].some((y) => adjacent(spellings[x].name, spellings[y].name)))) continue;
    join(gi, gj);
  }
  // Merged by the user: one person, whatever the names and the conversation say.
  if (!decided.empty) {
    const firstOfGroup = new Map<number, number>();
    spellings.forEach((s, i) => {
      const g = decided.groupOf(s.name);
      if (g === undefined) return;
      const first = firstOfGroup.get(g);
      if (first === undefined) firstOfGroup.set(g, i);
      else if (group[first] !== group[i]) join(group[first], group[i]);
    });
  }
  return members.filter((m) => m.length > 0).map((m) => m.map((i) => spellings[i]));
}

// For each kept label spelling, the spellings of the turns right before and after it (a heading between two
// turns breaks the exchange: the same speaker may go on in the next section). Read from the turn blocks, which are
// the turns in order.
function conversationPartners(t: Transcript, kept: ReadonlySet<string>): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b);
  const fold = folder();
  // The label of the turn before (none after a heading), and the last two labels linked, as written: a conversation
  // goes back and forth between the same few labels, and linking them again adds nothing.
  let before: string | undefined;
  let linkedBefore: string | undefined;
  let linkedAfter: string | undefined;
  const blocks = t.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'heading') before = undefined;
    if (block.kind !== 'turn') continue;
    const previous = before;
    const name = block.speaker.name;
    before = name;
    if (previous === undefined || previous === name || (previous === linkedBefore && name === linkedAfter)) continue;
    linkedBefore = previous;
    linkedAfter = name;
    const a = fold(previous);
    const b = fold(name);
    if (a === b) continue;
    if (kept.has(a)) link(a, b);
    if (kept.has(b)) link(b, a);
  }
  return partners;
}

/** A spelling whose occurrences, chained by index (see `mostUsed`), are listed when first read. */
class ChainedSpelling implements Spelling {
  readonly parsed: PersonName;
  #occurrences: NameOccurrence[] | undefined;
  readonly #all: readonly NameOccurrence[];
  readonly #next: Int32Array;
  readonly #first: number;
  constructor(
    readonly name: string,
    readonly uses: number,
    all: readonly NameOccurrence[],
    next: Int32Array,
    first: number,
  ) {
    this.parsed = parseName(name);
    this.#all = all;
    this.#next = next;
    this.#first = first;
  }
  get occurrences(): readonly NameOccurrence[] {
    if (this.#occurrences) return this.#occurrences;
    const list: NameOccurrence[] = [];
    for (let k = this.#first; k >= 0; k = this.#next[k]) list.push(this.#all[k]);
    return (this.#occurrences = list);
  }
}

/**
 * The MAX_SPELLINGS spellings used most (the earliest first of equally used ones), in that order, each with its
 * occurrences (listed when asked for: a spelling of half a million labels is often only counted). A document of a
 * hundred thousand speakers has a spelling nearly per occurrence: spellings are numbered as they appear and told by a
 * table of typed arrays (their counts, where each is first named, its first and last occurrence), the occurrences of
 * each chained by index; lists are gathered only for the few kept, and none is sorted.
 */
function mostUsed(occurrences: readonly NameOccurrence[]): Spelling[] {
  const n = occurrences.length;
  const names: string[] = [];
  const uses = new Int32Array(n);
  const firstStart = new Int32Array(n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  // Each occurrence's next occurrence of the same spelling (-1: none).
  const next = new Int32Array(n).fill(-1);
  // Spelling numbers plus one by the hash of their text (0: a free slot), at most half full.
  const mask = (1 << Math.ceil(Math.log2(2 * n + 2))) - 1;
  const table = new Int32Array(mask + 1);
  // The spelling of a name as written (-1: none, an empty name); the last two are remembered: a conversation goes
  // back and forth between a few names.
  let rawA = '';
  let groupA = -1;
  let rawB = '';
  let groupB = -1;
  const spellingOf = (raw: string, at: number): number => {
    if (raw === rawA) return groupA;
    if (raw === rawB) return groupB;
    const name = raw.normalize('NFC').trim();
    let g = -1;
    if (name) {
      let slot = hashName(name) & mask;
      while (table[slot] !== 0 && names[table[slot] - 1] !== name) slot = (slot + 1) & mask;
      if (table[slot] === 0) {
        g = names.length;
        table[slot] = g + 1;
        names.push(name);
        firstStart[g] = occurrences[at].range.start;
        first[g] = last[g] = at;
      } else g = table[slot] - 1;
    }
    rawB = rawA;
    groupB = groupA;
    rawA = raw;
    groupA = g;
    return g;
  };
  for (let k = 0; k < n; k++) {
    const o = occurrences[k];
    const g = spellingOf(o.name, k);
    if (g < 0) continue;
    if (first[g] !== k) {
      next[last[g]] = k;
      last[g] = k;
    }
    if (o.role !== 'header') uses[g]++;
  }
  const before = (a: number, b: number) => uses[b] < uses[a] || (uses[b] === uses[a] && firstStart[a] < firstStart[b]);
  const top: number[] = [];
  for (let g = 0; g < names.length; g++) {
    if (top.length === MAX_SPELLINGS && !before(g, top[top.length - 1])) continue;
    let at = top.length;
    while (at > 0 && before(g, top[at - 1])) at--;
    top.splice(at, 0, g);
    if (top.length > MAX_SPELLINGS) top.pop();
  }
  const out: Spelling[] = [];
  for (const g of top) out.push(new ChainedSpelling(names[g], uses[g], occurrences, next, first[g]));
  return out;
}

// FNV-1a over the code units.
function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}

// A name as spellings are told apart (NFC, trimmed), remembered for the last few names: a transcript alternates
// between a few speakers, and a map of every name of a document of distinct names costs more than folding each.
function folder(): (name: string) => string {
  const recent = new RecentCache(RECENT_NAMES, (name) => name.normalize('NFC').trim());
  return (name) => recent.get(name);
}

const RECENT_NAMES = 64;
