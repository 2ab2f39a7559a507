import { skeletonSimilarity, soundSkeleton } from './soundSkeleton';
import { firstWordRange, foldedKeys, phrasesWhere, wordAt, type TermIndex, type TermStats } from '../../terms/termIndex';
import { RARE } from '../shared/termVariant';
import { firstUses, spansOf, type NearMissTerms, type Term } from './nearMissTerms';
import { TermGroups } from './nearMissNeighbours';
import type { TextRange } from '../../text/offsets';
import type { Proposals } from './nearMissProposals';

/** Phrases that share their first or last word with a multi-word term and sound like the rest ("Clown Native Days"). */
export function phrases(text: string, index: TermIndex, terms: NearMissTerms, out: Proposals): void {
  const glossary = terms.listed.phrases;
  const table = index.terms;
  const { firstWord, lastWord } = table;
  const { keys, id } = index.words;
  // The candidates are the counted phrases of two words or more themselves, by number: only rare ones, unless a
  // glossary term may claim any. The first and last word of each one's first occurrence are read off the table.
  const candidates = phrasesWhere(
    table,
    (k) => (table.count[k] <= RARE || glossary) && lastWord[k] !== firstWord[k] && !terms.isGlossaryAt(k),
  );
  if (!candidates.length) return;
  const wordKey = (w: number) => keys[id[w]];
  // Multi-word terms by first and by last word. Only those that may share a word with a candidate are made: a
  // term spelled one way has the words of its first occurrence, read off the index before it is made.
  // The candidates' first and last words, marked by key number.
  const firsts = new Uint8Array(keys.length);
  const lasts = new Uint8Array(keys.length);
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c];
    firsts[id[firstWord[k]]] = 1;
    lasts[id[lastWord[k]]] = 1;
  }
  const folded = foldedKeys(index);
  // The number of a word's folded key: its own, unless a capital beyond Latin-1 made the key differ.
  let byKey: Map<string, number> | undefined;
  const foldedId = (w: number) => (folded[w] === keys[w] ? w : (byKey ??= new Map(keys.map((key, n) => [key, n]))).get(folded[w]));
  const marked = (marks: Uint8Array, w: number) => {
    const n = foldedId(w);
    return n !== undefined && marks[n] === 1;
  };
  const mayAnchor = (s: TermStats) => {
    if (!s.uniform) return true;
    const [from, to] = firstWordRange(index, s);
    return to > from && (marked(firsts, id[from]) || marked(lasts, id[to]));
  };
  const own = terms.inDocument(mayAnchor, () => true).filter((t) => t.words.length >= 2);
  const listed = terms.listed.byFirstAndLast();
  const byFirst = new TermGroups(
    own,
    (t) => t.words[0],
    (w) => terms.glossaryRest(listed.byFirst.get(w)),
  );
  const byLast = new TermGroups(
    own,
    (t) => t.words[t.words.length - 1],
    (w) => terms.glossaryRest(listed.byLast.get(w)),
  );
  const seen = new Occurrences(text);
  // A phrase and a term anchored on their first word compare the rest, on their last word what comes before it.
  // A term's rest and its skeleton are the same for every phrase that meets it: made once per side and term.
  const side = (groups: TermGroups<string>, first: boolean) => {
    const rest = (words: readonly string[]) => (first ? words.slice(1) : words.slice(0, -1)).join('');
    const terms = new Map<Term, { rest: string; skeleton: string }>();
    const restOf = (t: Term) => {
      let r = terms.get(t);
      if (!r) terms.set(t, (r = { rest: rest(t.words), skeleton: '' }));
      return r;
    };
    return { groups, first, rest, restOf };
  };
  const sides = [side(byFirst, true), side(byLast, false)];
  // The word a phrase is anchored on, as the list of keys the groups are asked for (one list, reused).
  const anchor = [''];
  // Whether side `s` has a term a phrase used `count` times may be a slip for.
  const mayMeet = (s: number, k: number, count: number, rare: boolean) => {
    anchor[0] = wordKey(sides[s].first ? firstWord[k] : lastWord[k]);
    return sides[s].groups.mayMeet(anchor, count, rare);
  };
  // The phrase's words and stats are made for the first term that may sound like it: a list of names has a
  // phrase per name, and a pattern of the document meets each of them.
  const compare = (k: number, count: number, rare: boolean) => {
    const from = firstWord[k];
    const to = lastWord[k];
    let words: string[] | undefined;
    // Terms already reported for this phrase: one that shares its first and its last word meets it from both sides.
    let reported: Term[] | undefined;
    for (let s = 0; s < sides.length; s++) {
      if (!mayMeet(s, k, count, rare)) continue;
      const { groups, rest, restOf } = sides[s];
      let differing: string | undefined;
      let skeleton: string | undefined;
      groups.near(anchor, count, rare, (t) => {
        // A pattern's proposals are dropped: the search skips it (each pair of phrase and term is proposed on its own).
        // A document term is the phrase itself when it has its number; a glossary term never is (see `candidates`).
        if (t.stats?.number === k || (!t.glossary && (!rare || t.count < 2 * count || out.isPattern(t.spelling)))) return;
        if (!words) {
          words = [];
          for (let w = from; w <= to; w++) words.push(keys[id[w]]);
        }
        differing ??= rest(words);
        const theirs = restOf(t);
        if (!mayBeAlike(differing, theirs.rest)) return;
        theirs.skeleton ||= soundSkeleton(theirs.rest);
        skeleton ??= soundSkeleton(differing);
        if (skeletonSimilarity(skeleton, theirs.skeleton) < 0.6 || reported?.includes(t)) return;
        report(text, index, table.at(k), t, seen, out);
        (reported ??= []).push(t);
      });
    }
  };
  // Most candidates meet no term on either side: they are passed over in a loop that captures nothing, since a
  // loop body whose variables a callback captures allocates them afresh for every candidate.
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c];
    const count = table.count[k];
    const rare = count <= RARE;
    if (mayMeet(0, k, count, rare) || mayMeet(1, k, count, rare)) compare(k, count, rare);
  }
}

