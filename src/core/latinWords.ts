import type { Transcript } from './model';
import { proseRanges, rangeCursor, verbatimRanges } from './prose';

// Local copies: a hot loop reading `exports.X` pays a property load per use.
const CAP = 1;
const MARK = 2;
const INIT = 4;
const JOIN = 8;
const CJK = 16;
/** Starts with a capital letter. */
export const CAPITAL = CAP;
/** Spelled like a product name: an inner capital (GraphQL), two leading capitals (SQL) or a digit (H2O). */
export const MARKED = MARK;
/** First word of a line, sentence or clause, where a capital says nothing. */
export const INITIAL = INIT;
/** Follows the previous word of its prose range with one to three spaces only: the two can form one name. */
export const JOINED = JOIN;
/** Stands next to Chinese, Japanese or Korean text (or its punctuation): a foreign word there. */
export const IN_CJK = CJK;

/**
 * The Latin words of a transcript's prose (code, URLs and link targets left out), as parallel arrays:
 * a long document holds hundreds of thousands of words, and arrays of numbers cost far less than objects.
 */
export interface LatinWords {
  readonly length: number;
  readonly start: Int32Array;
  /** End of each word, a possessive `'s` excluded. */
  readonly end: Int32Array;
  /** Each word lower-cased, hyphens and apostrophes removed. */
  readonly key: readonly string[];
  /** `CAPITAL | MARKED | INITIAL | JOINED | IN_CJK` bits. */
  readonly flags: Uint8Array;
}

const codes = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0)!));
const OPENERS = codes(' \t*_"“‘\'(（[「『【《');
const SENTENCE_END = codes('.!?。！？:：;；…—–\n\r>#|');

// Latin letters (ASCII, Latin-1 and Latin Extended-A/B); digits continue a word but never start one.
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

// A word: Latin letters and digits, with inner apostrophes and hyphens ("don't", "Jean-Pierre").
const WORD = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*(?:['’-][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*/g;

/** Scans the prose of a transcript for Latin words: "Jean-Pierre" and "don't" are one word each. */
export function latinWords(t: Transcript): LatinWords {
  const text = t.text;
  // Typed arrays, doubled when full, cost far less than arrays of numbers grown one push at a time.
  let room = Math.min(1 << 14, text.length + 1);
  let start = new Int32Array(room);
  let end = new Int32Array(room);
  let flags = new Uint8Array(room);
  const key: string[] = [];
  let n = 0;
  const prose = proseRanges(t);
  // Most Latin documents hold no CJK character at all: then no word needs to look at its neighbours for one.
  const anyCjk = /[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(text);
  const verbatim = rangeCursor(verbatimRanges(text));
  let r = 0;
  let prevEnd = -1;
  // One native regex pass over the whole text: CJK runs are skipped without a JavaScript loop over them.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const i = m.index;
    if (i >= prose[r]?.end) {
      while (r < prose.length && i >= prose[r].end) r++;
      prevEnd = -1;
    }
    if (r >= prose.length) break;
    const range = prose[r];
    if (i < range.start || verbatim.inside(i)) continue;
    const word = m[0];
    const j = Math.min(i + word.length, range.end);
    let e = j;
    if (e - i > 2 && (text.charCodeAt(e - 1) | 32) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) e -= 2;
    let bits = isUpper(text.charCodeAt(i)) ? CAP : 0;
    let joiner = false;
    let upper = bits !== 0;
    for (let k = i + 1; k < e; k++) {
      const d = text.charCodeAt(k);
      if (d === 39 || d === 0x2019 || d === 45) joiner = true;
      else if (d >= 48 && d <= 57) bits |= MARK;
      else if (isUpper(d)) {
        upper = true;
        const p = text.charCodeAt(k - 1);
        if (isLetter(p) && (k === i + 1 || !isUpper(p))) bits |= MARK;
      }
    }
    // Only a capital needs to know whether a sentence starts here.
    if (bits & CAP && isInitial(text, i, range.start)) bits |= INIT;
    if (anyCjk && (isCjkCode(nearby(text, i - 1, -1)) || isCjkCode(nearby(text, e, 1)))) bits |= CJK;
    if (prevEnd >= 0 && i - prevEnd <= 3 && isBlank(text, prevEnd, i)) bits |= JOIN;
    // Most words are lower case already: the matched string itself is the key, with no new string.
    let k = e === i + word.length ? word : text.slice(i, e);
    if (upper) k = k.toLowerCase();
    if (n === room) {
      room *= 2;
      [start, end, flags] = [grow(start, new Int32Array(room)), grow(end, new Int32Array(room)), grow(flags, new Uint8Array(room))];
    }
    start[n] = i;
    end[n] = e;
    flags[n] = bits;
    key.push(joiner ? k.replace(/['’-]/g, '') : k);
    n++;
    prevEnd = e;
  }
  return { length: n, start: start.subarray(0, n), end: end.subarray(0, n), key, flags: flags.subarray(0, n) };
}

// The code of the first character from `at` in direction `step` that is not a space (within two), or 0.
function nearby(text: string, at: number, step: number): number {
  for (let k = 0; k < 3 && at >= 0 && at < text.length; k++, at += step) {
    const c = text.charCodeAt(at);
    if (c !== 32) return c;
  }
  return 0;
}

// Han, kana, Hangul, and the CJK and full-width punctuation around them.
function isCjkCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xf900 && c <= 0xfaff);
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
  return to > from;
}

// A word opens a sentence when only openers separate it from the range start or a sentence end.
function isInitial(text: string, at: number, floor: number): boolean {
  let j = at - 1;
  while (j >= floor && OPENERS.has(text.charCodeAt(j))) j--;
  return j < floor || SENTENCE_END.has(text.charCodeAt(j));
}
