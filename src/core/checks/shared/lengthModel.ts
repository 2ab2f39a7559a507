// How long a translation should be: Gale & Church's model, fitted on the pair itself. A target of a source
// `s` units long is about `ratio × s` units long, give or take `sqrt(s × variance)`; both are estimated from
// the pair's one-to-one sentence pairs, with medians, so that the few bad pairs (the omissions sought) do not
// move them. Units are align/'s cross-script length units.
import { lengthUnits } from '../../align/features';
import type { PairContext, PairSide } from '../../engine/types';

/** A length model of one pair of documents, and each segment's length. */
export interface LengthModel {
  readonly ratio: number;
  readonly variance: number;
  readonly sourceUnits: readonly number[];
  readonly targetUnits: readonly number[];
}

// With fewer one-to-one pairs than this, the defaults stand (a ratio of 1 and a generous variance).
const MIN_PAIRS = 5;
const DEFAULT_VARIANCE = 6;
// The median of a chi-square variable with one degree of freedom: median(z²) / this estimates the variance.
const CHI2_MEDIAN = 0.455;

const models = new WeakMap<PairContext, LengthModel>();

/** The pair's length model (computed once per context: omission and addition both read it). */
export function lengthModel(ctx: PairContext): LengthModel {
  let model = models.get(ctx);
  if (!model) models.set(ctx, (model = fit(ctx)));
  return model;
}

/** How far `target` units are from what `source` units predict, in standard deviations (negative: too short). */
export function lengthZ(model: LengthModel, source: number, target: number): number {
  const expected = model.ratio * source;
  return (target - expected) / Math.sqrt(Math.max(source, 1) * model.ratio * model.variance);
}

/** The summed length of some segments. */
export function unitsOf(units: readonly number[], indices: readonly number[]): number {
  let n = 0;
  for (const i of indices) n += units[i];
  return n;
}

function fit(ctx: PairContext): LengthModel {
  const sourceUnits = units(ctx.source);
  const targetUnits = units(ctx.target);
  const ratios: number[] = [];
  const ones = ctx.pairs.filter((p) => p.source.length === 1 && p.target.length === 1);
  for (const p of ones) {
    const s = sourceUnits[p.source[0]];
    if (s >= 10) ratios.push(targetUnits[p.target[0]] / s);
  }
  if (ratios.length < MIN_PAIRS) return { ratio: 1, variance: DEFAULT_VARIANCE, sourceUnits, targetUnits };
  const ratio = median(ratios);
  const squares = ones.map((p) => {
    const s = Math.max(sourceUnits[p.source[0]], 1);
    return (targetUnits[p.target[0]] - ratio * s) ** 2 / (s * ratio);
  });
  return { ratio, variance: Math.max(median(squares) / CHI2_MEDIAN, 0.5), sourceUnits, targetUnits };
}

function units(side: PairSide): number[] {
  return side.segments.map((s) => lengthUnits(s.text));
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}
