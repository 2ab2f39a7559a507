// One pass of the dynamic programme over a band of target positions per source position. Each cell tries every
// bead shape; the cost of a bead is `beadCost` (beads.ts), computed here inline and in stages so that a shape
// that cannot beat the cell's best so far is dropped before its dearer parts are paid for: first a bound from
// the anchors' mass, then the anchor terms, then the length term, and only then the silent members of a merged
// bead. Every stage adds non-negative terms, so a dropped shape could never have won; a shape that is kept is
// costed with exactly `beadCost`'s arithmetic, so the path is the one `beadCost` alone would give.
//
// Shared anchors are found without merging sorted lists: for the current source position, each anchor id of the
// last MAX_SPAN source segments is marked with which of them hold it (a bit per segment, tagged with the row so
// the marks need no clearing); a target run's anchors are then looked up one by one.
import { lengthCost, MAX_SPAN, SHAPES, type AlignParams } from './beads';
import type { Spans } from './spans';

/** The cheapest path of one band: per cell its cost and the shape of its last bead (`NONE` where no path reaches). */
export interface BandTables {
  readonly lo: Int32Array;
  readonly width: number;
  readonly cost: Float64Array;
  readonly back: Uint8Array;
}

export const NONE = 255;

// Slack of the staged bounds: the length term's approximation may dip a little below zero, and the terms summed
// in another order may round differently.
const SLACK = 1e-6;
// lengthCost's ceiling, −log 1e-300.
const LENGTH_CAP = 690;
const ROW_SHIFT = 4;
const MASK = (1 << ROW_SHIFT) - 1;

/**
 * Fills the band `lo[i] … lo[i] + width - 1` of every source position `i` (`lo` made by the caller). With
 * `giveUpAtEdge`, nothing when the best path is sure to touch the band's edge (see `edgeBound`).
 */
