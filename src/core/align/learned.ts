// A second pass with word translations learned from the pair itself (after Moore 2002): the first alignment, by
// length and the anchors that need no dictionary, is mostly right in its one-to-one beads; words that keep meeting
// in those beads far more often than chance predicts translate each other (Gipfel and sommet, Hütte and cabane).
// Each such link becomes one more anchor, so the second pass can tell a shifted run of pairs or an orphaned
// sentence merged into its neighbour from the right pairing where lengths alone cannot. No word lists: any two
// languages, learned in one pass over the beads.
import type { SegmentFeatures } from './features';
import type { Bead } from './search';

/** How links are learned and weighed. */
export interface LearnParams {
  /** Factor on a learned anchor's weight (inverse document frequency, as every anchor); 0 turns the pass off. */
  readonly weight: number;
  /** A link needs at least this Dice coefficient of its two words over the one-to-one beads… */
  readonly minDice: number;
  /** …and to meet this many times more often than two words of their frequencies would by chance. */
  readonly minLift: number;
  /** …and to meet in this many beads at least. */
  readonly minCount: number;
  /** Fewer one-to-one beads than this teach nothing worth a second pass. */
  readonly minBeads: number;
}

export const DEFAULT_LEARN: LearnParams = { weight: 0.5, minDice: 0.5, minLift: 4, minCount: 2, minBeads: 100 };

// A word of fewer letters is mostly a function word (and then frequent, so lift alone would drop it, after work).
const MIN_LETTERS = 3;
// The best links of a word, at most: inflected forms of its translation, not every word of a recurring phrase.
const MAX_LINKS = 3;

/** The segments' features with learned anchors appended (ids from `base.length` on), and weights for every id; or nothing to learn. */
export function learnedFeatures(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  source: readonly SegmentFeatures[],
  target: readonly SegmentFeatures[],
  base: Float64Array,
  beads: readonly Bead[],
  p: LearnParams,
): { source: SegmentFeatures[]; target: SegmentFeatures[]; weights: Float64Array } | undefined {
  if (!(p.weight > 0)) return undefined;
  const ones = beads.filter((b) => b.sourceEnd - b.sourceStart === 1 && b.targetEnd - b.targetStart === 1);
  if (ones.length < p.minBeads) return undefined;
  const sIds = new Map<string, number>();
  const tIds = new Map<string, number>();
  const sWords = sourceTexts.map((t) => wordIds(t, sIds));
  const tWords = targetTexts.map((t) => wordIds(t, tIds));
  const sCount = new Int32Array(sIds.size);
  const tCount = new Int32Array(tIds.size);
  for (const b of ones) {
    for (const w of sWords[b.sourceStart]) sCount[w]++;
    for (const w of tWords[b.targetStart]) tCount[w]++;
  }
  // Co-occurrences counted per source word over the beads it is in, in a dense scratch array: a map keyed by word
  // pairs costs several times more. Words too frequent for the lift asked (in more than n / minLift beads) and
  // word pairs whose counts are too far apart for the Dice asked can never link, and are skipped.
  const n = ones.length;
  const maxCount = n / p.minLift;
  const ratio = (2 - p.minDice) / p.minDice;
  const beadTargets = ones.map((b) => tWords[b.targetStart].filter((w) => tCount[w] >= p.minCount && tCount[w] <= maxCount));
  const postings: number[][] = Array.from({ length: sIds.size }, () => []);
  ones.forEach((b, k) => {
    for (const w of sWords[b.sourceStart]) if (sCount[w] >= p.minCount && sCount[w] <= maxCount) postings[w].push(k);
  });
  const together = new Int32Array(tIds.size);
  const touched: number[] = [];
  // Per source word, its links by Dice, best first.
  const links = new Map<number, { t: number; dice: number }[]>();
  postings.forEach((beadsOf, s) => {
    if (!beadsOf.length) return;
    const cs = sCount[s];
    for (const k of beadsOf)
      for (const t of beadTargets[k]) {
        const ct = tCount[t];
        if (ct * ratio < cs || ct > cs * ratio) continue;
        if (together[t]++ === 0) touched.push(t);
      }
    for (const t of touched) {
      const c = together[t];
      together[t] = 0;
      if (c < p.minCount) continue;
      const dice = (2 * c) / (cs + tCount[t]);
      if (dice < p.minDice || (c * n) / (cs * tCount[t]) < p.minLift) continue;
      let l = links.get(s);
      if (!l) links.set(s, (l = []));
      l.push({ t, dice });
    }
    touched.length = 0;
  });
  if (!links.size) return undefined;
  // One anchor per linked source word; a target word carries the anchors of every source word it is linked to.
  const anchorOf = new Map<number, number>();
  const byTarget = new Map<number, number[]>();
  for (const [s, l] of links) {
    const id = base.length + anchorOf.size;
    anchorOf.set(s, id);
    l.sort((x, y) => y.dice - x.dice);
    for (const { t } of l.slice(0, MAX_LINKS)) {
      let ids = byTarget.get(t);
      if (!ids) byTarget.set(t, (ids = []));
      ids.push(id);
    }
  }
  const size = base.length + anchorOf.size;
  const src = source.map((f, i) => withAnchors(f, sWords[i], (w, add) => add(anchorOf.get(w))));
  const tgt = target.map((f, j) => withAnchors(f, tWords[j], (w, add) => byTarget.get(w)?.forEach(add)));
  const weights = new Float64Array(size);
  weights.set(base);
  const inSrc = new Int32Array(size);
  const inTgt = new Int32Array(size);
  for (const f of src) for (const a of f.anchors) if (a >= base.length) inSrc[a]++;
  for (const f of tgt) for (const a of f.anchors) if (a >= base.length) inTgt[a]++;
  const total = source.length + target.length;
  for (let a = base.length; a < size; a++) if (inSrc[a] && inTgt[a]) weights[a] = p.weight * Math.log(1 + total / (inSrc[a] + inTgt[a]));
  return { source: src, target: tgt, weights };
}

