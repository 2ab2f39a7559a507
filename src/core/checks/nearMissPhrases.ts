import { soundSimilarity } from '../soundSkeleton';
import { JOINED, type LatinWords } from '../latinWords';
import type { TermIndex } from '../termIndex';
import { firstOf, RARE, spansOf, type Candidate, type Term } from './nearMissTerms';

/** Phrases that share their first or last word with a multi-word term and sound like the rest ("Dead of Days"). */
export function phrases(text: string, index: TermIndex, terms: Map<string, Term>, out: Candidate[]): void {
  const byFirst = new Map<string, Term[]>();
  const byLast = new Map<string, Term[]>();
  for (const t of terms.values()) {
    if (t.words.length < 2) continue;
    const f = t.words[0];
    const l = t.words[t.words.length - 1];
    (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push(t);
    (byLast.get(l) ?? byLast.set(l, []).get(l)!).push(t);
  }
  if (byFirst.size === 0) return;
  const words = index.words;
  const seen = new Map<string, boolean>();
  const starts = new Map<Term, Set<number>>();
  for (let i = 0; i < words.length; i++) {
    for (const anchorFirst of [true, false]) {
      for (const t of (anchorFirst ? byFirst : byLast).get(words.key[i]) ?? []) {
        for (let n = 2; n <= 3; n++) {
          const from = anchorFirst ? i : i - n + 1;
          const to = anchorFirst ? i + n - 1 : i;
          if (from < 0 || to >= words.length || !chained(words, from, to)) continue;
          const key = words.key.slice(from, to + 1).join('');
          const stats = index.terms.get(key);
          if (!stats || key === t.key) continue;
          if (!t.glossary && (stats.count > RARE || t.count < 2 * stats.count)) continue;
          const memo = key + '\u0000' + t.key;
          if (!seen.has(memo)) {
            const rest = (anchorFirst ? words.key.slice(from + 1, to + 1) : words.key.slice(from, to)).join('');
            const termRest = (anchorFirst ? t.words.slice(1) : t.words.slice(0, -1)).join('');
            seen.set(memo, soundsLike(rest, termRest));
          }
          if (!seen.get(memo)) continue;
          let tStarts = starts.get(t);
          if (!tStarts) starts.set(t, (tStarts = new Set(t.stats ? spansOf(t.stats).map((r) => r.start) : [])));
          if (words.start.slice(Math.max(0, from - t.words.length + 1), to + 1).some((s) => tStarts.has(s))) continue;
          const range = { start: words.start[from], end: words.end[to] };
          out.push({ range, text: text.slice(range.start, range.end), kind: 'sound', term: t.spelling, termCount: t.count, fromGlossary: t.glossary, termRange: firstOf(t.stats, t.spelling, text), all: spansOf(stats), rank: t.glossary ? 0 : 2 });
        }
      }
    }
  }
}

function chained(words: LatinWords, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!(words.flags[k] & JOINED)) return false;
  return true;
}

// The differing parts of a phrase and a term: same first letter, similar length, similar sound.
function soundsLike(rest: string, termRest: string): boolean {
  if (!rest || !termRest || rest === termRest || rest[0] !== termRest[0]) return false;
  const ratio = Math.max(rest.length, termRest.length) / Math.min(rest.length, termRest.length);
  return ratio <= 1.6 && soundSimilarity(rest, termRest) >= 0.6;
}
