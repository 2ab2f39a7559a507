// Single marks in Chinese and Japanese prose: ASCII punctuation next to ideographs, ASCII or doubled-up
// ellipses, and spaces typed around full-width marks (which already carry their own spacing).
import {
  FULL_WIDTH,
  NO_SPACE_AFTER,
  NO_SPACE_BEFORE,
  isCjkAt,
  isHanOrKana,
  nextNonSpace,
  prevNonSpace,
  replacement,
  type Emit,
  type PunctuationScope,
} from './cjkPunctuation';
import { withSpaces } from './fixEdits';
import { overlapsProtected } from '../shared/protectedSpans';
import type { PunctuationInventory } from './punctuationScan';
import { q } from '../shared/messageStyle';

const languageOf = (scope: PunctuationScope) => (scope.japanese ? 'Japanese' : 'Chinese');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const CLOSERS_AFTER_PERIOD = new Set([' ', '\t', '"', '”', '’', '*', '_', ')', '）']);
const CLOSING_QUOTES = new Set(['”', '’']);

/** ASCII `, : ; ? ! .` written against Chinese or Japanese text: the full-width form is suggested. */
export function halfWidthMarks(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  const { text, range } = scope;
  const firstHan = inv.firstHan;
  if (firstHan < 0) return;
  for (const i of inv.asciiMarks) {
    const c = text[i];
    const wide = FULL_WIDTH[c];
    if (i < firstHan || overlapsProtected(scope.protected, i)) continue;
    const p = prevNonSpace(text, i, range.start);
    const n = nextNonSpace(text, i + 1, range.end);
    let cjk: boolean;
    if (c === '.') {
      // A period only when it ends a CJK sentence: never in numbers, abbreviations, file names or ellipses.
      if (text[i - 1] === '.' || text[i + 1] === '.' || p !== i - 1) continue;
      const after = text[i + 1];
      cjk =
        (isHanOrKana(text.charCodeAt(p)) || ((text[p] === ')' || text[p] === '）') && isCjkAt(text, n))) &&
        (n >= range.end || isCjkAt(text, n) || CLOSERS_AFTER_PERIOD.has(after));
    } else {
      // "Rust, 还有": a mark between a Latin word and Chinese text belongs to the Chinese sentence, and so
      // does the "!" or "?" that ends a Chinese paragraph after a Latin word ("喜欢DigitalOcean!").
      const latinBefore = p >= firstHan && !isDigit(text[p]) && !FULL_WIDTH[text[p]];
      cjk = isCjkAt(text, p) || (latinBefore && (isCjkAt(text, n) || (n >= range.end && (c === '!' || c === '?'))));
    }
    // In English prose that lists Chinese words ("tags, 登录, 分享") the marks are English ones.
    if (inv.latinProse) cjk = isHanOrKana(text.charCodeAt(i - 1)) && isHanOrKana(text.charCodeAt(i + 1));
    if (!cjk) continue;
    const span = withSpaces(scope, { start: i, end: i + 1 }, p >= range.start ? p + 1 : i, n < range.end ? n : i + 1);
    emit(replacement(span, wide, `ASCII ${q(c)} in ${languageOf(scope)} text: use the full-width ${q(wide)}.`, `Use ${q(wide)}`));
  }
}

/** `...`, `。。。` or a single `…` in Chinese or Japanese text, where the ellipsis is `……`. */
export function cjkEllipses(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  const { text, range } = scope;
  for (let k = 0; k < inv.ellipses.length; k += 2) {
    const s = inv.ellipses[k];
    const e = inv.ellipses[k + 1];
    if (overlapsProtected(scope.protected, s, e)) continue;
    const p = prevNonSpace(text, s, range.start);
    const n = nextNonSpace(text, e, range.end);
    if (text[s] !== '。' && !isCjkAt(text, p) && !isCjkAt(text, n)) continue;
    if (inv.latinProse && !(isCjkAt(text, p) && isCjkAt(text, n))) continue;
    const span = withSpaces(scope, { start: s, end: e }, isCjkAt(text, p) ? p + 1 : s, isCjkAt(text, n) ? n : e);
    emit(
      replacement(span, '……', `${q(text.slice(s, e))} in ${languageOf(scope)} text: write the ellipsis as ${q('……')}.`, `Use ${q('……')}`),
    );
  }
}

/**
 * Spaces typed before or after a full-width mark, which already carries its own spacing, and spaces between
 * Chinese or Japanese text and a curly quotation mark that quotes more of it (`。” 所以`, `说 “好`).
 */
export function spacesAroundFullWidth(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  const { text } = scope;
  for (let k = 0; k < inv.spaces.length; k += 2) {
    const s = inv.spaces[k];
    const e = inv.spaces[k + 1];
    if (overlapsProtected(scope.protected, s - 1, e + 1)) continue;
    let after = NO_SPACE_AFTER.has(text[s - 1]);
    let message: string;
    if (after || NO_SPACE_BEFORE.has(text[e])) {
      const mark = after ? text[s - 1] : text[e];
      message = `Space ${after ? 'after' : 'before'} the full-width ${q(mark)}, which carries its own spacing: delete the space.`;
    } else {
      // A curly quote: only where the text on both sides of the space and the quote is Chinese or Japanese.
      after = CLOSING_QUOTES.has(text[s - 1]);
      const cjk = after
        ? isCjkAt(text, s - 2) && isHanOrKana(text.charCodeAt(e))
        : isCjkAt(text, s - 1) && isHanOrKana(text.charCodeAt(e + 1));
      if (!cjk || inv.latinProse) continue;
      message = `Space ${after ? 'after a closing' : 'before an opening'} quotation mark in ${languageOf(scope)} text: delete the space.`;
    }
    // A fix of a mark beside it (made full-width, deleted) already deletes this space.
    if (!scope.spaces.take(s)) continue;
    emit({
      range: { start: s, end: e },
      message,
      suggestions: [''],
      fixes: [{ title: 'Delete the space', edits: [{ range: { start: s, end: e }, newText: '' }], preferred: true }],
    });
  }
}
