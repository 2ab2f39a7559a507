import type { Spans } from './spans';

// The shapes a bead may take (source sentences : target sentences) and how the aligner weighs one bead.
// Parameters were tuned on the development document of a German–French benchmark and on our own Chinese,
// Korean and English pairs (scripts/align/tune.ts); costs are negative log-likelihoods, lower is better. The 2:2
// prior is set above what tuning chose: a 2:2 bead can hide an omission next to an addition, and a reviewer
// needs those two told apart more than a point of F1.

/** A bead shape: how many source and target segments it joins. */
export type BeadShape = readonly [number, number];

/** Every bead shape the dynamic programme tries. */
export const SHAPES: readonly BeadShape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
  [2, 3],
  [3, 2],
  [1, 4],
  [4, 1],
];

/** The most segments one side of a bead may join. */
export const MAX_SPAN = 4;

/** The weights of a bead's cost. */
export interface AlignParams {
  /** Cost of a shape, by `a:b`; a shape not listed is never used. */
  readonly prior: Readonly<Record<string, number>>;
  /** Variance per unit of the target/source length difference (Gale & Church's s²). */
  readonly variance: number;
  /** Weight of the length cost. */
  readonly lengthWeight: number;
  /** Cost of a bead's anchors not being shared, per sentence: (1 − weighted Dice) × (a + b) / 2 × this. */
  readonly diceWeight: number;
  /** The Dice coefficient assumed for a bead without anchors. */
  readonly noAnchorDice: number;
  /** Reward per unit of anchor weight found on both sides. */
  readonly matchReward: number;
  /** Cost per sentence of a merged bead that has anchors but shares none with the other side. */
  readonly silentCost: number;
  /** Factor on the weight of anchors a bilingual lexicon made. */
  readonly lexiconWeight: number;
  /** Cost per unit of anchor weight found on one side only. */
  readonly missCost: number;
}

/** The parameters used unless a caller gives others. */
export const DEFAULT_PARAMS: AlignParams = {
  prior: {
    '1:1': 0,
    '1:0': 5.58,
    '0:1': 5.58,
    '1:2': 2.42,
    '2:1': 2.42,
    '2:2': 6,
    '1:3': 5.25,
    '3:1': 5.25,
    '2:3': 7.26,
    '3:2': 7.26,
    '1:4': 6.6,
    '4:1': 6.6,
  },
  variance: 1.89,
  lengthWeight: 0.61,
  diceWeight: 1.2,
  noAnchorDice: 0.3,
  matchReward: 0.91,
  missCost: 0.043,
  lexiconWeight: 0.8,
  silentCost: 1.5,
};

// −log of the two-sided tail of the standard normal beyond |z| (Gale & Church's length cost), with the
// complementary error function by Numerical Recipes' Chebyshev fit (relative error below 1.2e-7).
export function lengthCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return -Math.log(Math.max(erfc, 1e-300));
}

/**
 * The cost of a bead joining `a` source segments ending at `i` with `b` target segments ending at `j`, its prior
 * aside. This is the definition; the dynamic programme (band.ts) computes the same, inline and in stages.
 */
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
