// Brackets within one block: a pair in Chinese or Japanese prose is full-width (（…）), as GB/T 15834 and
// the common Chinese copywriting guides set it, even around Latin words ("关注她（annlee）"); a pair in
// Latin prose is not mixed (（…)); a bracket with no partner is reported.
import { deletion, withSpaces } from './fixEdits';
import {
  continuesLine,
  hasHanOrKana,
  isCjkAt,
  isHanOrKana,
  nextNonSpace,
  prevNonSpace,
  runsOn,
  type Emit,
  type PunctuationScope,
} from './cjkPunctuation';
import { overlapsProtected } from '../shared/protectedSpans';
import type { PunctuationInventory } from './punctuationScan';
import type { TextEdit } from '../../engine/types';
import { q } from '../shared/messageStyle';

// The family of a bracket, by its code: round ( （ ) ）, square [ ], lenticular 【 】.
const ROUND = 0;
const SQUARE = 1;
const LENTICULAR = 2;
const familyOf = (code: number) => (code === 0x5b || code === 0x5d ? SQUARE : code === 0x3010 || code === 0x3011 ? LENTICULAR : ROUND);
const OPENER_CODES = new Set([0x28, 0xff08, 0x5b, 0x3010]);

// "1)", "a)", "iv)" open a list item, not a parenthesis.
// A marker is at most four characters, so at most five are looked at (a line of `)` must not rescan its start).
function listMarker(text: string, at: number, start: number): boolean {
  let s = at;
  while (s > start && at - s <= 4 && !/\s/u.test(text[s - 1])) s--;
  return at - s <= 4 && /^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$/u.test(text.slice(s, at));
}

// Pairs longer than this ask the paragraph's index (built once) whether they hold a letter or an ideograph,
// instead of scanning their content: nested pairs would otherwise rescan it once per level.
const SCAN_LIMIT = 256;

// Where the next letter or digit, and the next Han or kana character, of a paragraph stand.
class ContentIndex {
  private readonly nextLetter: Int32Array;
  private readonly nextHan: Int32Array;
  constructor(
    text: string,
    private readonly start: number,
    end: number,
  ) {
    const n = end - start;
    this.nextLetter = new Int32Array(n + 1).fill(end);
    this.nextHan = new Int32Array(n + 1).fill(end);
    for (let i = end - 1; i >= start; i--) {
      const k = i - start;
      this.nextHan[k] = isHanOrKana(text.charCodeAt(i)) ? i : this.nextHan[k + 1];
      const c = text.codePointAt(i)!;
      // A low surrogate is looked at as the second half of its pair (at i - 1).
      const letter =
        !(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) && LETTER_OR_DIGIT.test(String.fromCodePoint(c));
      this.nextLetter[k] = letter ? i : this.nextLetter[k + 1];
    }
  }
  hasLetterOrDigit(from: number, to: number): boolean {
    return this.nextLetter[from - this.start] < to;
  }
  hasHanOrKana(from: number, to: number): boolean {
    return this.nextHan[from - this.start] < to;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Unmatched brackets of every kind, and round pairs whose width does not fit the text around them. */
export function brackets(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  const { text, range } = scope;
  const stack: number[] = [];
  // How many openers of each family the stack holds: a closer with none open does not search the stack.
  const openCount = [0, 0, 0];
  const hasProtected = scope.protected.length > 0;
  let index: ContentIndex | undefined;
  const contentIndex = () => (index ??= new ContentIndex(text, range.start, range.end));
  const report = (at: number, message: string) =>
    emit({
      range: { start: at, end: at + 1 },
      message,
      suggestions: [''],
      fixes: [{ title: `Delete the unmatched ${text[at]}`, edits: [{ range: deletion(scope, at), newText: '' }] }],
    });
  for (const i of inv.brackets) {
    const code = text.charCodeAt(i);
    if (hasProtected && overlapsProtected(scope.protected, i)) continue;
    const family = familyOf(code);
    if (OPENER_CODES.has(code)) {
      stack.push(i);
      openCount[family]++;
      continue;
    }
    const c = text[i];
    let k = openCount[family] ? stack.length - 1 : -1;
    while (k >= 0 && familyOf(text.charCodeAt(stack[k])) !== family) k--;
    if (k < 0) {
      if (!(family === ROUND && listMarker(text, i, range.start)) && !continuesLine(scope))
        report(i, `This ${q(c)} closes nothing: add its opening bracket or delete it.`);
      continue;
    }
    const open = stack[k];
    for (let j = k + 1; j < stack.length; j++)
      report(stack[j], `This ${q(text[stack[j]])} is never closed: add its closing bracket or delete it.`);
    while (stack.length > k) openCount[familyOf(text.charCodeAt(stack.pop()!))]--;
    if (family === ROUND) roundPair(scope, open, i, inv.latinProse, emit, i - open > SCAN_LIMIT ? contentIndex() : undefined);
  }
  // A hard-wrapped paragraph may close its bracket on the next line.
  if (!runsOn(scope))
    for (const open of stack) report(open, `This ${q(text[open])} is never closed: add its closing bracket or delete it.`);
}

// Sets one round pair to the width its surroundings call for.
function roundPair(scope: PunctuationScope, o: number, c: number, latinProse: boolean, emit: Emit, index?: ContentIndex): void {
  const { text, range } = scope;
  if (!(index ? index.hasLetterOrDigit(o + 1, c) : LETTER_OR_DIGIT.test(text.slice(o + 1, c)))) return;
  const inner = index ? index.hasHanOrKana(o + 1, c) : hasHanOrKana(text, o + 1, c);
  const after = isCjkAt(text, prevNonSpace(text, o, range.start));
  // English prose glossing a word in Chinese ("mimetics (いろいろ)") keeps its own brackets.
  const cjk = latinProse ? inner && after : inner || after;
  const wide = text[o] === '（' && text[c] === '）';
  const narrow = text[o] === '(' && text[c] === ')';
  if (cjk ? wide : narrow || wide) return;
  const [left, right] = cjk ? ['（', '）'] : ['(', ')'];
  const edits: TextEdit[] = [];
  let content = text.slice(o + 1, c);
  if (cjk) {
    // Full-width brackets carry their own spacing: spaces typed around them go, where no other fix takes them.
    const p = prevNonSpace(text, o, range.start);
    const n = nextNonSpace(text, c + 1, range.end);
    const inside = nextNonSpace(text, o + 1, c);
    const insideEnd = prevNonSpace(text, c, o + 1) + 1;
    const opening = withSpaces(scope, { start: o, end: o + 1 }, p >= range.start ? p + 1 : o, inside);
    const closing = withSpaces(scope, { start: c, end: c + 1 }, insideEnd, n < range.end ? n : c + 1);
    edits.push({ range: opening, newText: left }, { range: closing, newText: right });
    content = opening.end === inside && closing.start === insideEnd ? content.trim() : text.slice(opening.end, closing.start);
  } else {
    if (text[o] !== left) edits.push({ range: { start: o, end: o + 1 }, newText: left });
    if (text[c] !== right) edits.push({ range: { start: c, end: c + 1 }, newText: right });
  }
  emit({
    range: { start: o, end: c + 1 },
    message: cjk
      ? `Brackets in ${scope.japanese ? 'Japanese' : 'Chinese'} text are full-width: write ${q(`${left}…${right}`)}.`
      : `Mismatched bracket widths: write ${q('(…)')}.`,
    suggestions: [left + content + right],
    fixes: [{ title: `Write ${left}…${right}`, edits, preferred: true }],
  });
}
