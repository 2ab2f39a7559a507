import { soundSimilarity } from './soundSkeleton';
import { firstWordRange, foldedKeys, wordAt, type TermIndex, type TermStats } from '../../terms/termIndex';
import { RARE } from '../shared/termVariant';
import { firstUses, spansOf, type Candidate, type NearMissTerms, type Term } from './nearMissTerms';
import { TermGroups } from './nearMissNeighbours';
import type { TextRange } from '../../text/offsets';

/** Phrases that share their first or last word with a multi-word term and sound like the rest ("Clown Native Days"). */
export function phrases(text: string, index: TermIndex, terms: NearMissTerms, out: Candidate[]): void {
  const glossary = terms.listed.phrases;
  // The candidates are the counted phrases themselves: only rare ones, unless a glossary term may claim any; each
  // with the first and last word (indices into the index's words) of its first occurrence.
  const candidates: [TermStats, number, number][] = [];
  for (const stats of index.terms.values()) {
    if ((stats.count > RARE && !glossary) || terms.isGlossary(stats.key)) continue;
    const [from, to] = firstWordRange(index, stats);
    if (from >= 0 && to > from) candidates.push([stats, from, to]);
  }
  if (!candidates.length) return;
  const wordKey = (w: number) => index.words.keys[index.words.id[w]];
  // Multi-word terms by first and by last word. Only those that may share a word with a candidate are made: a
  // term spelled one way has the words of its first occurrence, read off the index before it is made.
  const firsts = new Set(candidates.map(([, from]) => wordKey(from)));
  const lasts = new Set(candidates.map(([, , to]) => wordKey(to)));
  const folded = foldedKeys(index);
  const mayAnchor = (s: TermStats) => {
    if (!s.uniform) return true;
    const [from, to] = firstWordRange(index, s);
    return to > from && (firsts.has(folded[index.words.id[from]]) || lasts.has(folded[index.words.id[to]]));
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
  const sides = [
    { groups: byFirst, first: true, rest: (words: readonly string[]) => words.slice(1).join('') },
    { groups: byLast, first: false, rest: (words: readonly string[]) => words.slice(0, -1).join('') },
  ];
  for (const [stats, from, to] of candidates) {
    const rare = stats.count <= RARE;
    let keys: string[] | undefined;
    for (const { groups, first, rest } of sides) {
      const word = wordKey(first ? from : to);
      if (!groups.has(word)) continue;
      keys ??= Array.from(index.words.id.subarray(from, to + 1), (k) => index.words.keys[k]);
      const differing = rest(keys);
      groups.near([word], stats.count, rare, (t) => {
        if (t.key === stats.key || (!t.glossary && (!rare || t.count < 2 * stats.count))) return;
        if (soundsLike(differing, rest(t.words))) report(text, index, stats, t, seen, out);
      });
    }
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
function report(text: string, index: TermIndex, stats: TermStats, t: Term, seen: Occurrences, out: Candidate[]): void {
  const termStarts = seen.of(t);
  const all = spansOf(stats);
  for (const range of all) {
    const first = wordAt(index, range.start);
    const before = index.words.start.slice(Math.max(0, first - t.words.length + 1), first + 1);
    if (before.some((s) => termStarts.set.has(s)) || anyBetween(termStarts.sorted, range.start, range.end)) continue;
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

// The differing parts of a phrase and a term: same first letter, similar length, similar sound.
function soundsLike(rest: string, termRest: string): boolean {
  if (!rest || !termRest || rest === termRest || rest[0] !== termRest[0]) return false;
  const ratio = Math.max(rest.length, termRest.length) / Math.min(rest.length, termRest.length);
  return ratio <= 1.6 && soundSimilarity(rest, termRest) >= 0.6;
}
