// Where the aligner is unsure, a run of its pairs still renders itself as a whole: between two pairs it is sure of,
// the sentences of one side translate the sentences of the other, however it paired them inside. A block whose
// translation is not shorter than its original predicts lacks nothing, whatever sentence the aligner left alone in
// it (a translator condensed it into a neighbour's translation); one whose translation falls short lacks something,
// even where the aligner left nothing alone (it paired each sentence with its neighbour's translation instead).
import { lengthCost } from '../../align/beads';
import type { PairContext, Side } from '../../engine/types';
import { lengthZ, unitsOf, type LengthModel } from './lengthModel';
import { renderEvidence } from './renderModel';

/** A run of pairs of the alignment, from `first` to `last`, and how far its other side falls short of rendering `side`. */
export interface Block {
  readonly first: number;
  readonly last: number;
  /** In standard deviations of the length model; positive: too short to hold all of `side`'s sentences. */
  readonly shortBy: number;
}

// Pairs the aligner is sure of: one sentence each side, at this confidence at least.
const SURE = 0.9;

/** The blocks of the alignment, in order: each pair the aligner is sure of alone, and each run of the others. */
export function uncertainBlocks(ctx: PairContext, model: LengthModel, side: Side): Block[] {
  const pairs = ctx.pairs;
  const sure = (k: number) => pairs[k].source.length === 1 && pairs[k].target.length === 1 && pairs[k].score >= SURE;
  const out: Block[] = [];
  for (let a = 0; a < pairs.length;) {
    let b = a;
    if (!sure(a)) while (b + 1 < pairs.length && !sure(b + 1)) b++;
    let s = 0;
    let t = 0;
    for (let k = a; k <= b; k++) {
      s += unitsOf(model.sourceUnits, pairs[k].source);
      t += unitsOf(model.targetUnits, pairs[k].target);
    }
    const z = lengthZ(model, s, t);
    out.push({ first: a, last: b, shortBy: side === 'source' ? -z : z });
    a = b + 1;
  }
  return out;
}

/**
 * The sentence of `side` in `block` the block's other side most likely lacks, among those `may` allows: the one
 * whose removal best balances the block's lengths and whose words the other side renders least (length cost and
 * rendering evidence added, both in nats).
 */
export function likeliestMissing(
  ctx: PairContext,
  model: LengthModel,
  side: Side,
  block: Block,
  may: (i: number) => boolean,
): number | undefined {
  const mine: number[] = [];
  const theirs: number[] = [];
  let s = 0;
  let t = 0;
  for (let k = block.first; k <= block.last; k++) {
    const p = ctx.pairs[k];
    mine.push(...p[side]);
    theirs.push(...(side === 'source' ? p.target : p.source));
    s += unitsOf(model.sourceUnits, p.source);
    t += unitsOf(model.targetUnits, p.target);
  }
  let best: number | undefined;
  let bestScore = Infinity;
  for (const i of mine) {
    if (!may(i)) continue;
    const without = side === 'source' ? lengthZ(model, s - model.sourceUnits[i], t) : lengthZ(model, s, t - model.targetUnits[i]);
    const score = lengthCost(without) + renderEvidence(ctx, side, i, theirs);
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  return best;
}
