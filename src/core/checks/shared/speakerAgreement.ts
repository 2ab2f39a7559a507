// Who says a sentence, on both sides of a pair of transcripts: a translation keeps its original's turns, so the
// speaker of each sentence of the original has one counterpart among the translation's speakers (Host → 主持人,
// Marcus → 马库斯), learnt here from the pairs the aligner is sure of. A sentence that the aligner had to merge with
// sentences of another speaker's turn is one the other side lacks there: a turn left out, or one put in.
import { turnAt } from '../../document/blocks';
import type { PairContext, PairSide, Side } from '../../engine/types';

// Pairs this sure teach who is whom…
const SURE = 0.9;
// …and a speaker of the original is someone of the translation when this share of its sure pairs says so, in this
// many pairs at least.
const AGREEMENT = 0.8;
const MIN_PAIRS = 3;

/** Speakers of both sides and how they correspond. */
export interface SpeakerAgreement {
  /** Whether sentence `i` of `side` is said by someone who says none of `others` (sentences of the other side). */
  voicedElsewhere(side: Side, i: number, others: readonly number[]): boolean;
}

const cache = new WeakMap<PairContext, SpeakerAgreement>();

/** The pair's speaker correspondence, made once per context. */
export function speakerAgreement(ctx: PairContext): SpeakerAgreement {
  let found = cache.get(ctx);
  if (!found) cache.set(ctx, (found = learn(ctx)));
  return found;
}

function learn(ctx: PairContext): SpeakerAgreement {
  const source = speakersOf(ctx.source);
  const target = speakersOf(ctx.target);
  // How often each source speaker meets each target speaker in a sure one-to-one pair.
  const met = new Map<string, Map<string, number>>();
  for (const p of ctx.pairs) {
    if (p.score < SURE || p.source.length !== 1 || p.target.length !== 1) continue;
    const [s, t] = [source[p.source[0]], target[p.target[0]]];
    if (s === undefined || t === undefined) continue;
    const row = met.get(s) ?? new Map<string, number>();
    row.set(t, (row.get(t) ?? 0) + 1);
    met.set(s, row);
  }
  const metTarget = new Set([...met.values()].flatMap((row) => [...row.keys()]));
  const toTarget = new Map<string, string>();
  for (const [s, row] of met) {
    let best = '';
    let most = 0;
    let all = 0;
    for (const [t, n] of row) {
      all += n;
      if (n > most) [best, most] = [t, n];
    }
    if (most >= MIN_PAIRS && most >= AGREEMENT * all) toTarget.set(s, best);
  }
  // One target speaker for two source speakers is no correspondence to trust.
  const images = [...toTarget.values()];
  for (const [s, t] of toTarget) if (images.indexOf(t) !== images.lastIndexOf(t)) toTarget.delete(s);
  const toSource = new Map([...toTarget].map(([s, t]) => [t, s]));
  return {
    voicedElsewhere(side, i, others) {
      const [mine, theirs, map] = side === 'source' ? [source, target, toTarget] : [target, source, toSource];
      const who = mine[i];
      if (who === undefined || !others.length) return false;
      const counterpart = map.get(who);
      // Every sentence of the other side must be said by a known speaker, none of them this one's counterpart. A
      // translation's speaker met in no sure pair (a turn put in by someone the original never hears) says none of them.
      if (counterpart === undefined && (side === 'source' || metTarget.has(who))) return false;
      return others.every((k) => theirs[k] !== undefined && theirs[k] !== counterpart);
    },
  };
}

// Each segment's speaker key, or undefined outside turns.
function speakersOf(side: PairSide): (string | undefined)[] {
  const t = side.transcript;
  return side.segments.map((seg) => {
    const turn = turnAt(t, seg.range.start);
    return turn === undefined ? undefined : t.turns[turn].speaker.key;
  });
}
