// A one-pass word scanner over code units for checks that must stay fast on megabyte transcripts: words of
// one script each (Latin words keep inner apostrophes and hyphens, as ../tokens does), and the runs of
// ideographs and kana that such languages write without spaces. Protected spans count as non-text.
import { isDenseCode } from '../fold';
import type { TextRange } from '../text';

/** Kind of a word in Latin letters (digits included). */
export const LATIN = 1;
/** Kind of a run of Han ideographs. */
export const HAN = 2;
/** Kind of a run of hiragana or katakana. */
export const KANA = 3;
/** Kind of a Hangul word. */
export const HANGUL = 4;
/** Kind of a word in any other script. */
export const OTHER = 5;

/** The words of a span as parallel arrays, plus its runs of unspaced Han/kana text as [start, end) pairs. */
export interface WordScan {
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly kinds: readonly number[];
  readonly cjkRuns: readonly number[];
}

// Class of each code unit below U+3000: 1 letter or digit, 2 combining mark, 0 anything else; built on first use.
let classes: Uint8Array | undefined;

function classTable(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x3000);
  const word = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let c = 0x80; c < 0x3000; c++) {
    const ch = String.fromCharCode(c);
    classes[c] = word.test(ch) ? 1 : mark.test(ch) ? 2 : 0;
  }
  return classes;
}

// The kind of word a code unit belongs to; 0 for none, -1 for a combining mark (it joins the word before).
function kindOf(c: number, table: Uint8Array): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LATIN : 0;
  if (c < 0x3000 && !(c >= 0x1100 && c <= 0x11ff)) {
    const cls = table[c];
    if (cls !== 1) return cls === 2 ? -1 : 0;
    return c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff) ? LATIN : OTHER;
  }
  if (isDenseCode(c)) {
    if (c >= 0x3040 && c <= 0x30ff) return KANA;
    if (c >= 0xf900 && c <= 0xfaff) return HAN;
    return c >= 0xac00 || c <= 0x11ff || (c >= 0x3130 && c <= 0x318f) ? HANGUL : HAN;
  }
  // CJK and full-width punctuation are the common case here; full-width letters are Latin written wide.
  if (c <= 0x303f || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65)) return 0;
  if (c >= 0xff10 && c <= 0xff5a) return LATIN;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? OTHER : 0;
}

// The kind of the character at `i` off the hot path: surrogates, marks, other scripts.
function slowKind(text: string, i: number, end: number, c: number, table: Uint8Array): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    return c >= 0xd840 && c <= 0xd87f && low >= 0xdc00 && low <= 0xdfff ? HAN : 0; // astral ideographs
  }
  return kindOf(c, table);
}

// Reused by every scan: a megabyte holds thousands of paragraphs, and fresh arrays for each keep the
// garbage collector busy (typed arrays would be worse still: each is an off-heap allocation).
const starts: number[] = [];
const ends: number[] = [];
const kinds: number[] = [];
const cjkRuns: number[] = [];

/**
 * Scans `text[range]` once; characters inside `spans` (sorted) are treated as non-text. The arrays of the
 * result are reused by the next call: use a scan before starting another.
 */
export function scanWords(text: string, range: TextRange, spans: readonly TextRange[]): WordScan {
  starts.length = 0;
  ends.length = 0;
  kinds.length = 0;
  cjkRuns.length = 0;
  const table = classTable();
  const end = range.end;
  let kind = 0; // kind of the open word, 0 when none
  let runStart = -1;
  let sp = 0;
  let nextProtected = spans.length ? spans[0].start : end + 1;
  for (let i = range.start; i <= end; i++) {
    let k: number;
    const c = i < end ? text.charCodeAt(i) : 32;
    if (i >= nextProtected) {
      // Inside a protected span: no word. Skip to its end.
      const stop = Math.min(end, spans[sp].end);
      sp++;
      nextProtected = sp < spans.length ? spans[sp].start : end + 1;
      if (stop > i) {
        if (kind !== 0) {
          ends.push(i);
          kind = 0;
        }
        if (runStart >= 0) {
          cjkRuns.push(runStart, i);
          runStart = -1;
        }
        i = stop - 1;
        continue;
      }
    }
    // An underscore joins an identifier (snake_case) into one word.
    if (c < 0x80) k = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c === 95 && kind === LATIN) ? LATIN : 0;
    else if (c >= 0x4e00 && c <= 0x9fff) k = HAN;
    else k = slowKind(text, i, end, c, table);
    if (k === -1) k = kind; // a combining mark continues its word
    else if (k === 0 && kind !== 0 && (c === 39 || c === 0x2019 || c === 45) && (kind === LATIN || kind === OTHER) && i + 1 < end && kindOf(text.charCodeAt(i + 1), table) === kind) k = kind;
    if (k !== kind) {
      if (kind !== 0) ends.push(i);
      if (k !== 0) {
        starts.push(i);
        kinds.push(k);
      }
      kind = k;
    }
    if (k === HAN || k === KANA) {
      if (runStart < 0) runStart = i;
      if (c >= 0xd800 && c <= 0xdbff) i++; // the low half of an astral ideograph
    } else if (runStart >= 0) {
      cjkRuns.push(runStart, i);
      runStart = -1;
    }
  }
  return { count: ends.length, starts, ends, kinds, cjkRuns };
}
