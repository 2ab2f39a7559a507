// Sentence alignment of a text and its translation: features per segment, anchor weights from how rare an
// anchor is in this pair, then the cheapest path of beads. Every segment of both sides is in exactly one
// pair, in order; a segment with no counterpart is paired with nothing.
import { DEFAULT_PARAMS, type AlignParams } from './beads';
import { AnchorTable, scriptShares, segmentFeatures, type ExtraAnchors, type SegmentFeatures } from './features';
import { DEFAULT_LEARN, learnedFeatures, type LearnParams } from './learned';
import { lexiconStems, stem, type Lexicon } from './lexicon';
import { latinNameKeys, latinNames, nameMatchingFits, transliteratedNamesOf } from './names';
import { bestPath, pathNear } from './search';
import { Spans } from './spans';

/** One pair of the alignment: 0-based segment indices on each side (either may be empty) and a confidence in [0, 1]. */
export interface AlignedPair {
  readonly source: number[];
  readonly target: number[];
  readonly score: number;
  /** Set by a decision made by hand (see overrides.ts), not by the aligner. */
  readonly manual?: boolean;
}

/** Options of an alignment run. */
export interface AlignOptions {
  readonly params?: AlignParams;
  /** A Chinese–English lexicon, used when one side is Chinese and the other is not. */
  readonly lexicon?: Lexicon;
  /** The second pass with word translations learned from the first (learned.ts). */
  readonly learn?: LearnParams;
  /** The length ratio of the whole documents, when the segments are a part of them (documents.ts). */
  readonly lengthRatio?: number;
}

/** Aligns two lists of segments; the pairs cover every segment of both sides exactly once, in order. */
export function alignSegments(source: readonly string[], target: readonly string[], options: AlignOptions = {}): AlignedPair[] {
  const params = options.params ?? DEFAULT_PARAMS;
  const { source: src, target: tgt, weights } = pairFeatures(source, target, options);
  let beads = bestPath(new Spans(src, weights), new Spans(tgt, weights), src.length, tgt.length, params, options.lengthRatio);
  const learned = learnedFeatures(source, target, src, tgt, weights, beads, options.learn ?? DEFAULT_LEARN);
  if (learned) {
    const w = learned.weights;
    beads = pathNear(new Spans(learned.source, w), new Spans(learned.target, w), src.length, tgt.length, params, beads, NEAR_BAND);
  }
  return beads.map((b) => ({
    source: range(b.sourceStart, b.sourceEnd),
    target: range(b.targetStart, b.targetEnd),
    score: confidence(b.cost + (params.prior[`${b.sourceEnd - b.sourceStart}:${b.targetEnd - b.targetStart}`] ?? 0)),
  }));
}

// Half the band of the second pass: learned anchors move a bead by a sentence or a few, not by dozens (and where
// they do, the path meets the band's edge and the band widens).
const NEAR_BAND = 4;

/** The features of both sides' segments, with anchors interned in one table and weighed by how rare they are in this pair. */
export interface PairFeatures {
  readonly source: readonly SegmentFeatures[];
  readonly target: readonly SegmentFeatures[];
  readonly weights: Float64Array;
  readonly table: AnchorTable;
}

/** What the aligner knows of two lists of segments (translation checks read it too). */
export function pairFeatures(source: readonly string[], target: readonly string[], options: AlignOptions = {}): PairFeatures {
  const params = options.params ?? DEFAULT_PARAMS;
  if (last && last.lexicon === options.lexicon && last.params === params && same(last.source, source) && same(last.target, target))
    return last.features;
  const table = new AnchorTable();
  const shares: Shares = [scriptShares(source), scriptShares(target)];
  const [srcExtra, tgtExtra] = both(lexiconAnchors(options.lexicon, shares), nameAnchors(source, target, shares));
  const keys = new Map<string, string | undefined>();
  const src = source.map((s) => segmentFeatures(s, table, srcExtra, keys));
  const tgt = target.map((s) => segmentFeatures(s, table, tgtExtra, keys));
  const weights = anchorWeights(src, tgt, table.size);
  // A lexicon links a word to every sense of its translation: weaker evidence than a shared number or name.
  for (const id of table.lexicalIds) weights[id] *= params.lexiconWeight;
  const features = { source: src, target: tgt, weights, table };
  last = { source: [...source], target: [...target], lexicon: options.lexicon, params, features };
  return features;
}

