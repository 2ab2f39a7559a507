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

/**
 * The sentence-like spans paired, as arrays of their starts and ends: a document of a million one-line turns has a
 * million, and as objects each was one more to make and keep.
 */
export interface Spans {
  readonly length: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
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
export function sentencePairer(folded: string, spans: Spans, minWeight: number): (j: number, wanted: boolean) => number {
  const { start, end } = spans;
  const text = (i: number) => folded.slice(start[i], end[i]);
  const cls = textClasses(folded, spans);
  const copies = new Int32Array(spans.length);
  for (let j = 0; j < spans.length; j++) copies[cls[j]]++;
  const first = new Int32Array(spans.length).fill(-1);
  // Weight of each class's text, measured once (NaN: not yet).
  const weights = new Float64Array(spans.length).fill(NaN);
  const buckets = new SketchBuckets();
  const sketch = new Uint32Array(3);
  const candidates: number[] = [];
  return (j, wanted) => {
    const c = cls[j];
    if (copies[c] >= FORMULA_COPIES) return -1;
    let weight = weights[c];
    if (Number.isNaN(weight)) weight = weights[c] = foldedWeight(folded, start[j], end[j]);
    if (weight < minWeight) return -1;
    const earlier = first[c];
    if (earlier >= 0) return wanted ? earlier : -1;
    first[c] = j;
    if (!wanted) return -1;
    const values = sketchOf(folded, start[j], end[j], weight, sketch);
    // At most three buckets of BUCKET_CAP sentences: a plain array is cheaper than a Set.
    candidates.length = 0;
    for (let v = 0; v < values; v++) buckets.collect(sketch[v], candidates);
    candidates.sort((x, y) => x - y);
    if (candidates.length > MAX_VERIFY) candidates.length = MAX_VERIFY;
    for (let v = 0; v < values; v++) buckets.add(sketch[v], j);
    if (candidates.length === 0) return -1;
    const key = text(j);
    return candidates.find((i) => near(text(i), key)) ?? -1;
  };
}

/**
 * Numbers by 32-bit key: an open-addressed table of typed arrays, at most half full, doubled as keys come (a document
 * of a hundred thousand sentences has hundreds of thousands of keys; as a map, each entry was objects of its own, and
 * sized for every sentence up front, a document of a few texts repeated paid for a million slots).
 */
class NumberTable {
  private keys = new Int32Array(64);
  /** 0 marks a free slot: a value is never 0. */
  private values = new Int32Array(64);
  private used = 0;

  /** The value of `key`, 0 when it has none. */
  get(key: number): number {
    return this.values[this.find(key)];
  }

  /** Sets the value of `key` (not 0). */
  set(key: number, value: number): void {
    let slot = this.find(key);
    if (this.values[slot] === 0) {
      if (2 * (this.used + 1) > this.keys.length) {
        this.grow();
        slot = this.find(key);
      }
      this.used++;
      this.keys[slot] = key;
    }
    this.values[slot] = value;
  }

  // The slot holding `key`, or the free one where it would go (linear probing).
  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = slotOf(key, mask);
    while (this.values[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.values = new Int32Array(2 * keys.length);
    for (let old = 0; old < keys.length; old++) {
      if (values[old] === 0) continue;
      const slot = this.find(keys[old]);
      this.keys[slot] = keys[old];
      this.values[slot] = values[old];
    }
  }
}

/**
 * Sentences by sketch value, up to BUCKET_CAP each; a bucket offered one more is full, and no sentence's candidate
 * again (common text). Each bucket is a number, its size and its last sentence's entry in a pool that chains the
 * sentences of a bucket: a map of lists was a heap of objects.
 */
class SketchBuckets {
  // Per sketch value: (entry + 1) * 16 + size, size FULL once full.
  private readonly buckets = new NumberTable();
  private pool = new Int32Array(2048); // sentence, previous entry of the same bucket (-1: none)
  private pooled = 0;

