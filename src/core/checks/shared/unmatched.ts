// Sentences one side has and the other does not render — omissions on the source side, additions on the
// target side — found from the alignment and the length model: a sentence the aligner left without a
// counterpart, or, in a pair whose other side is far shorter than this side predicts, the sentence whose
// removal makes the two lengths agree. A single sentence whose counterpart is far too short is partly missing.
import type { AlignedPair } from '../../align/align';
import type { PairContext, Side } from '../../engine/types';
import { anchorEvidence } from './anchorEvidence';
import { wordSupport } from './wordEvidence';
import { lengthModel, lengthZ, unitsOf, type LengthModel } from './lengthModel';

/** Sentences of one side with no counterpart on the other. */
export interface Unmatched {
  readonly pair: AlignedPair;
  /** Indices of the sentences, on the side asked about. */
  readonly indices: readonly number[];
  /** Rendered in part: the counterpart is there but far shorter than these sentences predict. */
  readonly partial: boolean;
  /**
   * A sentence beside the unmatched one that may be the one missing instead: the other side's sentence next to
   * the gap fits either about as well (length and shared anchors), so the alignment cannot tell which it renders.
   */
  readonly or?: number;
}

// Below this length (in source-side units, about letters) a sentence may go unrendered without loss: "Yeah.",
// "Right, right." and other fillers that translators of transcripts drop.
const MIN_UNITS = 14;
// A pair's lengths disagree when the shorter side is this many standard deviations short…
const MIN_Z = 3.5;
// …and under this share of what the longer side predicts.
const MAX_SHARE = 0.55;
// Without one sentence, the lengths agree when they are within this many standard deviations.
const FIT_Z = 1.5;

/** The sentences of `side` that have no counterpart on the other side. */
export function unmatchedSentences(ctx: PairContext, side: Side): Unmatched[] {
  const model = lengthModel(ctx);
  const out: Unmatched[] = [];
  ctx.pairs.forEach((pair, k) => {
    const mine = pair[side];
    if (!mine.length) return;
    const other = side === 'source' ? pair.target : pair.source;
    if (!other.length) {
      for (const i of mine) {
        if (sizeOf(model, side, [i]) < MIN_UNITS) continue;
        const or = i === mine[0] ? swappable(ctx, model, side, i, ctx.pairs[k - 1], 'last') : undefined;
        const after = i === mine[mine.length - 1] ? swappable(ctx, model, side, i, ctx.pairs[k + 1], 'first') : undefined;
        out.push(
          or !== undefined || after !== undefined
            ? { pair, indices: [i], partial: false, or: or ?? after }
            : { pair, indices: [i], partial: false },
        );
      }
      return;
    }
    const found = shortfall(model, pair, side) ?? silentMember(ctx, model, pair, side) ?? unrenderedMember(ctx, model, pair, side);
    if (found) out.push(found);
  });
  return out;
}

// How much worse the neighbour may fit its counterpart than the unmatched sentence would, in standard
// deviations, and still be the one missing.
const SWAP_Z = 1;

// The neighbour of unmatched sentence `i` (the `end` sentence of the `beside` pair on the same side) when the
// other side of that pair would render `i` about as well as it renders the neighbour.
function swappable(
  ctx: PairContext,
  model: LengthModel,
  side: Side,
  i: number,
  beside: AlignedPair | undefined,
  end: 'first' | 'last',
): number | undefined {
  if (!beside) return undefined;
  const mine = beside[side];
  const other = side === 'source' ? beside.target : beside.source;
  if (mine.length !== 1 || !other.length) return undefined;
  const n = mine[0];
  if (end === 'last' ? n !== i - 1 : n !== i + 1) return undefined;
  const units = side === 'source' ? model.sourceUnits : model.targetUnits;
  const o = unitsOf(side === 'source' ? model.targetUnits : model.sourceUnits, other);
  const fit = (x: number) => Math.abs(side === 'source' ? lengthZ(model, units[x], o) : lengthZ(model, o, units[x]));
  if (fit(i) > fit(n) + SWAP_Z) return undefined;
  return anchorEvidence(ctx, side, i, other, true).shared >= anchorEvidence(ctx, side, n, other, true).shared ? n : undefined;
}

