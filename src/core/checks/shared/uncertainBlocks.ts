// Where the aligner is unsure, a run of its pairs still renders itself as a whole: between two pairs it is sure of,
// the sentences of one side translate the sentences of the other, however it paired them inside. A block whose
// translation is not shorter than its original predicts lacks nothing, whatever sentence the aligner left alone in
// it (a translator condensed it into a neighbour's translation); one whose translation falls short lacks something.
import type { PairContext, Side } from '../../engine/types';
import { lengthZ, unitsOf, type LengthModel } from './lengthModel';

// Pairs the aligner is sure of: one sentence each side, at this confidence at least.
const SURE = 0.9;

/**
 * Per pair of the alignment, how far the other side of its block falls short of rendering `side`, in standard
 * deviations of the length model (positive: too short to hold all of `side`'s sentences). A pair the aligner is
 * sure of is a block of its own.
 */
export function blockShortfalls(ctx: PairContext, model: LengthModel, side: Side): Float64Array {
  const pairs = ctx.pairs;
  const out = new Float64Array(pairs.length);
  const sure = (k: number) => pairs[k].source.length === 1 && pairs[k].target.length === 1 && pairs[k].score >= SURE;
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
    out.fill(side === 'source' ? -z : z, a, b + 1);
    a = b + 1;
  }
  return out;
}
