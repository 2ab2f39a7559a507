// The dynamic programme over beads, restricted to a band around the diagonal that the two sides' lengths
// predict, so time and memory grow with the length of the documents times the band's width, not with their
// product. A path that runs along the band's edge may have been cut off by it: the band then doubles.
import { fillBand, NONE } from './band';
import { SHAPES, type AlignParams } from './beads';
import type { Spans } from './spans';

/** One bead of the best path: segment ranges `[start, end)` on each side and the bead's cost. */
export interface Bead {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
  readonly cost: number;
}

// Half the band's width at first: wide enough for the local drift of real documents; a path that needs more
// touches the edge and the band doubles.
const FIRST_BAND = 32;

/**
 * The cheapest sequence of beads covering both sides, in order. `knownRatio`: the length ratio of the whole documents
 * these segments are part of (a turn of each), used as it is where the part's own is near it: a part's own totals
 * take in a sentence it lacks. A part far off it (a turn still to translate, its sentences placeholders) keeps its own.
 */
export function bestPath(src: Spans, tgt: Spans, n: number, m: number, params: AlignParams, knownRatio?: number): Bead[] {
  const centre = diagonal(src, tgt, n, m);
  let ratio = src.totalUnits > 0 && tgt.totalUnits > 0 ? tgt.totalUnits / src.totalUnits : 1;
  if (knownRatio !== undefined && ratio / knownRatio > 1 / KNOWN_RATIO_SPAN && ratio / knownRatio < KNOWN_RATIO_SPAN)
    return banded(src, tgt, n, m, params, knownRatio, centre);
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

/**
 * The cheapest path again, with other anchors, near an earlier path: the band follows `near` rather than the
 * diagonal, `margin` sentences either side of it (doubling, as any band, where the new path meets its edge), with
 * `near`'s length ratio. A row where `near` runs through many target sentences (a passage only the translation
 * has) needs the band that wide on every row: the band is the same width throughout.
 */
export function pathNear(src: Spans, tgt: Spans, n: number, m: number, params: AlignParams, near: readonly Bead[], margin: number): Bead[] {
  const low = new Int32Array(n + 1).fill(m);
  const high = new Int32Array(n + 1);
  for (const b of near)
    for (let i = b.sourceStart; i <= b.sourceEnd; i++) {
      low[i] = Math.min(low[i], b.targetStart);
      high[i] = Math.max(high[i], b.targetEnd);
    }
  const centre = new Int32Array(n + 1);
  let spread = 0;
  for (let i = 0; i <= n; i++) {
    centre[i] = (low[i] + high[i]) >> 1;
    spread = Math.max(spread, (high[i] - low[i] + 1) >> 1);
  }
  centre[n] = m;
  const ratio = pairedRatio(src, tgt, near) ?? (src.totalUnits > 0 && tgt.totalUnits > 0 ? tgt.totalUnits / src.totalUnits : 1);
  return banded(src, tgt, n, m, params, ratio, centre, spread + margin);
}

// A part's own length ratio this many times the documents' or more, or as many times less, is no part of a
// translation missing a sentence: it keeps its own.
const KNOWN_RATIO_SPAN = 2;

// A second pass pays when the paired sentences' ratio differs from the totals' by more than this.
const RATIO_DRIFT = 0.05;

function banded(
  src: Spans,
  tgt: Spans,
  n: number,
  m: number,
  params: AlignParams,
  ratio: number,
  centre: Int32Array,
  first = FIRST_BAND,
): Bead[] {
  const longest = Math.max(n, m);
  for (let band = Math.min(longest, first); ; band = Math.min(longest, band * 2)) {
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
  const tables = fillBand(src, tgt, n, m, p, ratio, lo, width, band < Math.max(n, m));
  if (!tables) return { beads: [], touchesEdge: true };
  const { cost, back } = tables;
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
