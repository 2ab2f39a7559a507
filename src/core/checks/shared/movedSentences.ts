// A sentence the aligner left alone whose counterpart it also left alone, further on or back: a passage the
// translation puts elsewhere (a caption or an aside moved in the layout, sentences swapped), not one it lacks.
import type { PairContext, Side } from '../../engine/types';
import { renderEvidence } from './renderModel';

// The two render each other this well, in nats of evidence both ways (a name and a number shared, or several words)…
const MOVED_EVIDENCE = 15;
// …and stand at most this many sentences apart.
const MAX_DISTANCE = 40;

/** The sentences of `side` that the alignment leaves alone and that render, or are rendered by, one left alone on the other side. */
export function movedSentences(ctx: PairContext, side: Side): Set<number> {
  const other: Side = side === 'source' ? 'target' : 'source';
  // Each sentence left alone, with where the alignment stands on the other side.
  const mine: [number, number][] = [];
  const theirs: number[] = [];
  let atOther = 0;
  for (const p of ctx.pairs) {
    if (!p[other].length) for (const i of p[side]) mine.push([i, atOther]);
    if (!p[side].length) theirs.push(...p[other]);
    atOther += p[other].length;
  }
  const out = new Set<number>();
  if (!theirs.length) return out;
  for (const [i, at] of mine)
    for (const j of theirs) {
      if (Math.abs(j - at) > MAX_DISTANCE) continue;
      if (renderEvidence(ctx, side, i, [j]) + renderEvidence(ctx, other, j, [i]) >= MOVED_EVIDENCE) {
        out.add(i);
        break;
      }
    }
  return out;
}
