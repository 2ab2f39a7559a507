// Which words of a sentence the other side renders, learned from the pair itself: two words that keep meeting in
// the aligned pairs of the documents (Dice's coefficient of their co-occurrence) translate each other, and so do
// cognates (the same number, the same word or name, the same first four letters). Needs no dictionary, so it
// serves any two languages. When a pair of the alignment is judged, its own co-occurrences are left out of the
// counts: a sentence the translation lacks, merged by the aligner into a neighbour's pair, must not vouch for itself.
import type { AlignedPair } from '../../align/align';
import type { PairContext, Side } from '../../engine/types';

// Words (lower-cased), numbers (their digits) and single ideographs, kana or Hangul syllables (a word of Chinese or
// Korean is a run of them that no space sets off). Read by character codes: a Unicode regular expression over
// every sentence of a long pair costs more than the rest of the model.
function* words(text: string): Iterable<string> {
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      let j = i + 1;
      while (j < n && (isDigit(text.charCodeAt(j)) || (isGroup(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))))) j++;
      yield text.slice(i, j).replace(/\D/g, '');
      i = j;
    } else if (isIdeographic(c)) {
      yield text[i++];
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && (isLetter(text.charCodeAt(j)) || (isJoiner(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))))) j++;
      yield text.slice(i, j).toLowerCase();
      i = j;
    } else i++;
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isGroup = (c: number) => c === 0x2c || c === 0x2e || c === 0x27 || c === 0xa0 || c === 0x202f;
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;
const isIdeographic = (c: number) =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
const LETTER = /[\p{L}\p{M}]/u;
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return !isIdeographic(c) && c !== 0x2019 && LETTER.test(String.fromCharCode(c));
}

// Words that meet this often relative to how often each occurs translate each other.
const MIN_DICE = 0.3;
// Cognates share their first letters: inflection changes the end.
const COGNATE_PREFIX = 4;

/** Of some sentences' words, how much weight the other side's sentences render (known: the words that could tell). */
export interface Support {
  readonly known: number;
  readonly rendered: number;
}

interface Model {
  /** Each segment's distinct word ids, by side. */
  readonly source: readonly Int32Array[];
  readonly target: readonly Int32Array[];
  /** In how many pairs of the alignment each word occurs (ids of both sides are distinct). */
  readonly count: Int32Array;
  /** The pairs each word occurs in, in order (only for words in two pairs at least: a word seen once can tell nothing). */
  readonly postings: readonly (Int32Array | undefined)[];
  readonly pairs: number;
  /** Each word's cognate key id (the number, or the word's first letters), or -1. */
  readonly cognate: Int32Array;
}

const models = new WeakMap<PairContext, Model>();

function model(ctx: PairContext): Model {
  let m = models.get(ctx);
  if (!m) models.set(ctx, (m = learn(ctx)));
  return m;
}

function learn(ctx: PairContext): Model {
  const cognateIds = new Map<string, number>();
  const cognates: number[] = [];
  const tokens = (text: string, ids: Map<string, number>): Int32Array => {
    const out = new Set<number>();
    for (const word of words(text)) {
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = cognates.length));
        const key = cognateKey(word);
        let c = key === undefined ? -1 : cognateIds.get(key);
        if (key !== undefined && c === undefined) cognateIds.set(key, (c = cognateIds.size));
        cognates.push(c ?? -1);
      }
      out.add(id);
    }
    return Int32Array.from(out);
  };
  // Each side its own ids: a word written alike on both sides meets its twin through its cognate key.
  const sourceIds = new Map<string, number>();
  const targetIds = new Map<string, number>();
  const source = ctx.source.segments.map((s) => tokens(s.text, sourceIds));
  const target = ctx.target.segments.map((s) => tokens(s.text, targetIds));
  const count = new Int32Array(cognates.length);
  const both = ctx.pairs.filter((p) => p.source.length && p.target.length);
  const inPairs = both.map((p) => [distinct(source, p.source), distinct(target, p.target)]);
  for (const [xs, ys] of inPairs) {
    for (const x of xs) count[x]++;
    for (const y of ys) count[y]++;
  }
  const lists: (number[] | undefined)[] = Array.from(count, (c) => (c >= 2 ? [] : undefined));
  inPairs.forEach(([xs, ys], k) => {
    for (const x of xs) lists[x]?.push(k);
    for (const y of ys) lists[y]?.push(k);
  });
  const postings = lists.map((l) => l && Int32Array.from(l));
  return { source, target, count, postings, pairs: both.length, cognate: Int32Array.from(cognates) };
}

function cognateKey(w: string): string | undefined {
  if (w.charCodeAt(0) <= 0x39) return w;
  if (w.length < COGNATE_PREFIX || isIdeographic(w.charCodeAt(0))) return undefined;
  return w.normalize('NFD').replace(/\p{M}/gu, '').slice(0, COGNATE_PREFIX);
}

function distinct(segments: readonly Int32Array[], indices: readonly number[], out = new Set<number>()): Set<number> {
  for (const i of indices) for (const w of segments[i]) out.add(w);
  return out;
}

/**
 * How much of sentence `i` of `side` the `others` sentences of the other side render, counting without `pair`
 * (the alignment's pair being judged). A word weighs by how rare it is; a word seen in no other pair, with no
 * cognate on the other side, cannot tell and is left out.
 */
export function wordSupport(ctx: PairContext, side: Side, i: number, others: readonly number[], pair?: AlignedPair): Support {
  const m = model(ctx);
  const fromSource = side === 'source';
  const theirs = distinct(fromSource ? m.target : m.source, others);
  const counted = pair !== undefined && pair.source.length > 0 && pair.target.length > 0;
  const inPair = counted ? distinct(m.target, pair.target, distinct(m.source, pair.source)) : new Set<number>();
  const theirCognates = new Set<number>();
  for (const y of theirs) if (m.cognate[y] >= 0) theirCognates.add(m.cognate[y]);
  let known = 0;
  let rendered = 0;
  for (const x of (fromSource ? m.source : m.target)[i]) {
    const seen = m.count[x] - (inPair.has(x) ? 1 : 0);
    const weight = Math.log((m.pairs + 1) / (seen + 1));
    if (m.cognate[x] >= 0 && theirCognates.has(m.cognate[x])) {
      known += weight;
      rendered += weight;
      continue;
    }
    const px = m.postings[x];
    if (!px || seen < 1) continue;
    known += weight;
    for (const y of theirs) {
      const py = m.postings[y];
      if (!py) continue;
      const both = common(px, py) - (inPair.has(x) && inPair.has(y) ? 1 : 0);
      if (both < 1) continue;
      const seenY = m.count[y] - (inPair.has(y) ? 1 : 0);
      if ((2 * both) / (seen + seenY) >= MIN_DICE) {
        rendered += weight;
        break;
      }
    }
  }
  return { known, rendered };
}

// How many entries two sorted lists share.
function common(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}