/** Where each term is used, and where it is first spelled as suggested: looked up once per term. */
class Occurrences {
  private readonly starts = new Map<Term, { readonly set: Set<number>; readonly sorted: Int32Array }>();
  readonly firstUse: (t: Term) => TextRange | undefined;

  constructor(text: string) {
    this.firstUse = firstUses(text);
  }

  /** The start offsets of the term's occurrences, as a set and in ascending order. */
  of(t: Term): { readonly set: Set<number>; readonly sorted: Int32Array } {
    let s = this.starts.get(t);
    if (!s) {
      const sorted = Int32Array.from(t.stats ? spansOf(t.stats).map((r) => r.start) : []).sort();
      this.starts.set(t, (s = { set: new Set(sorted), sorted }));
    }
    return s;
  }
}

// Whether some value of an ascending array lies strictly between `from` and `to`.
function anyBetween(sorted: Int32Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

// Every occurrence of the rare phrase that does not overlap a use of the term itself.
function report(text: string, index: TermIndex, stats: TermStats, t: Term, seen: Occurrences, out: Proposals): void {
  const termStarts = seen.of(t);
  const all = spansOf(stats);
  const starts = index.words.start;
  for (const range of all) {
    const first = wordAt(index, range.start);
    // A use of the term starting at one of the words before, up to the term's length, overlaps this one.
    let overlaps = false;
    for (let w = Math.max(0, first - t.words.length + 1); w <= first && !overlaps; w++) overlaps = termStarts.set.has(starts[w]);
    if (overlaps || anyBetween(termStarts.sorted, range.start, range.end)) continue;
    out.push({
      range,
      text: text.slice(range.start, range.end),
      kind: 'sound',
      term: t.spelling,
      termCount: t.count,
      fromGlossary: t.glossary,
      termRange: seen.firstUse(t),
      all,
      rank: t.glossary ? 0 : 2,
    });
  }
}

// Whether the differing parts of a phrase and a term may sound alike: same first letter, similar length. Then
// their skeletons decide.
function mayBeAlike(rest: string, termRest: string): boolean {
  if (!rest || !termRest || rest === termRest || rest[0] !== termRest[0]) return false;
  return Math.max(rest.length, termRest.length) / Math.min(rest.length, termRest.length) <= 1.6;
}