export function fillBand(
  src: Spans,
  tgt: Spans,
  n: number,
  m: number,
  p: AlignParams,
  ratio: number,
  lo: Int32Array,
  width: number,
  giveUpAtEdge: boolean,
): BandTables | undefined {
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(NONE);
  const count = SHAPES.length;
  const prior = new Float64Array(SHAPES.map(([a, b]) => p.prior[`${a}:${b}`] ?? Infinity));
  const shapeA = Int32Array.from(SHAPES, ([a]) => a);
  const shapeB = Int32Array.from(SHAPES, ([, b]) => b);
  // Off the path, most cells are best reached by leaving a sentence unpaired: those beads cost next to nothing
  // to weigh, and weighed first they let most others be dropped at their first bound. Ties still go to the shape
  // listed first in SHAPES, and every bound drops only shapes strictly dearer than the best so far.
  const order = Int32Array.from(
    SHAPES.map((_, s) => s).sort((x, y) => Number(SHAPES[y][0] * SHAPES[y][1] === 0) - Number(SHAPES[x][0] * SHAPES[x][1] === 0) || x - y),
  );
  const slack = SLACK * (1 + Math.abs(p.lengthWeight));
  const { lengthWeight: lw, diceWeight: dw, matchReward: mr, missCost: mc, silentCost: sc, noAnchorDice, variance } = p;
  const weights = src.weights;
  const sMass = src.mass;
  const tMass = tgt.mass;
  const sUnits = src.prefixUnits;
  const tUnits = tgt.prefixUnits;
  const tIds = tgt.ids;
  const tStart = tgt.start;
  const sIds = src.ids;
  const sStart = src.start;
  // marks[id] = row << ROW_SHIFT | bits: bit d set when source segment `row - 1 - d` holds anchor id.
  const marks = new Int32Array(weights.length).fill(-1);
  // Per cell, whether its best path touches the band's edge (a cell within two of a side that is not the
  // table's own edge); once every cell of MAX_SPAN rows in a row does, so does the best path of the whole table,
  // which crosses each such run of rows: the caller would only widen the band, and can do so at once.
  const edgy = giveUpAtEdge ? new Uint8Array((n + 1) * width) : undefined;
  let edgyRows = 0;
  cost[0 - lo[0]] = 0;
  for (let i = 0; i <= n; i++) {
    const rowTag = i << ROW_SHIFT;
    for (let d = 0; d < MAX_SPAN && d < i; d++) {
      const k = (i - 1 - d) * MAX_SPAN;
      for (let x = sStart[k]; x < sStart[k + 1]; x++) {
        const id = sIds[x];
        const v = marks[id];
        marks[id] = ((v & ~MASK) === rowTag ? v : rowTag) | (1 << d);
      }
    }
    const rowLo = lo[i];
    const rowHi = Math.min(m, rowLo + width - 1);
    let calm = i === 0 ? 1 : 0;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = NONE;
      for (let o = 0; o < count; o++) {
        const s = order[o];
        const a = shapeA[s];
        const b = shapeB[s];
        if (a > i || b > j) continue;
        const pi = i - a;
        const off = j - b - lo[pi];
        if (off < 0 || off >= width) continue;
        const before = cost[pi * width + off] + prior[s];
        let c: number;
        if (a === 0) c = before + mc * tMass[(j - 1) * MAX_SPAN + b - 1];
        else if (b === 0) c = before + mc * sMass[(i - 1) * MAX_SPAN + a - 1];
        else {
          const massA = sMass[(i - 1) * MAX_SPAN + a - 1];
          const tk = (j - 1) * MAX_SPAN + b - 1;
          const massB = tMass[tk];
          const reward = before - mr * Math.min(massA, massB) - slack;
          if (reward >= best) continue;
          const ls = sUnits[i] - sUnits[i - a];
          const lt = tUnits[j] - tUnits[j - b];
          const diff = lt - ratio * ls;
          const spread = (variance * (ratio * ls + lt)) / 2;
          // −log erfc(x) ≥ x², so the length term is at least z²/2 up to its cap; anchors can lower a bead's cost by
          // at most the reward for all of the smaller side's anchors.
          const length = lw * Math.min(((diff * diff) / spread) * 0.5, LENGTH_CAP);
          if (reward + length >= best) continue;
          const bits = (1 << a) - 1;
          let shared = 0;
          if (massA > 0)
            for (let x = tStart[tk]; x < tStart[tk + 1]; x++) {
              const id = tIds[x];
              const v = marks[id];
              if ((v & ~MASK) === rowTag && v & bits) shared += weights[id];
            }
          const mass = massA + massB;
          const dice = mass > 0 ? (2 * shared) / mass : noAnchorDice;
          const anchors = dw * a * b * (1 - dice) - mr * shared + mc * (mass - 2 * shared);
          if (before + (length + anchors) - slack >= best) continue;
          const z = diff / Math.sqrt(spread);
          let bead = lw * lengthCost(z) + dw * a * b * (1 - dice) - mr * shared + mc * (mass - 2 * shared);
          if (a > 1 || b > 1) {
            if (before + bead - slack >= best) continue;
            bead = bead + sc * (silentSource(src, i, a, tgt, tk, marks, rowTag) + silentTarget(tgt, j, b, marks, rowTag, bits));
          }
          c = before + bead;
        }
        if (c < best || (c === best && s < bestShape)) {
          best = c;
          bestShape = s;
        }
      }
      cost[i * width + (j - rowLo)] = best;
      back[i * width + (j - rowLo)] = bestShape;
      if (edgy && bestShape !== NONE) {
        const off = j - rowLo;
        const here = (off <= 1 && rowLo > 0) || (off >= width - 2 && rowLo + width - 1 < m);
        const from = (i - shapeA[bestShape]) * width + (j - shapeB[bestShape] - lo[i - shapeA[bestShape]]);
        if (here || edgy[from]) edgy[i * width + off] = 1;
        else calm++;
      }
    }
    if (edgy) {
      edgyRows = calm ? 0 : edgyRows + 1;
      if (edgyRows >= MAX_SPAN) return undefined;
    }
  }
  return { lo, width, cost, back };
}

// Source segments of the bead (`i - a … i - 1`) that have anchors yet share none with target run `tk`.
function silentSource(src: Spans, i: number, a: number, tgt: Spans, tk: number, marks: Int32Array, rowTag: number): number {
  if (a < 2) return 0;
  const weights = src.weights;
  let hit = 0;
  for (let x = tgt.start[tk]; x < tgt.start[tk + 1]; x++) {
    const id = tgt.ids[x];
    const v = marks[id];
    if ((v & ~MASK) === rowTag && weights[id] > 0) hit |= v;
  }
  let n = 0;
  for (let d = 0; d < a; d++) if (src.mass[(i - 1 - d) * MAX_SPAN] > 0 && !(hit & (1 << d))) n++;
  return n;
}

// Target segments of the bead (`j - b … j - 1`) that have anchors yet share none with the source run (`bits`).
function silentTarget(tgt: Spans, j: number, b: number, marks: Int32Array, rowTag: number, bits: number): number {
  if (b < 2) return 0;
  const weights = tgt.weights;
  let n = 0;
  for (let l = j - b; l < j; l++) {
    const k = l * MAX_SPAN;
    if (!(tgt.mass[k] > 0)) continue;
    let silent = 1;
    for (let x = tgt.start[k]; x < tgt.start[k + 1]; x++) {
      const id = tgt.ids[x];
      const v = marks[id];
      if ((v & ~MASK) === rowTag && v & bits && weights[id] > 0) {
        silent = 0;
        break;
      }
    }
    n += silent;
  }
  return n;
}
