// Sentences one side has and the other does not render — omissions on the source side, additions on the
// target side — found from the alignment and the length model: a sentence the aligner left without a
// counterpart, or, in a pair whose other side is far shorter than this side predicts, the sentence whose
// removal makes the two lengths agree. A single sentence whose counterpart is far too short is partly missing.
// Where the aligner was unsure, the run of pairs around such a sentence must also fall short as a whole
// (uncertainBlocks.ts), and a sentence whose counterpart was left alone elsewhere is moved, not missing
// (movedSentences.ts). A run of unsure pairs whose translation falls far short, with nothing left alone in it, is
// missing the original's sentence that best accounts for the shortfall. In a pair that merges sentences across
// a turn of another speaker than the other side's, that turn is the one missing or put in (speakerAgreement.ts).
import type { AlignedPair } from '../../align/align';
import type { PairContext, Side } from '../../engine/types';
import { anchorEvidence } from './anchorEvidence';
import { eitherNeighbour } from './eitherNeighbour';
import { lengthModel, lengthZ, unitsOf, type LengthModel } from './lengthModel';
import { movedSentences } from './movedSentences';
import { renderEvidence } from './renderModel';
import { speakerAgreement } from './speakerAgreement';
import { likeliestMissing, uncertainBlocks, type Block } from './uncertainBlocks';

/** Sentences of one side with no counterpart on the other. */
export interface Unmatched {
  readonly pair: AlignedPair;
  /** Indices of the sentences, on the side asked about. */
  readonly indices: readonly number[];
  /** Rendered in part: the counterpart is there but far shorter than these sentences predict. */
  readonly partial: boolean;
  /**
   * A sentence beside the unmatched one that may be the one missing instead: the other side's sentence next to
   * the gap fits either about as well (length, anchors and words), so the alignment cannot tell which it renders.
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
// A run of unsure pairs, with nothing reported in it, lacks an original's sentence when its translation falls this
// many standard deviations short; only runs of a few sentences are searched so (among more, the likeliest is a
// guess). Additions are not sought so: added sentences stand out by their words (unrenderedMember), and a run
// that is too long is as often a translator's explaining.
const BLOCK_Z = 2.5;
const MAX_BLOCK = 12;

/** The sentences of `side` that have no counterpart on the other side. */
export function unmatchedSentences(ctx: PairContext, side: Side): Unmatched[] {
  const model = lengthModel(ctx);
  const blocks = uncertainBlocks(ctx, model, side);
  const shortBy = new Float64Array(ctx.pairs.length);
  for (const b of blocks) shortBy.fill(b.shortBy, b.first, b.last + 1);
  const moved = movedSentences(ctx, side);
  const out: Unmatched[] = [];
  ctx.pairs.forEach((pair, k) => {
    const mine = pair[side];
    if (!mine.length) return;
    const other = side === 'source' ? pair.target : pair.source;
    if (!other.length) {
      if (shortBy[k] < 0) return;
      for (const i of mine) {
        if (sizeOf(model, side, [i]) < MIN_UNITS || moved.has(i)) continue;
        const or = eitherNeighbour(ctx, model, side, i, ctx.pairs[k - 1], ctx.pairs[k + 1]);
        out.push(or === undefined ? { pair, indices: [i], partial: false } : { pair, indices: [i], partial: false, or });
      }
      return;
    }
    const found = shortfall(ctx, model, pair, side) ?? silentMember(ctx, model, pair, side) ?? unrenderedMember(ctx, model, pair, side);
    if (found && (found.partial || shortBy[k] >= 0)) out.push(found);
    else {
      // Who speaks is evidence the block's lengths cannot outweigh: translators keep turns.
      const voiced = otherVoice(ctx, model, pair, side);
      if (voiced) out.push(voiced);
    }
  });
  if (side === 'source') out.push(...shortBlocks(ctx, model, side, blocks, new Set(out.map((u) => u.pair)), moved));
  return out.sort((a, b) => a.indices[0] - b.indices[0]);
}

// In the runs of unsure pairs whose translation falls far short and in which nothing was found, the likeliest missing sentence.
function shortBlocks(
  ctx: PairContext,
  model: LengthModel,
  side: Side,
  blocks: readonly Block[],
  reported: ReadonlySet<AlignedPair>,
  moved: ReadonlySet<number>,
): Unmatched[] {
  const out: Unmatched[] = [];
  for (const b of blocks) {
    if (b.shortBy < BLOCK_Z || b.first === b.last) continue;
    const pairs = ctx.pairs.slice(b.first, b.last + 1);
    if (pairs.some((p) => reported.has(p) || p[side].some((i) => moved.has(i)))) continue;
    if (pairs.reduce((n, p) => n + p[side].length, 0) > MAX_BLOCK) continue;
    const i = likeliestMissing(ctx, model, side, b, (x) => sizeOf(model, side, [x]) >= MIN_UNITS);
    if (i !== undefined) out.push({ pair: pairs.find((p) => p[side].includes(i))!, indices: [i], partial: false });
  }
  return out;
}

// In a pair with both sides, the sentences of `side` the other side seems to lack.
function shortfall(ctx: PairContext, model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
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
    const zi = Math.abs(zWithout(model, side, s, t, i));
    if (zi < bestZ) [best, bestZ] = [i, zi];
  }
  if (bestZ <= FIT_Z && sizeOf(model, side, [best]) >= MIN_UNITS) return { pair, indices: [best], partial: false };
  if (side !== 'source' || sizeOf(model, side, mine) < MIN_UNITS) return undefined;
  // The pair lacks something, and no one sentence's length accounts for it: the one the other side does not render
  // at all, while it renders the rest, is the one missing; otherwise the pair is partly missing as a whole.
  const least = leastRendered(ctx, side, mine, pair.target);
  if (least.evidence <= UNRENDERED && least.rest >= RENDERED && sizeOf(model, side, [least.member]) >= MIN_UNITS)
    return { pair, indices: [least.member], partial: false };
  return { pair, indices: mine, partial: true };
}

