// One pass over a paragraph collecting every mark the punctuation rules look at, so that each rule works on
// a handful of positions instead of rescanning the text (the check must stay fast on megabyte files).
import { NO_SPACE_AFTER, NO_SPACE_BEFORE, isHanOrKana } from './cjkPunctuation';
import type { TextRange } from '../text';

/** Positions of interest in one paragraph, in text order. */
export interface PunctuationInventory {
  /** Offset of the first Han or kana character, or -1. */
  readonly firstHan: number;
  /**
   * Whether the paragraph is Latin-script prose that merely quotes some Chinese or Japanese words: its ASCII
   * letters outweigh its ideographs and kana (each worth two and a half letters).
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
  /** [start, end) pairs of space runs touching a full-width mark that needs none. */
  readonly spaces: readonly number[];
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000;

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
  const inv = { firstHan: -1, latinProse: false, curly: [] as number[], straight: [] as number[], brackets: [] as number[], asciiMarks: [] as number[], ellipses: [] as number[], spaces: [] as number[] };
  const { start, end } = range;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Letters and digits first: the sparse switch below is a chain of comparisons.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      latin++;
      continue;
    }
    if (c >= 48 && c <= 57) continue;
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (inv.firstHan < 0) inv.firstHan = i;
      han++;
      continue;
    }
    switch (c) {
      case 0x201c: case 0x201d: inv.curly.push(i); break;
      case 34: inv.straight.push(i); break;
      case 40: case 41: case 91: case 93: case 0xff08: case 0xff09: case 0x3010: case 0x3011: inv.brackets.push(i); break;
      case 44: case 58: case 59: case 63: case 33: inv.asciiMarks.push(i); break;
      case 46: case 0x3002: case 0x30fb: {
        const e = runEnd(text, i, end, c);
        if (e - i >= 3) inv.ellipses.push(i, e);
        else if (c === 46 && e - i === 1) inv.asciiMarks.push(i);
        i = e - 1;
        break;
      }
      case 0x2026: {
        const e = runEnd(text, i, end, c);
        if ((e - i) % 2 === 1) inv.ellipses.push(i, e);
        i = e - 1;
        break;
      }
      case 32: case 9: case 0x3000: {
        let e = i + 1;
        while (e < end && isSpace(text.charCodeAt(e))) e++;
        // Every mark that wants no space is above U+3000: most spaces are decided by one comparison each side.
        const before = i > start ? text.charCodeAt(i - 1) : 0;
        const after = e < end ? text.charCodeAt(e) : 0;
        if (before && after && ((before > 0x3000 && NO_SPACE_AFTER.has(text[i - 1])) || (after > 0x3000 && NO_SPACE_BEFORE.has(text[e])))) inv.spaces.push(i, e);
        i = e - 1;
        break;
      }
      default:
        if (c >= 0x3040 && isHanOrKana(c)) {
          if (inv.firstHan < 0) inv.firstHan = i;
          han++;
        }
    }
  }
  inv.latinProse = latin > 2.5 * han;
  return inv;
}
