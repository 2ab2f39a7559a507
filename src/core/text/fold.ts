// Folding for "is this the same text?" comparisons: letters and digits only, case folded, full-width Latin
// narrowed, with a map back to the original offsets so a match found on folded text can be reported exactly.
// Runs over megabytes on every check, so it works on UTF-16 code units through lookup tables.
import type { TextRange } from './offsets';
import { CJK, CJK_LETTER_WEIGHT, CJK_PUNCTUATION, HAN, isUnitIn, WIDE_LATIN } from './scripts';

/** Folded text and, for each of its code units, the offset in the original text it came from. */
export interface FoldedText {
  readonly folded: string;
  readonly offsets: ArrayLike<number>;
  /** Where each input range begins in `folded`. */
  readonly starts: ArrayLike<number>;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// The folded code unit for `c` below U+3000: letters and digits lower-cased (where that keeps one unit), 0 to drop.
function foldLow(c: number): number {
  const ch = String.fromCharCode(c);
  if (!LETTER_OR_DIGIT.test(ch)) return 0;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

// The folded code unit for `c` at or above U+3000 (surrogates excepted), or 0 to drop it.
function foldHigh(c: number): number {
  if (isUnitIn(c, CJK)) return c;
  // Full-width ASCII letters and digits are the same words as their narrow forms.
  if (isUnitIn(c, WIDE_LATIN)) return c >= 0xff21 && c <= 0xff3a ? c - 0xfee0 + 32 : c - 0xfee0;
  if (isUnitIn(c, CJK_PUNCTUATION)) return 0;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? c : 0;
}

// The folded code units as a string. Node's Buffer makes it with one copy (a large one as an external string);
// TextDecoder's UTF-16 goes through ICU at some 30 ns a unit, most of a long document's fold. The core runs in
// Node (extension host, CLI, workers): TextDecoder is only the fallback.
const decoder = new TextDecoder('utf-16le');
const fromUnits: (codes: Uint16Array) => string =
  typeof Buffer === 'function'
    ? (codes) => Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le')
    : (codes) => decoder.decode(codes);

// Folded form of every BMP code unit, filled on first sight: foldHigh (a regex for rare scripts) per character
// of a megabyte was most of the fold's cost. PAIR marks surrogates, folded with the unit after them.
const UNSEEN = -1;
const PAIR = -2;
const folds = new Int32Array(0x10000).fill(UNSEEN);

/**
 * Folds `text` over each of `ranges` in order into one string of lower-cased letters and digits (punctuation,
 * spaces and marks dropped), recording where every folded code unit came from.
 */
export function foldRanges(text: string, ranges: readonly TextRange[]): FoldedText {
  return foldSpans(
    text,
    Int32Array.from(ranges, (r) => r.start),
    Int32Array.from(ranges, (r) => r.end),
  );
}

/**
 * `foldRanges` of ranges given as their starts and ends. Without `withOffsets` no offset is recorded (`offsets` is
 * empty): four bytes a character of a long document, for a caller that can fold a range again where it needs one.
 */
export function foldSpans(text: string, rangeStarts: ArrayLike<number>, rangeEnds: ArrayLike<number>, withOffsets = true): FoldedText {
  let total = 0;
  for (let k = 0; k < rangeStarts.length; k++) total += Math.max(0, Math.min(rangeEnds[k], text.length) - Math.max(0, rangeStarts[k]));
  const codes = new Uint16Array(total);
  const offsets = new Int32Array(withOffsets ? total : 0);
  const starts = new Int32Array(rangeStarts.length);
  let n = 0;
  for (let k = 0; k < rangeStarts.length; k++) {
    starts[k] = n;
    const end = Math.min(rangeEnds[k], text.length);
    for (let i = Math.max(0, rangeStarts[k]); i < end; i++) {
      const c = text.charCodeAt(i);
      let f = folds[c];
      if (f === UNSEEN) f = folds[c] = c >= 0xd800 && c <= 0xdfff ? PAIR : c < 0x3000 ? foldLow(c) : foldHigh(c);
      if (f === PAIR) {
        // Astral ideographs (planes 2 and 3) are letters; other astral characters (emoji) are not.
        const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
        if (isUnitIn(c, HAN) && next >= 0xdc00 && next <= 0xdfff) {
          codes[n] = c;
          if (withOffsets) offsets[n] = i;
          n++;
          f = next;
          i++;
        } else f = 0;
      }
      if (f) {
        codes[n] = f;
        if (withOffsets) offsets[n] = i;
        n++;
      }
    }
  }
  return { folded: fromUnits(codes.subarray(0, n)), offsets: offsets.subarray(0, n), starts };
}

/** Folds one string for comparison (see `foldRanges`). */
export function foldText(text: string): string {
  return foldRanges(text, [{ start: 0, end: text.length }]).folded;
}

/**
 * How much text a folded string carries, in Latin-letter units: an ideograph or Hangul syllable says about as
 * much as `CJK_LETTER_WEIGHT` Latin letters, so "long enough to matter" can be one threshold for every script.
 */
export function foldedWeight(folded: string, start = 0, end = folded.length): number {
  let weight = 0;
  for (let i = start; i < end; i++) {
    const c = folded.charCodeAt(i);
    // A surrogate pair is one (rare, astral) ideograph: count its high half only.
    if (c >= 0xd800 && c < 0xe000) weight += c < 0xdc00 ? CJK_LETTER_WEIGHT : 0;
    else weight += isUnitIn(c, CJK) ? CJK_LETTER_WEIGHT : 1;
  }
  return weight;
}