// Content anchors a sentence must have for its silence to mean something, and those its neighbours must share.
const MIN_OWN = 1;
const MIN_NEIGHBOUR_SHARED = 2;
// Without the silent sentence, the lengths must still be plausible.
const SILENT_FIT_Z = 2.5;
// …and fit better than with it, give or take this many.
const CONDENSED_Z = 1;

// In a pair that merges sentences of `side`, the one that shares no content with the other side while the rest do.
function silentMember(ctx: PairContext, model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
  const mine = pair[side];
  if (mine.length < 2) return undefined;
  const other = side === 'source' ? pair.target : pair.source;
  const evidence = mine.map((i) => anchorEvidence(ctx, side, i, other));
  const silent = mine.filter((_, k) => evidence[k].shared === 0 && evidence[k].own >= MIN_OWN);
  // A short reply a translation adds ("Yes." where 是啊 opens a sentence) is a translator's, as everywhere else.
  if (silent.length !== 1 || (side === 'target' && sizeOf(model, side, silent) < MIN_UNITS)) return undefined;
  const neighbours = evidence.filter((_, k) => mine[k] !== silent[0]);
  if (neighbours.some((e) => e.shared === 0) || neighbours.reduce((n, e) => n + e.shared, 0) < MIN_NEIGHBOUR_SHARED) return undefined;
  const s = unitsOf(model.sourceUnits, pair.source);
  const t = unitsOf(model.targetUnits, pair.target);
  const i = silent[0];
  const z = zWithout(model, side, s, t, i);
  // An original's sentence condensed into its neighbour's translation leaves the pair as long as both predict:
  // without it the lengths must fit about as well at least (measured: one false alarm fewer, no omission lost).
  if (side === 'source' && Math.abs(z) >= Math.abs(lengthZ(model, s, t)) + CONDENSED_Z) return undefined;
  return Math.abs(z) <= SILENT_FIT_Z ? { pair, indices: [i], partial: false } : undefined;
}

// The member's evidence of being rendered (renderModel.ts), in nats, is at most this, and the others' together at
// least this.
const UNRENDERED = -3;
const RENDERED = 2;
// The pair's translation side is longer than the original predicts by this many standard deviations at least, and
// without the sentence the lengths agree within this many.
const LONG_Z = 0.5;
const UNRENDERED_FIT_Z = 2.5;

