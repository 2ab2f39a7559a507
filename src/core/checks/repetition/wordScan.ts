// A one-pass word scanner over code units for checks that must stay fast on megabyte transcripts: words of
// one script each (Latin words keep inner apostrophes and hyphens, as ../tokens does), and the runs of
// ideographs and kana that such languages write without spaces. Protected spans count as non-text.
import {
  CJK_PUNCTUATION,
  HAN as HAN_CLASS,
  HANGUL as HANGUL_CLASS,
  KANA as KANA_CLASS,
  LATIN as LATIN_CLASS,
  unitClass,
  WIDE_LATIN,
  isUnitIn,
  WORD_JOINER,
} from '../../text/scripts';
import type { TextRange } from '../../text/offsets';

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
  /** Number of words: entries of `starts`, `ends` and `kinds` past it are stale. */
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly kinds: readonly number[];
  readonly cjkRuns: readonly number[];
  /** Number of entries of `cjkRuns` (twice the number of runs). */
  readonly cjkCount: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;

// The kind of word a code unit belongs to; 0 for none, -1 for a combining mark (it joins the word before).
function kindOf(c: number): number {
  const cls = unitClass(c);
  if (cls & KANA_CLASS) return KANA;
  if (cls & HAN_CLASS) return HAN;
  if (cls & HANGUL_CLASS) return HANGUL;
  // Full-width letters are Latin written wide; CJK punctuation joins no word.
  if (cls & WIDE_LATIN) return LATIN;
  if (cls & CJK_PUNCTUATION) return 0;
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? LATIN : 0;
  const ch = String.fromCharCode(c);
  if (!WORD_CHAR.test(ch)) return c < 0x3000 && MARK_CHAR.test(ch) ? -1 : 0;
  // Latin letters, and the digits and ordinal signs of Latin-1 and the Latin Extended blocks.
  return cls & LATIN_CLASS || c < 0x250 ? LATIN : OTHER;
}

// Codes of the per-code-unit table beyond the kinds: characters whose kind depends on their neighbours.
const MARK = 6; // combining mark: continues the word before
const UNDERSCORE = 7; // joins a Latin identifier (snake_case)
const JOINER = 8; // ' ’ -: inside a word when the same kind of letter follows
const SURROGATE = 9; // half of an astral character
const UNKNOWN = 255;

// The kind (or one of the codes above) of every code unit, filled on first sight: kindOf is too slow to
// call per character of a megabyte, and a transcript uses few distinct characters.
const unitKinds = new Uint8Array(0x10000).fill(UNKNOWN);

function fillKind(c: number): number {
  let k: number;
  if (c >= 0xd800 && c <= 0xdfff) k = SURROGATE;
  else if (c === 95) k = UNDERSCORE;
  else if (isUnitIn(c, WORD_JOINER)) k = JOINER;
  else {
    k = kindOf(c);
    if (k === -1) k = MARK;
  }
  unitKinds[c] = k;
  return k;
}

// Reused by every scan and never shortened (emptying an array frees its storage): a megabyte holds
// thousands of paragraphs, and fresh arrays for each keep the garbage collector busy.
const starts: number[] = [];
const ends: number[] = [];
const kinds: number[] = [];
const cjkRuns: number[] = [];

/**
 * Scans `text[range]` once; characters inside `spans` (sorted) are treated as non-text. The arrays of the
 * result are reused by the next call (only their first `count` / `cjkCount` entries belong to this scan):
 * use a scan before starting another.
 */
export function scanWords(text: string, range: TextRange, spans: readonly TextRange[]): WordScan {
  let count = 0; // words started
  let closed = 0; // words ended
  let runs = 0; // entries of cjkRuns
  const end = range.end;
  let kind = 0; // kind of the open word, 0 when none
  let runStart = -1;
  let sp = 0;
  let nextProtected = spans.length ? spans[0].start : end + 1;
  for (let i = range.start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (i >= nextProtected) {
      // Inside a protected span: no word. Skip to its end.
      const stop = Math.min(end, spans[sp].end);
      sp++;
      nextProtected = sp < spans.length ? spans[sp].start : end + 1;
      if (stop > i) {
        if (kind !== 0) {
          ends[closed++] = i;
          kind = 0;
        }
        if (runStart >= 0) {
          cjkRuns[runs++] = runStart;
          cjkRuns[runs++] = i;
          runStart = -1;
        }
        i = stop - 1;
        continue;
      }
    }
    let k = unitKinds[c];
    if (k === UNKNOWN) k = fillKind(c);
    if (k > OTHER) k = contextKind(text, i, end, c, k, kind);
    if (k !== kind) {
      if (kind !== 0) ends[closed++] = i;
      if (k !== 0) {
        starts[count] = i;
        kinds[count++] = k;
      }
      kind = k;
    }
    if (k === HAN || k === KANA) {
      if (runStart < 0) runStart = i;
      if (c >= 0xd800 && c <= 0xdbff) i++; // the low half of an astral ideograph
    } else if (runStart >= 0) {
      cjkRuns[runs++] = runStart;
      cjkRuns[runs++] = i;
      runStart = -1;
    }
    // Units of the same plain kind change nothing: skip them in a tight loop (one branch per character).
    const limit = Math.min(end, nextProtected);
    while (i + 1 < limit && unitKinds[text.charCodeAt(i + 1)] === k) i++;
  }
  return { count: closed, starts, ends, kinds, cjkRuns, cjkCount: runs };
}

// The kind of a code unit whose table code says it depends on `kind`, the open word's, or on the next unit.
function contextKind(text: string, i: number, end: number, c: number, code: number, kind: number): number {
  switch (code) {
    case MARK:
      return kind;
    case UNDERSCORE:
      return kind === LATIN ? LATIN : 0;
    case JOINER: {
      if ((kind !== LATIN && kind !== OTHER) || i + 1 >= end) return 0;
      const next = text.charCodeAt(i + 1);
      const k = unitKinds[next] === UNKNOWN ? fillKind(next) : unitKinds[next];
      return k === kind ? kind : 0;
    }
    default: {
      // SURROGATE: astral ideographs are Han; other astral characters are no word.
      const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      return unitClass(c) & HAN_CLASS && low >= 0xdc00 && low <= 0xdfff ? HAN : 0;
    }
  }
}
