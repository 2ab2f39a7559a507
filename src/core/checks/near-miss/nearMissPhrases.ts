import { soundSimilarity } from './soundSkeleton';
import { firstWordRange, foldedKeys, wordAt, type TermIndex, type TermStats } from '../../terms/termIndex';
import { RARE } from '../shared/termVariant';
import { firstOf, spansOf, type Candidate, type NearMissTerms, type Term } from './nearMissTerms';

/** Phrases that share their first or last word with a multi-word term and sound like the rest ("Clown Native Days"). */
export function phrases(text: string, index: TermIndex, terms: NearMissTerms, out: Candidate[]): void {
  const glossary = [...terms.glossary.values()].some((t) => t.words.length >= 2);
  // The candidates are the counted phrases themselves: only rare ones, unless a glossary term may claim any.
  const candidates: [TermStats, string[]][] = [];
  for (const stats of index.terms.values()) {
    if ((stats.count > RARE && !glossary) || terms.glossary.has(stats.key)) continue;
    const [from, to] = firstWordRange(index, stats);
    if (from >= 0 && to > from) candidates.push([stats, Array.from(index.words.id.subarray(from, to + 1), (k) => index.words.keys[k])]);
  }
  if (!candidates.length) return;
  // Multi-word terms by first and by last word. Only those that may share a word with a candidate are made: a
  // term spelled one way has the words of its first occurrence, read off the index before it is made.
  const firsts = new Set(candidates.map(([, keys]) => keys[0]));
  const lasts = new Set(candidates.map(([, keys]) => keys[keys.length - 1]));
  const folded = foldedKeys(index);
  const mayAnchor = (s: TermStats) => {
    if (!s.uniform) return true;
    const [from, to] = firstWordRange(index, s);
    return to > from && (firsts.has(folded[index.words.id[from]]) || lasts.has(folded[index.words.id[to]]));
  };
  const { byFirst, byLast } = byFirstAndLast(terms.some(mayAnchor, () => true));
  for (const [stats, keys] of candidates) {
    for (const [anchored, rest, termRest] of [
      [byFirst.get(keys[0]), keys.slice(1), (t: Term) => t.words.slice(1)],
      [byLast.get(keys[keys.length - 1]), keys.slice(0, -1), (t: Term) => t.words.slice(0, -1)],
    ] as const) {
      for (const t of anchored ?? []) {
        if (t.key === stats.key || (!t.glossary && (stats.count > RARE || t.count < 2 * stats.count))) continue;
        if (!soundsLike(rest.join(''), termRest(t).join(''))) continue;
        report(text, index, stats, t, out);
      }
    }
  }
}

function byFirstAndLast(terms: readonly Term[]): { byFirst: Map<string, Term[]>; byLast: Map<string, Term[]> } {
  const byFirst = new Map<string, Term[]>();
  const byLast = new Map<string, Term[]>();
  for (const t of terms) {
    if (t.words.length < 2) continue;
    const f = t.words[0];
    const l = t.words[t.words.length - 1];
    (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push(t);
    (byLast.get(l) ?? byLast.set(l, []).get(l)!).push(t);
  }
  return { byFirst, byLast };
}

// Every occurrence of the rare phrase that does not overlap a use of the term itself.
function report(text: string, index: TermIndex, stats: TermStats, t: Term, out: Candidate[]): void {
  const termStarts = new Set(t.stats ? spansOf(t.stats).map((r) => r.start) : []);
  const all = spansOf(stats);
  for (const range of all) {
    const first = wordAt(index, range.start);
    const before = index.words.start.slice(Math.max(0, first - t.words.length + 1), first + 1);
    if (before.some((s) => termStarts.has(s)) || [...termStarts].some((s) => s > range.start && s < range.end)) continue;
    out.push({
      range,
      text: text.slice(range.start, range.end),
      kind: 'sound',
      term: t.spelling,
      termCount: t.count,
      fromGlossary: t.glossary,
      termRange: firstOf(t.stats, t.spelling, text),
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
