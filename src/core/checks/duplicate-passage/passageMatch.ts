// Finding text that occurs twice, on folded text (see ../fold): sentences are paired by exact hash or by a
// small min-hash sketch verified with edit distance, then each pair is grown outward, tolerating small
// edits, so a looped passage is found whole even where the two copies were split into sentences differently.
import { foldedWeight } from '../../text/fold';
import { similarity } from '../../text/similarity';

/** A half-open stretch of folded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A passage that occurs twice: the earlier copy and the later one, in folded coordinates. */
export interface PassagePair {
  readonly earlier: Span;
  readonly later: Span;
}

// Near copies must agree this much (1 − edit distance / length).
const NEAR = 0.9;
// A sentence that many times over is a formula of the document ("Thank you for listening"), not a loop.
const FORMULA_COPIES = 4;
// How many sentences may share a sketch value before it counts as common text, and how many candidates are verified.
const BUCKET_CAP = 8;
const MAX_VERIFY = 4;
// Growing a match: characters that must agree again after an edit, and the largest insertion skipped over.
const RESYNC = 4;
const MAX_SKIP = 8;

/**
 * A pairing of sentence spans with earlier ones they repeat (identical, or near-identical folded text):
 * call it for each span in order; it answers the earliest earlier span repeated, or -1. With `wanted` false
 * the span is only remembered, cheaply (it lies inside a copy already found). Spans lighter than `minWeight`
 * (see `foldedWeight`) and formulas are never paired.
 */
export function sentencePairer(folded: string, spans: readonly Span[], minWeight: number): (j: number, wanted: boolean) => number {
  // Each span's class: the first span with the same folded text. Spans are grouped by a hash of their
  // text and compared only within a group; slicing every sentence into a Map key cost more.
  const text = (i: number) => folded.slice(spans[i].start, spans[i].end);
  const cls = new Int32Array(spans.length);
  const copies = new Int32Array(spans.length);
  // A group of many different texts (sentences that differ only in the middle: "Item 1 of the list." …) is
  // keyed by its texts instead: scanning it for every new span was quadratic.
  const groups = new Map<number, number | number[] | Map<string, number>>();
  for (let j = 0; j < spans.length; j++) {
    const h = hashSpan(folded, spans[j]);
    const g = groups.get(h);
    let c = j;
    if (g === undefined) groups.set(h, j);
    else if (typeof g === 'number') {
      if (sameText(folded, spans[g], spans[j])) c = g;
      else groups.set(h, [g, j]);
    } else if (Array.isArray(g)) {
      const k = g.find((i) => sameText(folded, spans[i], spans[j]));
      if (k !== undefined) c = k;
      else if (g.length < GROUP_SCAN) g.push(j);
      else groups.set(h, new Map([...g, j].map((i) => [text(i), i])));
    } else {
      const key = text(j);
      const k = g.get(key);
      if (k === undefined) g.set(key, j);
      else c = k;
    }
    cls[j] = c;
    copies[c]++;
  }
  const first = new Int32Array(spans.length).fill(-1);
  // Weight of each class's text, measured once (NaN: not yet).
  const weights = new Float64Array(spans.length).fill(NaN);
  const buckets = new Map<number, number[] | null>();
  return (j, wanted) => {
    const c = cls[j];
    const s = spans[j];
    if (copies[c] >= FORMULA_COPIES) return -1;
    let weight = weights[c];
    if (Number.isNaN(weight)) weight = weights[c] = foldedWeight(folded, s.start, s.end);
    if (weight < minWeight) return -1;
    const earlier = first[c];
    if (earlier >= 0) return wanted ? earlier : -1;
    first[c] = j;
    if (!wanted) return -1;
    const sketch = sketchOf(folded, s, weight);
    // At most three buckets of BUCKET_CAP sentences: a plain array is cheaper than a Set.
    const candidates: number[] = [];
    for (const h of sketch) for (const i of buckets.get(h) ?? []) if (!candidates.includes(i)) candidates.push(i);
    candidates.sort((x, y) => x - y);
    if (candidates.length > MAX_VERIFY) candidates.length = MAX_VERIFY;
    for (const h of sketch) {
      const list = buckets.get(h);
      if (list === null) continue;
      if (!list) buckets.set(h, [j]);
      else if (list.length >= BUCKET_CAP) buckets.set(h, null);
      else list.push(j);
    }
    if (candidates.length === 0) return -1;
    const key = text(j);
    return candidates.find((i) => near(text(i), key)) ?? -1;
  };
}

// FNV-1a over a span's length and its first and last EDGE code units: equal text, equal hash. Texts that
// differ only in the middle collide, and are told apart by sameText; hashing every unit cost more.
const EDGE = 12;
// How many different texts of one hash are compared one by one before the group is keyed by text.
const GROUP_SCAN = 16;