// In a pair with both sides, the sentences of `side` the other side seems to lack.
function shortfall(model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
  const s = unitsOf(model.sourceUnits, pair.source);
  const t = unitsOf(model.targetUnits, pair.target);
  const z = lengthZ(model, s, t);
  const mine = pair[side];
  if (side === 'source' ? z > -MIN_Z || t > MAX_SHARE * model.ratio * s : z < MIN_Z || model.ratio * s > MAX_SHARE * t) return undefined;
  if (mine.length === 1) {
    // A partial addition is how translations explain: only a partial omission is reported.
    return side === 'source' && sizeOf(model, side, mine) >= MIN_UNITS ? { pair, indices: mine, partial: true } : undefined;
  }
  let best = -1;
  let bestZ = Infinity;
  for (const i of mine) {
    const zi = Math.abs(side === 'source' ? lengthZ(model, s - model.sourceUnits[i], t) : lengthZ(model, s, t - model.targetUnits[i]));
    if (zi < bestZ) [best, bestZ] = [i, zi];
  }
  if (bestZ <= FIT_Z && sizeOf(model, side, [best]) >= MIN_UNITS) return { pair, indices: [best], partial: false };
  return side === 'source' && sizeOf(model, side, mine) >= MIN_UNITS ? { pair, indices: mine, partial: true } : undefined;
}

// Content anchors a sentence must have for its silence to mean something, and those its neighbours must share.
const MIN_OWN = 1;
const MIN_NEIGHBOUR_SHARED = 2;
// Without the silent sentence, the lengths must still be plausible.
const SILENT_FIT_Z = 2.5;

// In a pair that merges sentences of `side`, the one that shares no content with the other side while the rest do.
function silentMember(ctx: PairContext, model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
  const mine = pair[side];
  if (mine.length < 2) return undefined;
  const other = side === 'source' ? pair.target : pair.source;
  const evidence = mine.map((i) => anchorEvidence(ctx, side, i, other));
  const silent = mine.filter((_, k) => evidence[k].shared === 0 && evidence[k].own >= MIN_OWN);
  if (silent.length !== 1) return undefined;
  const neighbours = evidence.filter((_, k) => mine[k] !== silent[0]);
  if (neighbours.some((e) => e.shared === 0) || neighbours.reduce((n, e) => n + e.shared, 0) < MIN_NEIGHBOUR_SHARED) return undefined;
  const s = unitsOf(model.sourceUnits, pair.source);
  const t = unitsOf(model.targetUnits, pair.target);
  const i = silent[0];
  const z = side === 'source' ? lengthZ(model, s - model.sourceUnits[i], t) : lengthZ(model, s, t - model.targetUnits[i]);
  return Math.abs(z) <= SILENT_FIT_Z ? { pair, indices: [i], partial: false } : undefined;
}

// Of a merged translation sentence, the words that could tell (seen elsewhere in the pair, or cognates), in weight…
const MIN_KNOWN = 8;
// …of which the original renders at most this share, while it renders at least this share of the others' words.
const UNRENDERED_SHARE = 0.3;
const RENDERED_SHARE = 0.4;
// The pair's translation side is longer than the original predicts by this many standard deviations at least, and
// without the sentence the lengths agree within this many.
const LONG_Z = 0.5;
const UNRENDERED_FIT_Z = 1.5;

// In a pair that merges sentences of the translation, the one whose words the original does not render while it
// renders the others': a sentence added. Only additions are sought so: a translation is made of the original's
// words, so an added sentence stands out, while translators condense an original's sentence into a neighbour's
// often enough that the original's side shows as many silent sentences that were not left out (measured on the
// German–French bench: two omissions found for four false alarms).
function unrenderedMember(ctx: PairContext, model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
  const mine = pair[side];
  if (side !== 'target' || mine.length < 2) return undefined;
  const s = unitsOf(model.sourceUnits, pair.source);
  const t = unitsOf(model.targetUnits, pair.target);
  if (lengthZ(model, s, t) < LONG_Z) return undefined;
  const support = mine.map((i) => wordSupport(ctx, side, i, pair.source, pair));
  const share = (k: number) => support[k].rendered / support[k].known;
  let worst = -1;
  for (let k = 0; k < mine.length; k++) if (support[k].known >= MIN_KNOWN && (worst < 0 || share(k) < share(worst))) worst = k;
  if (worst < 0 || share(worst) > UNRENDERED_SHARE) return undefined;
  let known = 0;
  let rendered = 0;
  support.forEach((x, k) => {
    if (k === worst) return;
    known += x.known;
    rendered += x.rendered;
  });
  const i = mine[worst];
  if (!known || rendered < RENDERED_SHARE * known || sizeOf(model, side, [i]) < MIN_UNITS) return undefined;
  return Math.abs(lengthZ(model, s, t - model.targetUnits[i])) <= UNRENDERED_FIT_Z ? { pair, indices: [i], partial: false } : undefined;
}

// A length in source-side units, so that one threshold serves both sides.
function sizeOf(model: LengthModel, side: Side, indices: readonly number[]): number {
  return side === 'source' ? unitsOf(model.sourceUnits, indices) : unitsOf(model.targetUnits, indices) / model.ratio;
}
