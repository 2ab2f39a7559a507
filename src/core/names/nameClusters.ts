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
  readonly occurrences: NameOccurrence[];
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
    spellings.push({ ...s, parsed: parseName(s.name) });
  }
  // Partners are asked about only for the spellings kept: a document of many speakers links only theirs.
  const partners = conversationPartners(t, new Set(spellings.map((s) => s.name)));
  const conversing = (a: string, b: string) => partners.get(a)?.has(b) ?? false;
  const adjacent = (a: string, b: string) => conversing(a, b) || decided.apart(a, b);
  const edges: { i: number; j: number; d: number }[] = [];
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      const [a, b] = [spellings[i].name, spellings[j].name];
      if (adjacent(a, b)) continue;
      const shared = [...(partners.get(a) ?? [])].some((p) => conversing(b, p));
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
  for (const block of t.blocks) {
    if (block.kind === 'heading') before = undefined;
    if (block.kind !== 'turn') continue;
    const previous = before;
    const name = block.speaker.name;
    before = name;
    if (previous === undefined || previous === name || (previous === linkedBefore && name === linkedAfter)) continue;
    [linkedBefore, linkedAfter] = [previous, name];
    const a = fold(previous);
    const b = fold(name);
    if (a === b) continue;
    if (kept.has(a)) link(a, b);
    if (kept.has(b)) link(b, a);
  }
  return partners;
}

type Counted = Omit<Spelling, 'parsed'>;

/**
 * The MAX_SPELLINGS spellings used most (the earliest first of equally used ones), in that order, each with its
 * occurrences. The occurrences of a spelling are chained by index rather than gathered into a list each: a document
 * of a hundred thousand speakers gathers only the lists of the few it keeps, and sorts none of the others.
 */
function mostUsed(occurrences: readonly NameOccurrence[]): Counted[] {
  const byName = new Map<string, number>();
  const names: string[] = [];
  const uses: number[] = [];
  // Where each spelling is first named, and its first and last occurrence; `next` chains each occurrence to the
  // spelling's next one (-1: none).
  const firstStart: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const next = new Int32Array(occurrences.length).fill(-1);
  const fold = folder();
  for (let k = 0; k < occurrences.length; k++) {
    const o = occurrences[k];
    const name = fold(o.name);
    if (!name) continue;
    let g = byName.get(name);
    if (g === undefined) {
      byName.set(name, (g = names.length));
      names.push(name);
      uses.push(0);
      firstStart.push(o.range.start);
      first.push(k);
      last.push(k);
    } else {
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
  const out: Counted[] = [];
  for (const g of top) {
    const list: NameOccurrence[] = [];
    for (let k = first[g]; k >= 0; k = next[k]) list.push(occurrences[k]);
    out.push({ name: names[g], occurrences: list, uses: uses[g] });
  }
  return out;
}

// A name as spellings are told apart (NFC, trimmed), remembered for the last few names: a transcript alternates
// between a few speakers, and a map of every name of a document of distinct names costs more than folding each.
function folder(): (name: string) => string {
  const recent = new RecentCache(RECENT_NAMES, (name) => name.normalize('NFC').trim());
  return (name) => recent.get(name);
}

const RECENT_NAMES = 64;
