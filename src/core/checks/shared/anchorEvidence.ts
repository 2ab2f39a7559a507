// Whether a sentence shares anything with its counterpart: the aligner's content anchors (numbers, names and
// their transliterations, lexicon words, acronyms, URLs) of each sentence of both documents, made once per pair.
// A sentence that the aligner merged with a neighbour, yet holds content anchors of its own and shares none with
// the other side while its neighbour does, is one the other side lacks, however short.
import { pairFeatures, type PairFeatures } from '../../align/align';
import type { PairContext, Side } from '../../engine/types';

const cache = new WeakMap<PairContext, PairFeatures>();

function features(ctx: PairContext): PairFeatures {
  let f = cache.get(ctx);
  if (!f) {
    const texts = (side: Side) => ctx[side].segments.map((s) => s.text);
    cache.set(ctx, (f = pairFeatures(texts('source'), texts('target'), ctx.lexicon ? { lexicon: ctx.lexicon } : {})));
  }
  return f;
}

/**
 * Of sentence `i` of `side`: how many content anchors it has, and how many of them the `others` sentences of the
 * other side have; with `cognates`, words that share their first letters count too (weak alone, fair to compare
 * two candidates by).
 */
export function anchorEvidence(
  ctx: PairContext,
  side: Side,
  i: number,
  others: readonly number[],
  cognates = false,
): { own: number; shared: number } {
  const f = features(ctx);
  const mine = f[side][i].anchors;
  const theirs = new Set<number>();
  for (const k of others) for (const a of f[side === 'source' ? 'target' : 'source'][k].anchors) theirs.add(a);
  let own = 0;
  let shared = 0;
  for (const a of mine) {
    const kind = f.table.kind(a);
    if (kind === 'mark' || (kind === 'cognate' && !cognates)) continue;
    own++;
    if (theirs.has(a)) shared++;
  }
  return { own, shared };
}
