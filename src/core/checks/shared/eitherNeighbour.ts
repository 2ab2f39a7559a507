// A sentence left without counterpart, or the one beside it? Where the aligner leaves a sentence alone next to a
// one-to-one pair, the pair's other sentence may render the lone one as well as its own partner: then the
// alignment cannot tell which of the two the translation lacks, and both are named.
import type { AlignedPair } from '../../align/align';
import { lengthCost } from '../../align/beads';
import type { PairContext, Side } from '../../engine/types';
import { anchorEvidence } from './anchorEvidence';
import { lengthZ, unitsOf, type LengthModel } from './lengthModel';
import { renderEvidence } from './renderModel';

// How much worse the neighbour may fit its counterpart than the unmatched sentence would, in standard
// deviations, and still be the one missing.
const SWAP_Z = 1;
// Or, by rendering and length together: how much better, in nats, the neighbour must fit for the lone sentence to
// be the only one missing.
const SWAP_EVIDENCE = 5;

/** The sentence next to unmatched sentence `i` of `side` (in pair `before` or `after`) that may be the one missing instead. */
export function eitherNeighbour(
  ctx: PairContext,
  model: LengthModel,
  side: Side,
  i: number,
  before: AlignedPair | undefined,
  after: AlignedPair | undefined,
): number | undefined {
  return (
    swappable(ctx, model, side, i, before, i - 1) ??
    swappable(ctx, model, side, i, after, i + 1) ??
    rendersEither(ctx, model, side, i, before, after)
  );
}

// The neighbour `n` (alone on its side of pair `beside`) when that pair's other side is about as long as `i` predicts
// and shares as many anchors with it.
function swappable(
  ctx: PairContext,
  model: LengthModel,
  side: Side,
  i: number,
  beside: AlignedPair | undefined,
  n: number,
): number | undefined {
  if (!beside) return undefined;
  const mine = beside[side];
  const other = side === 'source' ? beside.target : beside.source;
  if (mine.length !== 1 || !other.length || mine[0] !== n) return undefined;
  const units = side === 'source' ? model.sourceUnits : model.targetUnits;
  const o = unitsOf(side === 'source' ? model.targetUnits : model.sourceUnits, other);
  const fit = (x: number) => Math.abs(side === 'source' ? lengthZ(model, units[x], o) : lengthZ(model, o, units[x]));
  if (fit(i) > fit(n) + SWAP_Z) return undefined;
  return anchorEvidence(ctx, side, i, other, true).shared >= anchorEvidence(ctx, side, n, other, true).shared ? n : undefined;
}

// The neighbour in a one-to-one pair whose partner renders words of `i`, and renders `i`, words and length
// together, nearly as well as it renders the neighbour; the better of the two sides.
function rendersEither(
  ctx: PairContext,
  model: LengthModel,
  side: Side,
  i: number,
  before: AlignedPair | undefined,
  after: AlignedPair | undefined,
): number | undefined {
  const other: Side = side === 'source' ? 'target' : 'source';
  let best: number | undefined;
  let bestMargin = -SWAP_EVIDENCE;
  for (const p of [before, after]) {
    if (!p || p[side].length !== 1 || p[other].length !== 1) continue;
    const n = p[side][0];
    if (Math.abs(n - i) !== 1) continue;
    const j = p[other][0];
    if (renderEvidence(ctx, side, i, [j]) <= 0) continue;
    const margin = fit(ctx, model, side, i, j) - fit(ctx, model, side, n, j);
    if (margin > bestMargin) [best, bestMargin] = [n, margin];
  }
  return best;
}

// How well sentence `x` of `side` and sentence `y` of the other side translate each other, in nats: the evidence of
// their words both ways, less the cost of their lengths' disagreement.
function fit(ctx: PairContext, model: LengthModel, side: Side, x: number, y: number): number {
  const other: Side = side === 'source' ? 'target' : 'source';
  const z =
    side === 'source'
      ? lengthZ(model, model.sourceUnits[x], model.targetUnits[y])
      : lengthZ(model, model.sourceUnits[y], model.targetUnits[x]);
  return renderEvidence(ctx, side, x, [y]) + renderEvidence(ctx, other, y, [x]) - lengthCost(z);
}