// In a pair that merges sentences of the translation, the one the original does not render while it renders the
// others: a sentence added. Only additions are sought so: a translation is made of the original's words, so an
// added sentence stands out, while translators condense an original's sentence into a neighbour's often enough that
// the original's side shows as many silent sentences that were not left out (measured on the German–French bench:
// two omissions found for four false alarms).
function unrenderedMember(ctx: PairContext, model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
  const mine = pair[side];
  if (side !== 'target' || mine.length < 2) return undefined;
  const s = unitsOf(model.sourceUnits, pair.source);
  const t = unitsOf(model.targetUnits, pair.target);
  if (lengthZ(model, s, t) < LONG_Z) return undefined;
  const least = leastRendered(ctx, side, mine, pair.source);
  const j = least.member;
  if (least.evidence > UNRENDERED || sizeOf(model, side, [j]) < MIN_UNITS || least.rest < RENDERED) return undefined;
  return Math.abs(zWithout(model, side, s, t, j)) <= UNRENDERED_FIT_Z ? { pair, indices: [j], partial: false } : undefined;
}

// In a pair that merges sentences of `side`, the one said by someone who says nothing of the other side's
// sentences, while the rest are said by their speaker's counterpart: a turn the other side lacks, or one put in.
function otherVoice(ctx: PairContext, model: LengthModel, pair: AlignedPair, side: Side): Unmatched | undefined {
  const mine = pair[side];
  const other = side === 'source' ? pair.target : pair.source;
  if (mine.length < 2 || !other.length) return undefined;
  const agreement = speakerAgreement(ctx);
  const elsewhere = mine.filter((i) => agreement.voicedElsewhere(side, i, other));
  if (!elsewhere.length) return undefined;
  // Several said by that someone (a turn put in takes the rest of the paragraph it splits): the one the other side
  // does not render, while it renders the rest.
  let i = elsewhere[0];
  if (elsewhere.length > 1) {
    const least = leastRendered(ctx, side, elsewhere, other);
    if (least.evidence > HARDLY_RENDERED || least.restLeast < RENDERED) return undefined;
    i = least.member;
  }
  if (sizeOf(model, side, [i]) < MIN_UNITS) return undefined;
  const z = zWithout(model, side, unitsOf(model.sourceUnits, pair.source), unitsOf(model.targetUnits, pair.target), i);
  return Math.abs(z) <= UNRENDERED_FIT_Z ? { pair, indices: [i], partial: false } : undefined;
}

// Of `members` (two or more), the one `others` render least (renderModel.ts), the first of equals: its evidence in
// nats, and the others' evidence in sum and at least.
function leastRendered(
  ctx: PairContext,
  side: Side,
  members: readonly number[],
  others: readonly number[],
): { member: number; evidence: number; rest: number; restLeast: number } {
  const evidence = members.map((i) => renderEvidence(ctx, side, i, others));
  let worst = 0;
  for (let k = 1; k < members.length; k++) if (evidence[k] < evidence[worst]) worst = k;
  const rest = evidence.filter((_, k) => k !== worst);
  return { member: members[worst], evidence: evidence[worst], rest: rest.reduce((n, e) => n + e, 0), restLeast: Math.min(...rest) };
}

// The length z of a pair of `s` source and `t` target units without sentence `i` of `side`.
function zWithout(model: LengthModel, side: Side, s: number, t: number, i: number): number {
  return side === 'source' ? lengthZ(model, s - model.sourceUnits[i], t) : lengthZ(model, s, t - model.targetUnits[i]);
}

// A member's evidence of being rendered (nats) is at most this for `leastRendered`: short sentences have little either way.
const HARDLY_RENDERED = 2;

// A length in source-side units, so that one threshold serves both sides.
function sizeOf(model: LengthModel, side: Side, indices: readonly number[]): number {
  return side === 'source' ? unitsOf(model.sourceUnits, indices) : unitsOf(model.targetUnits, indices) / model.ratio;
}
