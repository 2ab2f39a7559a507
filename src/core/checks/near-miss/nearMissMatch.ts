import { distance } from 'fastest-levenshtein';
import { soundSimilarity } from './soundSkeleton';
import {
  caseMatters,
  caseOnly,
  caseVariantSpans,
  surfaces,
  termIndex,
  writtenAs,
  type TermIndex,
  type TermStats,
} from '../../terms/termIndex';
import { phrases } from './nearMissPhrases';
import { RARE } from '../shared/termVariant';
import { firstOf, NearMissTerms, speakerWords, spansOf, type Candidate, type NearMiss, type Term } from './nearMissTerms';
import type { CheckContext } from '../../engine/types';

export { type NearMiss, type NearMissKind } from './nearMissTerms';

/** Finds rare Latin phrases close to a term of the document or the glossary; overlapping matches keep the strongest. */
export function findNearMisses(ctx: CheckContext): NearMiss[] {
  const index = termIndex(ctx.transcript);
  const names = speakerWords(ctx);
  const terms = new NearMissTerms(ctx, index, names);
  const found: Candidate[] = [];
  for (const term of terms.varying()) variants(ctx.text, index, term, found);
  spellings(ctx.text, index, terms, names, found);
  phrases(ctx.text, index, terms, found);
  found.sort((a, b) => a.rank - b.rank || b.range.end - b.range.start - (a.range.end - a.range.start) || a.range.start - b.range.start);
  // Offsets taken by a stronger match: linear in the flagged text, however many candidates there are.
  const taken = found.length ? new Uint8Array(ctx.text.length) : undefined;
  const kept: Candidate[] = [];
  for (const c of found) {
    if (taken!.subarray(c.range.start, c.range.end).includes(1)) continue;
    taken!.fill(1, c.range.start, c.range.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.range.start - b.range.start).map(({ rank: _rank, ...m }) => m);
}

// Case and spacing variants of one folded phrase: "Graphql" or "Graph QL" where the document writes "GraphQL".
function variants(text: string, index: TermIndex, term: Term, out: Candidate[]): void {
  const s = term.stats;
  if (!s) return;
  const canon = term.spelling;
  // A glossary term is compared with its own spelling, even where the document writes the term one way only.
  if (s.uniform && !(term.glossary && s.first !== term.spelling)) return;
  const spellings = surfaces(s, text);
  const canonCount = spellings.get(canon) ?? 0;
  for (const [surface, n] of spellings) {
    if (surface === canon) continue;
    if (!term.glossary && (n > RARE || canonCount < Math.max(2, 2 * n))) continue;
    const sameLetters = caseOnly(surface, canon);
    if (sameLetters && !term.glossary && !caseMatters(canon, surface)) continue;
    const all = sameLetters
      ? caseVariantSpans(index, text, s, surface, canon)
      : spansOf(s).filter((r) => writtenAs(text, r.start, r.end, surface));
    const termRange = firstOf(s, canon, text);
    for (const r of all) {
      out.push({
        range: r,
        text: surface,
        kind: sameLetters ? 'case' : 'spacing',
        term: canon,
        termCount: canonCount,
        fromGlossary: term.glossary,
        termRange,
        all,
        rank: term.glossary ? 0 : 1,
      });
    }
  }
}

// How close two folded words must be: one edit in a short name, two in a long one, or the sound of a long one.
function close(rare: string, term: string, common: boolean): 'spelling' | 'sound' | undefined {
  if (rare[0] !== term[0]) return undefined;
  const longer = Math.max(rare.length, term.length);
  const d = transposed(rare, term) ? 1 : distance(rare, term);
  // A plural of a name, or the singular of a common word, is grammar, not a slip ("Postgre" for "Postgres" is one).
  if (rare === term + 's' || rare === term + 'es' || (common && term === rare + 's')) return undefined;
  if ((longer >= 5 && d <= 1) || (longer >= 8 && d <= 2)) return 'spelling';
  if (longer >= 7 && 1 - d / longer >= 0.6 && soundSimilarity(rare, term) >= 0.75) return 'sound';
  return undefined;
}

// Two letters swapped ("Ansibel") is one slip of the fingers, not two edits.
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

// Single rare words one or two edits, or a similar sound, away from a term: "Terrafrom", "Zabix".
function spellings(text: string, index: TermIndex, terms: NearMissTerms, names: Set<string>, out: Candidate[]): void {
  const glossed = terms.glossary;
  const candidates: TermStats[] = [];
  for (const r of index.terms.values()) {
    if (r.key.length < 4 || names.has(r.key) || glossed.has(r.key)) continue;
    if (r.count <= RARE || glossed.size) candidates.push(r);
  }
  if (!candidates.length) return;
  // Terms by first letter and length: only those of the letters and lengths the candidates look up are made.
  const wanted = new Set(candidates.flatMap((r) => [-2, -1, 0, 1, 2].map((d) => bucket(r.key, r.key.length + d))));
  const inBucket = (key: string) => wanted.has(bucket(key, key.length));
  const buckets = byLetterAndLength(terms.some((s) => inBucket(s.key), inBucket));
  for (const r of candidates) {
    const rareEnough = r.count <= RARE;
    let best: { term: Term; kind: 'spelling' | 'sound'; score: number } | undefined;
    for (let len = r.key.length - 2; len <= r.key.length + 2; len++) {
      for (const t of buckets.get(bucket(r.key, len)) ?? []) {
        if (t.key === r.key || (!t.glossary && (!rareEnough || t.count < 2 * r.count))) continue;
        const kind = close(r.key, t.key, t.spelling === t.spelling.toLowerCase());
        const score = kind ? distance(r.key, t.key) / len - t.count / 1e6 - (t.glossary ? 1 : 0) : Infinity;
        if (kind && (!best || score < best.score)) best = { term: t, kind, score };
      }
    }
    if (!best) continue;
    const { term, kind } = best;
    const all = spansOf(r).filter((x) => !/\s/.test(text.slice(x.start, x.end)));
    for (const x of all) {
      out.push({
        range: x,
        text: text.slice(x.start, x.end),
        kind,
        term: term.spelling,
        termCount: term.count,
        fromGlossary: term.glossary,
        termRange: firstOf(term.stats, term.spelling, text),
        all,
        rank: term.glossary ? 0 : 3,
      });
    }
  }
}

function byLetterAndLength(terms: readonly Term[]): Map<number, Term[]> {
  const buckets = new Map<number, Term[]>();
  for (const t of terms) {
    const b = bucket(t.key, t.key.length);
    (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(t);
  }
  return buckets;
}

// A number for a key's first UTF-16 unit and a length, without building a string per term.
function bucket(key: string, length: number): number {
  return length * 0x10000 + key.charCodeAt(0);
}
