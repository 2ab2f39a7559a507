// Chinese and Japanese punctuation: which characters make a context CJK, the full-width forms of ASCII
// marks, and small helpers to look at the neighbours of a mark. Korean is left out on purpose: Korean
// typography uses the ASCII marks.
import type { FixContext } from './fixEdits';
import type { TextRange } from '../../text/offsets';
import type { Report } from '../../engine/types';
import { continuesLine as lineContinues, runsOn as lineRunsOn } from '../../document/paragraphs';
import { HAN, isUnitIn, KANA, markUnits, SPACE } from '../../text/scripts';

/** One block's prose as the punctuation rules see it: its span, its non-prose spans, and its conventions. */
export interface PunctuationScope extends FixContext {
  readonly range: TextRange;
  /** Non-prose spans (code, URLs, link targets, emoticons) inside `range`, sorted. */
  readonly protected: readonly TextRange[];
  /** Japanese text quotes with 「」 where Chinese uses “”. */
  readonly japanese: boolean;
}

/** Receives one finding. */
export type Emit = (finding: Report) => void;

// Derived from the script ranges once: the rules ask this of nearly every character of a paragraph.
const HAN_OR_KANA_UNITS = new Uint8Array(0x10000);
markUnits(HAN_OR_KANA_UNITS, HAN | KANA, 1);

/** Whether a UTF-16 code unit is a Han ideograph (BMP or the high half of an astral one) or kana. */
export function isHanOrKana(code: number): boolean {
  return HAN_OR_KANA_UNITS[code] === 1;
}

/** ASCII marks and their full-width forms. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
};

// Curly quotes, dashes and the ellipsis are shared with English typography, so they are not CJK evidence.
/** Full-width marks after which no space belongs (they carry their own spacing). */
export const NO_SPACE_AFTER = new Set('，。、；：？！（「『《〈【'.split(''));
/** Full-width marks before which no space belongs. */
export const NO_SPACE_BEFORE = new Set('，。、；：？！）」』》〉】'.split(''));
/** Full-width marks that, like an ideograph, make the neighbouring text CJK. */
export const CJK_MARKS = new Set('，。、；：？！（）「」『』《》〈〉【】'.split(''));

/** Whether the character at `i` is a Han/kana character or a CJK mark (false outside the string). */
export function isCjkAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isHanOrKana(text.charCodeAt(i)) || CJK_MARKS.has(text[i]);
}

const isSpace = (c: string | undefined) => c !== undefined && isUnitIn(c.charCodeAt(0), SPACE);

/** Index of the nearest non-space character before `i`, not before `lo` (or `lo - 1`). */
export function prevNonSpace(text: string, i: number, lo: number): number {
  let k = i - 1;
  while (k >= lo && isSpace(text[k])) k--;
  return k;
}

/** Index of the nearest non-space character from `i` on, before `hi` (or `hi`). */
export function nextNonSpace(text: string, i: number, hi: number): number {
  let k = i;
  while (k < hi && isSpace(text[k])) k++;
  return k;
}

/** Whether `text[start, end)` holds a Han or kana character. */
export function hasHanOrKana(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isHanOrKana(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the paragraph stops mid-sentence, as hard-wrapped Markdown does: a bracket it opens may close on the next line. */
export function runsOn(scope: PunctuationScope): boolean {
  return lineRunsOn(scope.text, scope.range);
}

/** Whether the paragraph starts mid-sentence (a lower-case letter, inline code), continuing the line before it. */
export function continuesLine(scope: PunctuationScope): boolean {
  return lineContinues(scope.text, scope.range);
}

/** A one-fix finding replacing `range` with `newText`. */
export function replacement(range: TextRange, newText: string, message: string, title: string): Report {
  return { range, message, suggestions: [newText], fixes: [{ title, edits: [{ range, newText }], preferred: true }] };
}