  /** Adds the sentences of bucket `value` to `out`, each once. */
  collect(value: number, out: number[]): void {
    const bucket = this.buckets.get(value | 0);
    if (bucket === 0 || (bucket & 15) === FULL) return;
    for (let e = (bucket >> 4) - 1; e >= 0; e = this.pool[2 * e + 1]) if (!out.includes(this.pool[2 * e])) out.push(this.pool[2 * e]);
  }

  add(value: number, sentence: number): void {
    const bucket = this.buckets.get(value | 0);
    const size = bucket & 15;
    if (size === FULL) return;
    if (size >= BUCKET_CAP) {
      this.buckets.set(value | 0, FULL);
      return;
    }
    if (2 * this.pooled + 2 > this.pool.length) {
      const pool = new Int32Array(2 * this.pool.length);
      pool.set(this.pool);
      this.pool = pool;
    }
    this.pool[2 * this.pooled] = sentence;
    this.pool[2 * this.pooled + 1] = (bucket >> 4) - 1;
    this.buckets.set(value | 0, (this.pooled++ + 1) * 16 + size + 1);
  }
}
// The size of a full bucket, above BUCKET_CAP.
const FULL = 15;

/**
 * Each span's class: the first span with the same folded text. Spans are grouped by a hash of their text and compared
 * only within a group; slicing every sentence into a Map key cost more. A hash is kept in a table of typed arrays (a
 * document of a hundred thousand sentences has as many); a hash shared by different texts goes to a map.
 */
function textClasses(folded: string, spans: Spans): Int32Array {
  const { start, end } = spans;
  const text = (i: number) => folded.slice(start[i], end[i]);
  const cls = new Int32Array(spans.length);
  // The first span of each hash, plus one, or -1 once the hash is in `shared`.
  const firsts = new NumberTable();
  // A group of many different texts (sentences that differ only in the middle: "Item 1 of the list." …) is
  // keyed by its texts instead: scanning it for every new span was quadratic.
  const shared = new Map<number, number[] | Map<string, number>>();
  for (let j = 0; j < spans.length; j++) {
    const h = hashSpan(folded, start[j], end[j]);
    const firstOfHash = firsts.get(h);
    let c = j;
    if (firstOfHash === 0) firsts.set(h, j + 1);
    else if (firstOfHash > 0) {
      const g = firstOfHash - 1;
      if (sameText(folded, spans, g, j)) c = g;
      else {
        shared.set(h, [g, j]);
        firsts.set(h, -1);
      }
    } else {
      const g = shared.get(h)!;
      if (Array.isArray(g)) {
        const k = g.find((i) => sameText(folded, spans, i, j));
        if (k !== undefined) c = k;
        else if (g.length < GROUP_SCAN) g.push(j);
        else shared.set(h, new Map([...g, j].map((i) => [text(i), i])));
      } else {
        const key = text(j);
        const k = g.get(key);
        if (k === undefined) g.set(key, j);
        else c = k;
      }
    }
    cls[j] = c;
  }
  return cls;
}

// The slot of a 32-bit value in an open-addressed table of `mask + 1` slots: the value scrambled, high bits folded in.
function slotOf(value: number, mask: number): number {
  const x = Math.imul(value, 0x9e3779b1);
  return (x ^ (x >>> 16)) & mask;
}

// FNV-1a over a span's length and its first and last EDGE code units: equal text, equal hash. Texts that
// differ only in the middle collide, and are told apart by sameText; hashing every unit cost more.
const EDGE = 12;
// How many different texts of one hash are compared one by one before the group is keyed by text.
const GROUP_SCAN = 16;

function hashSpan(folded: string, start: number, end: number): number {
  let h = 0x811c9dc5 ^ (end - start);
  const head = Math.min(end, start + EDGE);
  for (let i = start; i < head; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, end - EDGE); i < end; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return h;
}

// Comparing two substrings is a native memory compare, several times faster than a loop over code units.
function sameText(folded: string, { start, end }: Spans, a: number, b: number): boolean {
  return end[a] - start[a] === end[b] - start[b] && folded.substring(start[a], end[a]) === folded.substring(start[b], end[b]);
}

function near(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  return shorter >= longer * NEAR && similarity(a, b) >= NEAR;
}

// The three smallest hashes of the span's q-grams (two characters for ideographs, five for alphabets),
// computed with a rolling polynomial hash and a multiplicative scramble so "smallest" is a random pick. Written
// smallest first into `out` (one array for every sentence); returns how many there are (fewer for short spans).
function sketchOf(folded: string, start: number, end: number, weight: number, out: Uint32Array): number {
  const q = weight > 1.5 * (end - start) ? 2 : 5;
  const BASE = 0x01000193;
  let drop = 1; // BASE^(q-1), to take the leaving character out of the rolling hash
  for (let k = 1; k < q; k++) drop = Math.imul(drop, BASE);
  let a = 0xffffffff;
  let b = 0xffffffff;
  let c = 0xffffffff;
  let h = 0;
  for (let i = start; i < end; i++) {
    if (i - start >= q) h = (h - Math.imul(folded.charCodeAt(i - q), drop)) | 0;
    h = (Math.imul(h, BASE) + folded.charCodeAt(i)) | 0;
    if (i - start < q - 1) continue;
    let x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    x = (x ^ (x >>> 12)) >>> 0;
    if (x >= c || x === a || x === b) continue;
    c = x;
    if (c < b) [b, c] = [c, b];
    if (b < a) [a, b] = [b, a];
  }
  // Unset values stay at the top: a short span has fewer than three.
  [out[0], out[1], out[2]] = [a, b, c];
  return c !== 0xffffffff ? 3 : b !== 0xffffffff ? 2 : a !== 0xffffffff ? 1 : 0;
}

/**
 * Pairs of folded passages occurring twice: each paired sentence grown outward over neighbouring text that
 * still agrees; a later copy already inside a found passage starts no new one.
 */
export function findRepeatedPassages(folded: string, spans: Spans, minWeight: number): PassagePair[] {
  const pair = sentencePairer(folded, spans, minWeight);
  const out: PassagePair[] = [];
  let covered = 0;
  for (let j = 0; j < spans.length; j++) {
    const laterStart = spans.start[j];
    const laterEnd = spans.end[j];
    const i = pair(j, laterStart >= covered);
    if (i < 0) continue;
    const earlierStart = spans.start[i];
    const earlierEnd = spans.end[i];
    if (earlierEnd > laterStart) continue;
    const [aStart, bStart] = grow(folded, earlierStart, laterStart, -1, 0, Math.max(earlierEnd, covered));
    const [aEnd, bEnd] = grow(folded, earlierEnd, laterEnd, 1, bStart, folded.length);
    out.push({ earlier: { start: aStart, end: aEnd }, later: { start: bStart, end: bEnd } });
    covered = bEnd;
  }
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
  // Where agreement last held, as two numbers: a pair made at every step of a walk over megabytes was most of the
  // check's allocation.
  let goodA = a;
  let goodB = b;
  let run = 0;
  let errors = 0;
  let walked = 0;
  while (inA(a) && inB(b)) {
    if (at(a) === at(b)) {
      a += dir;
      b += dir;
      walked++;
      if (++run >= RESYNC) {
        goodA = a;
        goodB = b;
      }
      continue;
    }
    let shiftA = -1;
    let shiftB = -1;
    for (let total = 1; total <= 2 * MAX_SKIP && shiftA < 0; total++) {
      for (let da = Math.max(0, total - MAX_SKIP); da <= Math.min(total, MAX_SKIP) && shiftA < 0; da++) {
        if (agree(step(a, da), step(b, total - da))) {
          shiftA = da;
          shiftB = total - da;
        }
      }
    }
    if (shiftA < 0 || ++errors > 1 + walked / 12) break;
    a = step(a, shiftA);
    b = step(b, shiftB);
    run = 0;
  }
  return [goodA, goodB];
}