function hashSpan(folded: string, s: Span): number {
  let h = 0x811c9dc5 ^ (s.end - s.start);
  const head = Math.min(s.end, s.start + EDGE);
  for (let i = s.start; i < head; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, s.end - EDGE); i < s.end; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return h;
}

// Comparing two substrings is a native memory compare, several times faster than a loop over code units.
function sameText(folded: string, a: Span, b: Span): boolean {
  return a.end - a.start === b.end - b.start && folded.substring(a.start, a.end) === folded.substring(b.start, b.end);
}

function near(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  return shorter >= longer * NEAR && similarity(a, b) >= NEAR;
}

// The three smallest hashes of the span's q-grams (two characters for ideographs, five for alphabets),
// computed with a rolling polynomial hash and a multiplicative scramble so "smallest" is a random pick.
function sketchOf(folded: string, s: Span, weight: number): number[] {
  const q = weight > 1.5 * (s.end - s.start) ? 2 : 5;
  const BASE = 0x01000193;
  let drop = 1; // BASE^(q-1), to take the leaving character out of the rolling hash
  for (let k = 1; k < q; k++) drop = Math.imul(drop, BASE);
  let a = 0xffffffff;
  let b = 0xffffffff;
  let c = 0xffffffff;
  let h = 0;
  for (let i = s.start; i < s.end; i++) {
    if (i - s.start >= q) h = (h - Math.imul(folded.charCodeAt(i - q), drop)) | 0;
    h = (Math.imul(h, BASE) + folded.charCodeAt(i)) | 0;
    if (i - s.start < q - 1) continue;
    let x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    x = (x ^ (x >>> 12)) >>> 0;
    if (x >= c || x === a || x === b) continue;
    c = x;
    if (c < b) [b, c] = [c, b];
    if (b < a) [a, b] = [b, a];
  }
  return [a, b, c].filter((x) => x !== 0xffffffff);
}

/**
 * Pairs of folded passages occurring twice: each paired sentence grown outward over neighbouring text that
 * still agrees; a later copy already inside a found passage starts no new one.
 */
export function findRepeatedPassages(folded: string, spans: readonly Span[], minWeight: number): PassagePair[] {
  const pair = sentencePairer(folded, spans, minWeight);
  const out: PassagePair[] = [];
  let covered = 0;
  spans.forEach((later, j) => {
    const i = pair(j, later.start >= covered);
    if (i < 0) return;
    const earlier = spans[i];
    if (earlier.end > later.start) return;
    const [aStart, bStart] = grow(folded, earlier.start, later.start, -1, 0, Math.max(earlier.end, covered));
    const [aEnd, bEnd] = grow(folded, earlier.end, later.end, 1, bStart, folded.length);
    out.push({ earlier: { start: aStart, end: aEnd }, later: { start: bStart, end: bEnd } });
    covered = bEnd;
  });
  return out;
}

/**
 * Grows a match between positions `a` and `b` of `f` in direction `dir` (1: `a`, `b` are ends moving right,
 * bounded above by the limits; -1: starts moving left, bounded below), skipping small insertions and
 * substitutions while edits stay under about one in twelve characters; returns where agreement last held.
 */
export function grow(f: string, a: number, b: number, dir: 1 | -1, limitA: number, limitB: number): [number, number] {
  // `n` steps from `k` in direction `dir`. Never `k + dir * n`: -1 * 0 is -0, a double, and a double added to a
  // position keeps it one (a boxed number) through every later step; stored in a `{ start, end }` it turned every
  // range of the process into boxed numbers and threw away all optimised code reading ranges.
  const step = (k: number, n: number) => (dir > 0 ? k + n : k - n);
  const at = (k: number) => f.charCodeAt(dir > 0 ? k : k - 1);
  const inA = (k: number) => (dir > 0 ? k < limitA : k > limitA);
  const inB = (k: number) => (dir > 0 ? k < limitB : k > limitB);
  const agree = (x: number, y: number) => {
    for (let k = 0; k < RESYNC; k++) {
      const px = step(x, k);
      const py = step(y, k);
      if (!inA(px) || !inB(py) || at(px) !== at(py)) return false;
    }
    return true;
  };
  let good: [number, number] = [a, b];
  let run = 0;
  let errors = 0;
  let walked = 0;
  while (inA(a) && inB(b)) {
    if (at(a) === at(b)) {
      a += dir;
      b += dir;
      walked++;
      if (++run >= RESYNC) good = [a, b];
      continue;
    }
    let shift: [number, number] | undefined;
    for (let total = 1; total <= 2 * MAX_SKIP && !shift; total++) {
      for (let da = Math.max(0, total - MAX_SKIP); da <= Math.min(total, MAX_SKIP) && !shift; da++) {
        if (agree(step(a, da), step(b, total - da))) shift = [da, total - da];
      }
    }
    if (!shift || ++errors > 1 + walked / 12) break;
    a = step(a, shift[0]);
    b = step(b, shift[1]);
    run = 0;
  }
  return good;
}