function withAnchors(
  f: SegmentFeatures,
  words: readonly number[],
  each: (w: number, add: (id: number | undefined) => void) => void,
): SegmentFeatures {
  const extra = new Set<number>();
  const add = (id: number | undefined) => {
    if (id !== undefined) extra.add(id);
  };
  for (const w of words) each(w, add);
  if (!extra.size) return f;
  // Learned ids follow every id of the table, so appending them sorted keeps the whole list sorted.
  const anchors = new Int32Array(f.anchors.length + extra.size);
  anchors.set(f.anchors);
  anchors.set(Int32Array.from(extra).sort(), f.anchors.length);
  return { units: f.units, anchors };
}

/**
 * The distinct words of a text, as ids (from `ids`, which gives new words the next id): runs of letters, lower-cased,
 * of three or more; each ideograph, kana or Hangul syllable alone (no space sets off a word of Chinese or Japanese).
 * Read by character codes: a Unicode regular expression over every sentence costs more than the counting.
 */
export function wordIds(text: string, ids: Map<string, number>): number[] {
  const out = new Set<number>();
  const add = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    out.add(id);
  };
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (isIdeographic(c)) add(text[i++]);
    else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j)) && !isIdeographic(text.charCodeAt(j))) j++;
      if (j - i >= MIN_LETTERS) add(text.slice(i, j).toLowerCase());
      i = j;
    } else i++;
  }
  return [...out];
}

const isIdeographic = (c: number) =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);

// Whether a UTF-16 code unit is a letter or a combining mark, remembered per code unit: 1 yes, 2 no. Surrogates
// count as not: a word outside the basic plane is rare enough to lose.
let letters: Uint8Array | undefined;
const LETTER = /^[\p{L}\p{M}]$/u;
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  const known = (letters ??= new Uint8Array(0x10000));
  if (!known[c]) known[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known[c] === 1;
}
