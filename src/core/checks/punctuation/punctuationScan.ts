// One pass over a paragraph collecting every mark the punctuation rules look at, so that each rule works on
// a handful of positions instead of rescanning the text (the check must stay fast on megabyte files).
import { NO_SPACE_AFTER, NO_SPACE_BEFORE } from './cjkPunctuation';
import { CJK_LETTER_WEIGHT, fillUnits, HAN as HAN_CLASS, isUnitIn, KANA, SPACE as SPACE_CLASS } from '../../text/scripts';
import type { TextRange } from '../../text/offsets';

/** Positions of interest in one paragraph, in text order. */
export interface PunctuationInventory {
  /** Offset of the first Han or kana character, or -1. */
  readonly firstHan: number;
  /**
   * Whether the paragraph is Latin-script prose that merely quotes some Chinese or Japanese words: its ASCII
   * letters outweigh its ideographs and kana (each worth `CJK_LETTER_WEIGHT` letters).
   */
  readonly latinProse: boolean;
  /** “ and ”. */
  readonly curly: readonly number[];
  /** ". */
  readonly straight: readonly number[];
  /** ( ) [ ] （ ） 【 】. */
  readonly brackets: readonly number[];
  /** Single ASCII , : ; ? ! and lone periods. */
  readonly asciiMarks: readonly number[];
  /** [start, end) pairs of ellipsis-like runs: ..., 。。。, …, ・・・ (a run of two … is right and left out). */
  readonly ellipses: readonly number[];
  /** [start, end) pairs of space runs touching a full-width mark that needs none, or a curly quotation mark. */
  readonly spaces: readonly number[];
  /** Offsets of empty pairs of curly quotes, `‘’` and `“”`. */
  readonly emptyQuotes: readonly number[];
}

const isSpace = (c: number) => isUnitIn(c, SPACE_CLASS);

// What the scan does with each code unit, looked up in one table instead of a chain of comparisons.
// 0 is nothing to do; LATIN and HAN are 1 and 2 so that the scan can count letters and ideographs arithmetically.
const LATIN = 1; // an ASCII letter
const HAN = 2; // a Han or kana character (or the high half of an astral ideograph)
const CURLY = 3;
const STRAIGHT = 4;
const BRACKET = 5;
const ASCII_MARK = 6;
const DOTS = 7; // . 。 ・: a run of three is an ellipsis
const ELLIPSIS = 8; // …
const SPACE = 9;
const SINGLE_OPEN = 10; // ‘
// Flags of the full-width marks around which no space belongs.
const NO_AFTER = 1;
const NO_BEFORE = 2;
// Curly quotation marks: shared with English typography, so a space beside one is only collected here and
// judged by its neighbours (see spacesAroundFullWidth).
const QUOTE_CLOSE = 4;
const QUOTE_OPEN = 8;

const actions = new Uint8Array(0x10000);
const spacing = new Uint8Array(0x10000);
fillUnits(actions, HAN_CLASS | KANA, HAN);
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) actions[c] = LATIN;
for (const c of [0x201c, 0x201d]) actions[c] = CURLY;
actions[34] = STRAIGHT;
for (const c of [40, 41, 91, 93, 0xff08, 0xff09, 0x3010, 0x3011]) actions[c] = BRACKET;
for (const c of [44, 58, 59, 63, 33]) actions[c] = ASCII_MARK;
for (const c of [46, 0x3002, 0x30fb]) actions[c] = DOTS;
actions[0x2026] = ELLIPSIS;
actions[0x2018] = SINGLE_OPEN;
fillUnits(actions, SPACE_CLASS, SPACE);
for (const m of NO_SPACE_AFTER) spacing[m.charCodeAt(0)] |= NO_AFTER;
for (const m of NO_SPACE_BEFORE) spacing[m.charCodeAt(0)] |= NO_BEFORE;
spacing[0x201d] |= QUOTE_CLOSE; // ”
spacing[0x2019] |= QUOTE_CLOSE; // ’
spacing[0x201c] |= QUOTE_OPEN; // “
spacing[0x2018] |= QUOTE_OPEN; // ‘

// End of the run of `c` starting at `i`.
function runEnd(text: string, i: number, end: number, c: number): number {
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  return j;
}

/** Collects the paragraph's quotation marks, brackets, ASCII marks, ellipses and misplaced spaces. */
export function scanPunctuation(text: string, range: TextRange): PunctuationInventory {
  let han = 0;
  let latin = 0;
  const inv = {
    firstHan: -1,
    latinProse: false,
    curly: [] as number[],
    straight: [] as number[],
    brackets: [] as number[],
    asciiMarks: [] as number[],
    ellipses: [] as number[],
    spaces: [] as number[],
    emptyQuotes: [] as number[],
  };
  const { start, end } = range;
  let firstHan = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const action = actions[c];
    if (action <= HAN) {
      // Letters, ideographs and the rest are most of the text: counted without branching on which.
      latin += action & LATIN;
      han += action >> 1;
      if (firstHan < 0 && action === HAN) firstHan = i;
      continue;
    }
    switch (action) {
      case CURLY:
        inv.curly.push(i);
        if (c === 0x201c && text.charCodeAt(i + 1) === 0x201d && i + 1 < end) inv.emptyQuotes.push(i);
        break;
      case SINGLE_OPEN:
        if (text.charCodeAt(i + 1) === 0x2019 && i + 1 < end) inv.emptyQuotes.push(i);
        break;
      case STRAIGHT:
        inv.straight.push(i);
        break;
      case BRACKET:
        inv.brackets.push(i);
        break;
      case ASCII_MARK:
        inv.asciiMarks.push(i);
        break;
      case DOTS: {
        const e = runEnd(text, i, end, c);
        if (e - i >= 3) inv.ellipses.push(i, e);
        else if (c === 46 && e - i === 1) inv.asciiMarks.push(i);
        i = e - 1;
        break;
      }
      case ELLIPSIS: {
        const e = runEnd(text, i, end, c);
        if ((e - i) % 2 === 1) inv.ellipses.push(i, e);
        i = e - 1;
        break;
      }
      default: {
        // SPACE
        let e = i + 1;
        while (e < end && isSpace(text.charCodeAt(e))) e++;
        const before = i > start ? text.charCodeAt(i - 1) : 0;
        const after = e < end ? text.charCodeAt(e) : 0;
        if (before && after && (spacing[before] & (NO_AFTER | QUOTE_CLOSE) || spacing[after] & (NO_BEFORE | QUOTE_OPEN)))
          inv.spaces.push(i, e);
        i = e - 1;
      }
    }
  }
  inv.firstHan = firstHan;
  inv.latinProse = latin > CJK_LETTER_WEIGHT * han;
  return inv;
}