// The last pair's features: the bilingual checks ask again for those the aligner has just made (the whole
// documents, when they are aligned as one group).
let last:
  | {
      readonly source: readonly string[];
      readonly target: readonly string[];
      readonly lexicon?: Lexicon;
      readonly params: AlignParams;
      readonly features: PairFeatures;
    }
  | undefined;

function same(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

type Shares = readonly [ReturnType<typeof scriptShares>, ReturnType<typeof scriptShares>];

// A side mostly in ideographs has a lexicon anchor for each gloss of its words, the other side one for each of
// its words: they meet where a word and its translation face each other.
const CHINESE = 0.5;
function lexiconAnchors(lexicon: Lexicon | undefined, shares: Shares): [ExtraAnchors?, ExtraAnchors?] {
  if (!lexicon) return [];
  const s = shares[0].han;
  const t = shares[1].han;
  if (s >= CHINESE === t >= CHINESE) return [];
  const chinese: ExtraAnchors = (text, add) => lexiconStems(text, lexicon, (g) => add('~' + g));
  const other: ExtraAnchors = (text, add) => {
    for (const m of text.matchAll(/\p{Script=Latin}+/gu)) {
      const g = stem(m[0]);
      if (g) add('~' + g);
    }
  };
  return s >= CHINESE ? [chinese, other] : [other, chinese];
}

// Latin names on one side, their transliterations into Chinese or Korean on the other.
function nameAnchors(source: readonly string[], target: readonly string[], shares: Shares): [ExtraAnchors?, ExtraAnchors?] {
  const s = shares[0].cjk;
  const t = shares[1].cjk;
  if (s >= CHINESE === t >= CHINESE) return [];
  const [latin, other] = s >= CHINESE ? [target, source] : [source, target];
  if (!nameMatchingFits(other)) return [];
  const index = latinNames(latin);
  if (!index) return [];
  const onLatin: ExtraAnchors = (text, add) => latinNameKeys(text, index, add);
  const found = transliteratedNamesOf(other, index);
  const byText = new Map<string, string[]>();
  other.forEach((text, i) => byText.set(text, found[i]));
  const onOther: ExtraAnchors = (text, add) => byText.get(text)?.forEach(add);
  return s >= CHINESE ? [onOther, onLatin] : [onLatin, onOther];
}

function both(a: [ExtraAnchors?, ExtraAnchors?], b: [ExtraAnchors?, ExtraAnchors?]): [ExtraAnchors?, ExtraAnchors?] {
  const join = (x?: ExtraAnchors, y?: ExtraAnchors): ExtraAnchors | undefined =>
    x && y
      ? (text, add) => {
          x(text, add);
          y(text, add);
        }
      : (x ?? y);
  return [join(a[0], b[0]), join(a[1], b[1])];
}

// An anchor found on one side only says nothing about where the other side's sentences are; one found on both
// says more the fewer segments hold it (inverse document frequency over both sides).
function anchorWeights(src: readonly SegmentFeatures[], tgt: readonly SegmentFeatures[], size: number): Float64Array {
  const inSrc = new Int32Array(size);
  const inTgt = new Int32Array(size);
  for (const s of src) for (const a of s.anchors) inSrc[a]++;
  for (const s of tgt) for (const a of s.anchors) inTgt[a]++;
  const total = src.length + tgt.length;
  const weights = new Float64Array(size);
  for (let a = 0; a < size; a++) if (inSrc[a] && inTgt[a]) weights[a] = Math.log(1 + total / (inSrc[a] + inTgt[a]));
  return weights;
}

// A bead's cost (prior included) mapped to (0, 1): a clean one-to-one pair with shared anchors is near 1.
function confidence(cost: number): number {
  return Math.round(1000 / (1 + Math.exp(cost - 3))) / 1000;
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}
