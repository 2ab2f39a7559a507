import { CAPITAL, IN_CJK, INITIAL, JOINED, latinWords, MARKED, type LatinWords } from './latinWords';
import type { Transcript } from '../document/model';
import { perTranscript } from '../document/perTranscript';
import type { TextRange } from '../text/offsets';

/** How one folded phrase (1–3 words) is used in the document. */
export interface TermStats {
  /** The phrase lower-cased with spaces, hyphens and apostrophes removed: "Graph QL", "GraphQL" and "graphql" share it. */
  readonly key: string;
  count: number;
  /** Start and end offsets of every occurrence, flattened. */
  readonly spans: number[];
  /** The first occurrence as written. */
  readonly first: string;
  /** Every occurrence is written like the first. */
  uniform: boolean;
  /** Occurrences whose first word is marked, capitalised away from a sentence start, or in CJK text: spelled as a name. */
  named: number;
  /** Occurrences whose first word is neither capitalised nor marked. */
  lower: number;
  /** Each spelling with its count, filled on first use by `surfaces`. */
  spellings?: Map<string, number>;
}

/** Latin words and phrases of a document, counted; built once per parse. */
export interface TermIndex {
  readonly words: LatinWords;
  /**
   * Single words (lower-case ones of four letters or more, so that "the" and "of" cost nothing), and the 2–3-word
   * phrases whose first and last words are capitalised or marked (any words, in CJK text).
   */
  readonly terms: ReadonlyMap<string, TermStats>;
  /** The document is Chinese, Japanese or Korean: every Latin word in it is a foreign word. */
  readonly cjk: boolean;
}

const MAX_WORDS = 3;
/** The Latin term statistics of a transcript, computed on first use and shared by the checks. */
export const termIndex: (t: Transcript) => TermIndex = perTranscript(buildIndex);

/** The index of the word that starts at `offset`, or -1 (binary search). */
export function wordAt(index: TermIndex, offset: number): number {
  const starts = index.words.start;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else if (starts[mid] > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Each spelling of a phrase with its count, in order of first use. */
export function surfaces(stats: TermStats, text: string): ReadonlyMap<string, number> {
  if (!stats.spellings) {
    stats.spellings = new Map([[stats.first, stats.uniform ? stats.count : 0]]);
    if (!stats.uniform) {
      for (let i = 0; i < stats.spans.length; i += 2) {
        const s = text.slice(stats.spans[i], stats.spans[i + 1]);
        stats.spellings.set(s, (stats.spellings.get(s) ?? 0) + 1);
      }
    }
  }
  return stats.spellings;
}

/** The most frequent spelling of a phrase (the earliest on ties). */
export function dominantSurface(stats: TermStats, text: string): string {
  if (stats.uniform) return stats.first;
  let best = '';
  let n = 0;
  for (const [s, c] of surfaces(stats, text)) if (c > n) [best, n] = [s, c];
  return best;
}

function buildIndex(t: Transcript): TermIndex {
  const text = t.text;
  const words = latinWords(t);
  const terms = new Map<string, TermStats>();
  const cjk = t.language.script === 'Han' || t.language.script === 'Hangul' || t.language.script === 'Kana';
  const { start, end, key, flags } = words;
  const [capital, initial, joined] = [CAPITAL, INITIAL, JOINED];
  const edgeBits = CAPITAL | MARKED | IN_CJK;
  const nameBits = MARKED | IN_CJK;
  const edge = (i: number) => cjk || (flags[i] & edgeBits) !== 0;
  for (let i = 0; i < words.length; i++) {
    const isEdge = edge(i);
    const f = flags[i];
    // A word is spelled as a name when marked, capitalised mid-sentence, or foreign in CJK text.
    const named = (f & nameBits) !== 0 || (f & (capital | initial)) === capital;
    const lower = !named && (f & capital) === 0;
    // Short lower-case words ("the", "of") are never names nor worth a spelling check: not counted.
    if (isEdge || key[i].length >= 4) add(terms, text, key[i], start[i], end[i], named, lower);
    if (!isEdge) continue;
    let phrase = key[i];
    for (let n = 1; n < MAX_WORDS && i + n < words.length && flags[i + n] & joined; n++) {
      phrase = joinKeys(phrase, key[i + n]);
      if (edge(i + n)) add(terms, text, phrase, start[i], end[i + n], named, lower);
    }
  }
  return { words, terms, cjk };
}

// Phrase keys by the pair of keys they join. Most phrases recur, and the same string object for each
// keeps its hash: a fresh concatenation would be flattened and hashed again at every lookup.
const phraseKeys = new Map<string, Map<string, string>>();

function joinKeys(a: string, b: string): string {
  let byB = phraseKeys.get(a);
  if (!byB) phraseKeys.set(a, (byB = new Map()));
  let ab = byB.get(b);
  if (ab === undefined) {
    if (phraseKeys.size > 50_000) phraseKeys.clear();
    byB.set(b, (ab = a + b));
  }
  return ab;
}

function add(terms: Map<string, TermStats>, text: string, key: string, start: number, end: number, named: boolean, lower: boolean): void {
  let s = terms.get(key);
  if (!s) terms.set(key, (s = { key, count: 0, spans: [], first: text.slice(start, end), uniform: true, named: 0, lower: 0 }));
  else if (s.uniform && !writtenAs(text, start, end, s.first)) s.uniform = false;
  s.count++;
  s.spans.push(start, end);
  if (named) s.named++;
  else if (lower) s.lower++;
}

// Whether the text from `start` to `end` reads `first`: a loop over char codes, cheaper than `startsWith` here.
function writtenAs(text: string, start: number, end: number, first: string): boolean {
  if (end - start !== first.length) return false;
  for (let k = 0; k < first.length; k++) if (text.charCodeAt(start + k) !== first.charCodeAt(k)) return false;
  return true;
}

/** A phrase is used as a name when it is spelled like one most times (or is a foreign word in CJK text). */
export function usedAsName(index: TermIndex, s: TermStats): boolean {
  return index.cjk || (s.named >= 2 && s.named >= 3 * s.lower);
}

/** Whether two spellings differ only in capitals (and the width of the spaces between words). */
export function caseOnly(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether writing `variant` for `canon` (same letters, other capitals) is worth a finding: capitals matter
 * in a name spelled with them (GraphQL, SQLite, H2O) and in a name written in lower case (redis); a capitalised
 * common word ("Microservice" among "microservice") is harmless.
 */
export function caseMatters(canon: string, variant: string): boolean {
  return /[a-z][A-Z]|[A-Z]{2}|\d/.test(canon) || (canon[0] !== canon[0].toLowerCase() && variant === variant.toLowerCase());
}

/** The occurrences of a case variant that are slips: not a capital forced by a sentence start, not a typed command. */
export function caseVariantSpans(index: TermIndex, text: string, stats: TermStats, variant: string, canon: string): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < stats.spans.length; i += 2) {
    const start = stats.spans[i];
    const end = stats.spans[i + 1];
    if (text.slice(start, end) !== variant) continue;
    const w = wordAt(index, start);
    if (w >= 0 && index.words.flags[w] & INITIAL && variant.slice(1) === canon.slice(1)) continue;
    // A lower-case tool name followed by a lower-case word is a command ("npm install"), spelled as typed.
    if (variant === variant.toLowerCase() && /^[ \t]+[a-z]/.test(text.slice(end, end + 2))) continue;
    out.push({ start, end });
  }
  return out;
}
