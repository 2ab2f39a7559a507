// Fuzzy lookup in a translation memory: the units whose original is most like a sentence, with a percentage and
// what differs. Candidates come from an index of words (of ideographs and kana, characters), so a lookup reads the
// units that share something with the sentence, not the whole memory; they are then scored by edit distance over
// those tokens, as CAT tools score fuzzy matches.
import { diffChars, diffWordsWithSpace } from 'diff';

/** A sentence and its translation, and where the pair comes from (a TMX file, an aligned document). */
export interface MemoryUnit {
  readonly source: string;
  readonly target: string;
  readonly origin: string;
}

/** A piece of a match's original: the same as the sentence looked up, or only in one of them. */
export interface DiffPart {
  readonly text: string;
  /** `same`; `match`: only in the memory's original; `query`: only in the sentence looked up. */
  readonly kind: 'same' | 'match' | 'query';
}

/** A unit like the sentence looked up: how alike (0–100) and how they differ. */
export interface MemoryMatch {
  readonly unit: MemoryUnit;
  readonly score: number;
  readonly diff: readonly DiffPart[];
}

// Sentences are compared by at most this many tokens: a memory of pasted paragraphs stays quick.
const MAX_TOKENS = 200;
// Candidates scored by edit distance, the most-overlapping first.
const CANDIDATES = 40;
// A token in more units than this says nothing about which unit is alike ("the", "的").
const COMMON = 0.2;

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

function tokens(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).slice(0, MAX_TOKENS);
}

/** Units indexed by their original's tokens. */
export class TranslationMemory {
  private readonly units: MemoryUnit[] = [];
  private readonly unitTokens: string[][] = [];
  private readonly index = new Map<string, number[]>();

  constructor(units: Iterable<MemoryUnit> = []) {
    for (const u of units) this.add(u);
  }

  /** How many units the memory holds. */
  get size(): number {
    return this.units.length;
  }

  add(unit: MemoryUnit): void {
    const id = this.units.length;
    const toks = tokens(unit.source);
    if (!toks.length || !unit.target.trim()) return;
    this.units.push(unit);
    this.unitTokens.push(toks);
    for (const t of new Set(toks)) (this.index.get(t) ?? this.index.set(t, []).get(t)!).push(id);
  }

  /** The best units for `sentence`, best first, at least `minScore` alike; `skip` leaves units out (the sentence's own pair). */
  matches(sentence: string, limit = 3, minScore = 50, skip?: (u: MemoryUnit) => boolean): MemoryMatch[] {
    const query = tokens(sentence);
    if (!query.length) return [];
    const overlap = new Map<number, number>();
    const common = Math.max(10, this.units.length * COMMON);
    for (const t of new Set(query)) {
      const ids = this.index.get(t);
      if (!ids || ids.length > common) continue;
      for (const id of ids) overlap.set(id, (overlap.get(id) ?? 0) + 1);
    }
    const candidates = [...overlap]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES)
      .filter(([id]) => !skip?.(this.units[id]));
    const scored = candidates
      .map(([id]) => ({ id, score: similarity(query, this.unitTokens[id]) }))
      .filter((c) => c.score >= minScore)
      .sort((a, b) => b.score - a.score || a.id - b.id);
    const seen = new Set<string>();
    const out: MemoryMatch[] = [];
    for (const c of scored) {
      const unit = this.units[c.id];
      const key = `${unit.source}\u0000${unit.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ unit, score: c.score, diff: differences(unit.source, sentence) });
      if (out.length >= limit) break;
    }
    return out;
  }
}

// 100 × (1 − token edit distance / the longer length), rounded down: 100 only for the same tokens.
function similarity(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  const m = b.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return Math.floor(100 * (1 - prev[m] / Math.max(n, m)));
}

// What the memory's original has that the sentence has not, and the other way: by words, or by characters in
// text written without spaces.
function differences(match: string, query: string): DiffPart[] {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(query);
  const parts = cjk ? diffChars(match, query) : diffWordsWithSpace(match, query);
  return parts.map((p) => ({ text: p.value, kind: p.added ? 'query' : p.removed ? 'match' : 'same' }));
}
