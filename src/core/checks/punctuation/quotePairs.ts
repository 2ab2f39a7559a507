// Double quotation marks within one block: curly pairs written backwards (”…“) in Chinese or Japanese
// text, straight quotes around CJK text, and marks left without a partner.
import { deletion } from './fixEdits';
import { continuesLine, hasHanOrKana, isHanOrKana, runsOn, type Emit, type PunctuationScope } from './cjkPunctuation';
import { overlapsProtected } from '../shared/protectedSpans';
import type { PunctuationInventory } from './punctuationScan';
import type { TextEdit } from '../../engine/types';
import { q } from '../shared/messageStyle';

// The positions that are prose, code and addresses left out.
function inProse(scope: PunctuationScope, positions: readonly number[]): number[] {
  return scope.protected.length ? positions.filter((i) => !overlapsProtected(scope.protected, i)) : [...positions];
}

// English and Chinese both open each paragraph of a multi-paragraph quotation and close only the last one.
function opensContinuedQuote(scope: PunctuationScope, at: number): boolean {
  return scope.text.slice(scope.range.start, at).trim() === '';
}

function unmatched(scope: PunctuationScope, at: number, message: string, emit: Emit): void {
  emit({
    range: { start: at, end: at + 1 },
    message,
    suggestions: [''],
    fixes: [{ title: `Delete the unmatched ${scope.text[at]}`, edits: [{ range: deletion(scope, at), newText: '' }] }],
  });
}

/**
 * Curly double quotes: in CJK prose with an even count they are paired in order and each pair is set to
 * “…”; elsewhere (or with an odd count) a mark without its partner is reported.
 */
export function curlyQuotes(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  const { text } = scope;
  const marks = inProse(scope, inv.curly);
  if (marks.length === 0) return;
  if (marks.length % 2 === 0 && inv.firstHan >= 0 && !inv.latinProse) {
    let e = 0; // the first empty pair after the previous pair's opening mark (both lists are in text order)
    for (let k = 0; k < marks.length; k += 2) {
      const [o, c] = [marks[k], marks[k + 1]];
      if (text[o] === '“' && text[c] === '”') continue;
      const edits: TextEdit[] = [];
      if (text[o] !== '“') edits.push({ range: { start: o, end: o + 1 }, newText: '“' });
      if (text[c] !== '”') edits.push({ range: { start: c, end: c + 1 }, newText: '”' });
      const what = edits.length === 2 ? 'are reversed' : text[o] === '“' ? 'close with an opening mark' : 'open with a closing mark';
      // A garbled mark inside (see emptyQuotes) means the pairing may be off: the finding stands, without a fix.
      while (e < inv.emptyQuotes.length && inv.emptyQuotes[e] <= o) e++;
      const garbled = e < inv.emptyQuotes.length && inv.emptyQuotes[e] < c;
      emit({
        range: { start: o, end: c + 1 },
        message: `These quotation marks ${what}: write ${q('…')}.`,
        suggestions: garbled ? [] : ['“' + text.slice(o + 1, c) + '”'],
        fixes: garbled ? [] : [{ title: `Write ${q('…')}`, edits, preferred: true }],
      });
    }
    return;
  }
  let open = -1;
  for (const m of marks) {
    if (text[m] === '“') {
      if (open >= 0) unmatched(scope, open, 'This opening quotation mark is never closed: add the closing mark or delete it.', emit);
      open = m;
    } else if (open >= 0) open = -1;
    else if (!continuesLine(scope))
      unmatched(scope, m, 'This closing quotation mark closes nothing: add the opening mark or delete it.', emit);
  }
  if (open >= 0 && !runsOn(scope) && !(marks.length === 1 && opensContinuedQuote(scope, open))) {
    unmatched(scope, open, 'This opening quotation mark is never closed: add the closing mark or delete it.', emit);
  }
}

/**
 * An empty pair of curly quotation marks in Chinese or Japanese prose (`回答：‘’好吧`): what machine translation
 * leaves of a mark it garbled. Which mark was meant cannot be told from the text, so there is no fix.
 */
export function emptyQuotes(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  if (inv.firstHan < 0 || inv.latinProse) return;
  for (const at of inv.emptyQuotes) {
    if (overlapsProtected(scope.protected, at, at + 2)) continue;
    emit({
      range: { start: at, end: at + 2 },
      message: 'A quotation mark was garbled into an empty pair here: restore the mark the sentence needs.',
    });
  }
}

const OPENS_AFTER = /[\s([{（【—–-]/u;
const CLOSES_BEFORE = /[\s.,;:!?)\]}）。，、；：？！…—–-]/u;

/**
 * Straight double quotes: paired in order; a pair around Chinese or Japanese text is set to “…” (「…」 in
 * Japanese); an odd one out is reported (inch and second marks after digits are not quotes).
 */
export function straightQuotes(scope: PunctuationScope, inv: PunctuationInventory, emit: Emit): void {
  const { text, range } = scope;
  if (inv.straight.length === 0) return;
  let marks = inProse(scope, inv.straight);
  const inchMark = (m: number) => m > range.start && /\d/u.test(text[m - 1]) && (m + 1 >= range.end || !/[\p{L}\p{N}]/u.test(text[m + 1]));
  if (marks.length % 2 === 1) marks = marks.filter((m) => !inchMark(m));
  if (marks.length % 2 === 1) {
    let open = -1;
    for (const m of marks) {
      const before = m > range.start ? text[m - 1] : ' ';
      const after = m + 1 < range.end ? text[m + 1] : ' ';
      const closes = CLOSES_BEFORE.test(after) && !OPENS_AFTER.test(before) && !isHanOrKana(before.charCodeAt(0));
      if (open >= 0) open = -1;
      else if (closes)
        return continuesLine(scope)
          ? undefined
          : unmatched(scope, m, 'This straight quotation mark closes nothing: add the opening mark or delete it.', emit);
      else open = m;
    }
    if (open >= 0 && !runsOn(scope) && !(marks.length === 1 && opensContinuedQuote(scope, open))) {
      unmatched(scope, open, 'This straight quotation mark is never closed: add the closing mark or delete it.', emit);
    }
    return;
  }
  // English prose quoting a Chinese word keeps its own quotation marks.
  if (inv.latinProse) return;
  const [left, right] = scope.japanese ? ['「', '」'] : ['“', '”'];
  for (let k = 0; k < marks.length; k += 2) {
    const [o, c] = [marks[k], marks[k + 1]];
    if (!hasHanOrKana(text, o + 1, c)) continue;
    emit({
      range: { start: o, end: c + 1 },
      message: `Straight quotation marks around ${scope.japanese ? 'Japanese' : 'Chinese'} text: write ${left === '“' ? q('…') : q(`${left}…${right}`)}.`,
      suggestions: [left + text.slice(o + 1, c) + right],
      fixes: [
        {
          title: `Write ${left}…${right}`,
          edits: [
            { range: { start: o, end: o + 1 }, newText: left },
            { range: { start: c, end: c + 1 }, newText: right },
          ],
          preferred: true,
        },
      ],
    });
  }
}
