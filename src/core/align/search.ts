// The dynamic programme over beads, restricted to a band around the diagonal that the two sides' lengths
// predict, so time and memory grow with the length of the documents times the band's width, not with their
// product. A path that runs along the band's edge may have been cut off by it: the band then doubles.
import { lengthCost, SHAPES, type AlignParams } from './beads';
import type { Spans } from './spans';

/** One bead of the best path: segment ranges `[start, end)` on each side and the bead's cost. */
export interface Bead {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
  readonly cost: number;
}

const NONE = 255;
// Half the band's width at first: wide enough for the local drift of real documents; a path that needs more
// touches the edge and the band doubles.
const FIRST_BAND = 32;

/** The cheapest sequence of beads covering both sides, in order. */
export function bestPath(src: Spans, tgt: Spans, n: number, m: number, params: AlignParams): Bead[] {
  const centre = diagonal(src, tgt, n, m);
  let ratio = src.totalUnits > 0 && tgt.totalUnits > 0 ? tgt.totalUnits / src.totalUnits : 1;
  let beads = banded(src, tgt, n, m, params, ratio, centre);
  // The two sides' totals mislead about the length ratio where whole passages are missing on one side: the
  // ratio of the sentences paired in a first pass does not, and a second pass uses it.
  const paired = pairedRatio(src, tgt, beads);
  if (paired && Math.abs(paired / ratio - 1) > RATIO_DRIFT) {
    ratio = paired;
    beads = banded(src, tgt, n, m, params, ratio, centre);
  }
  return beads;
}

// A second pass pays when the paired sentences' ratio differs from the totals' by more than this.
const RATIO_DRIFT = 0.05;

function banded(src: Spans, tgt: Spans, n: number, m: number, params: AlignParams, ratio: number, centre: Int32Array): Bead[] {
  const longest = Math.max(n, m);
  for (let band = Math.min(longest, FIRST_BAND); ; band = Math.min(longest, band * 2)) {
    const found = searchBand(src, tgt, n, m, params, ratio, centre, band);
    if (!found.touchesEdge || band >= longest) return found.beads;
  }
}

// Target units per source unit over the beads that pair something with something.
function pairedRatio(src: Spans, tgt: Spans, beads: readonly Bead[]): number | undefined {
  let s = 0;
  let t = 0;
  for (const b of beads) {
    if (b.sourceEnd === b.sourceStart || b.targetEnd === b.targetStart) continue;
    s += src.unitsBefore(b.sourceEnd) - src.unitsBefore(b.sourceStart);
    t += tgt.unitsBefore(b.targetEnd) - tgt.unitsBefore(b.targetStart);
  }
  return s > 0 && t > 0 ? t / s : undefined;
}

// For each source prefix, the target prefix of the same share of the text.
function diagonal(src: Spans, tgt: Spans, n: number, m: number): Int32Array {
  const out = new Int32Array(n + 1);
  const sTotal = src.totalUnits || 1;
  const tTotal = tgt.totalUnits || 1;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const share = src.unitsBefore(i) / sTotal;
    while (j < m && tgt.unitsBefore(j + 1) / tTotal <= share) j++;
    out[i] = j;
  }
  out[n] = m;
  return out;
}

interface BandResult {
  readonly beads: Bead[];
  readonly touchesEdge: boolean;
}

function searchBand(
  src: Spans,
  tgt: Spans,
  n: number,
  m: number,
  p: AlignParams,
  ratio: number,
  centre: Int32Array,
  band: number,
): BandResult {
  const width = 2 * band + 1;
  const lo = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) lo[i] = Math.max(0, Math.min(centre[i] - band, m - width + 1 > 0 ? m - width + 1 : 0));
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(NONE);
  const prior = SHAPES.map(([a, b]) => p.prior[`${a}:${b}`] ?? Infinity);
  const shapeA = SHAPES.map(([a]) => a);
  const shapeB = SHAPES.map(([, b]) => b);
  cost[0 - lo[0]] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i];
    const rowHi = Math.min(m, rowLo + width - 1);
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = NONE;
      for (let s = 0; s < SHAPES.length; s++) {
        const a = shapeA[s];
        const b = shapeB[s];
        if (a > i || b > j) continue;
        const pi = i - a;
        const off = j - b - lo[pi];
        if (off < 0 || off >= width) continue;
        const before = cost[pi * width + off] + prior[s];
        // Anchors can lower a bead's cost by at most the reward for all of the smaller side's anchors.
        if (before - (a && b ? p.matchReward * Math.min(src.massOf(i, a), tgt.massOf(j, b)) : 0) >= best) continue;
        const c = before + beadCost(src, tgt, i, a, j, b, p, ratio);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      cost[i * width + (j - rowLo)] = best;
      back[i * width + (j - rowLo)] = bestShape;
    }
  }
  const beads: Bead[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const off = j - lo[i];
    const s = back[i * width + off];
    if (s === NONE) throw new Error('alignment band holds no path');
    if ((off <= 1 && lo[i] > 0) || (off >= width - 2 && lo[i] + width - 1 < m)) touchesEdge = true;
    const [a, b] = SHAPES[s];
    const here = cost[i * width + off];
    const prev = cost[(i - a) * width + (j - b - lo[i - a])];
    beads.push({ sourceStart: i - a, sourceEnd: i, targetStart: j - b, targetEnd: j, cost: here - prev });
    i -= a;
    j -= b;
  }
  return { beads: beads.reverse(), touchesEdge };
}

/** The cost of a bead joining `a` source segments ending at `i` with `b` target segments ending at `j`, its prior aside. */
export function beadCost(src: Spans, tgt: Spans, i: number, a: number, j: number, b: number, p: AlignParams, ratio: number): number {
  if (a === 0) return p.missCost * tgt.massOf(j, b);
  if (b === 0) return p.missCost * src.massOf(i, a);
  const ls = src.units(i, a);
  const lt = tgt.units(j, b);
  const z = (lt - ratio * ls) / Math.sqrt((p.variance * (ratio * ls + lt)) / 2);
  const mass = src.massOf(i, a) + tgt.massOf(j, b);
  const shared = src.shared(src.anchorsOf(i, a), tgt.anchorsOf(j, b));
  // Anchor evidence both as a share (weighted Dice: a bead joining more sentences holds more anchors by chance
  // alone, so it is scaled by the bead's size) and as an amount (many shared anchors are surer than a few).
  const dice = mass > 0 ? (2 * shared) / mass : p.noAnchorDice;
  const cost =
    p.lengthWeight * lengthCost(z) + p.diceWeight * a * b * (1 - dice) - p.matchReward * shared + p.missCost * (mass - 2 * shared);
  return a > 1 || b > 1
    ? cost + p.silentCost * (silentMembers(src, i, a, tgt.anchorsOf(j, b)) + silentMembers(tgt, j, b, src.anchorsOf(i, a)))
    : cost;
}

// Sentences of a merged bead that have anchors of their own yet share none with the other side: more likely
// left untranslated (or added) than merged into their neighbour.
function silentMembers(side: Spans, end: number, len: number, other: Int32Array): number {
  if (len < 2) return 0;
  let n = 0;
  for (let k = end - len + 1; k <= end; k++) {
    if (side.massOf(k, 1) > 0 && side.shared(side.anchorsOf(k, 1), other) === 0) n++;
  }
  return n;
}
