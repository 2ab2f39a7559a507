import { soundSimilarity } from './soundSkeleton';
import { wordAt, type TermIndex, type TermStats } from '../../terms/termIndex';
import { RARE } from '../shared/termVariant';
import { firstOf, spansOf, type Candidate, type Term } from './nearMissTerms';

/** Phrases that share their first or last word with a multi-word term and sound like the rest ("Clown Native Days"). */
export function phrases(text: string, index: TermIndex, terms: Map<string, Term>, out: Candidate[]): void {
  const byFirst = new Map<string, Term[]>();
  const byLast = new Map<string, Term[]>();
  let glossary = false;
  for (const t of terms.values()) {
    if (t.words.length < 2) continue;
    glossary ||= t.glossary;
    const f = t.words[0];
    const l = t.words[t.words.length - 1];
    (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push(t);
    (byLast.get(l) ?? byLast.set(l, []).get(l)!).push(t);
  }
  if (byFirst.size === 0) return;
  // The candidates are the counted phrases themselves: only rare ones, unless a glossary term may claim any.
  for (const stats of index.terms.values()) {
    if ((stats.count > RARE && !glossary) || terms.get(stats.key)?.glossary) continue;
    const from = wordAt(index, stats.spans[0]);
    if (from < 0) continue;
    let to = from;
    while (to + 1 < index.words.length && index.words.end[to + 1] <= stats.spans[1]) to++;
    if (to === from) continue;
    const keys = index.words.key.slice(from, to + 1);
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
