// Deleting text from prose must not leave doubled spaces, trailing spaces, empty lines or a run of blank
// lines behind: these helpers widen a span to what should really go.
import type { TextRange } from '../../text/offsets';
import { isUnitIn, SPACE } from '../../text/scripts';

const isSpace = (c: string | undefined) => c !== undefined && isUnitIn(c.charCodeAt(0), SPACE);
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

// Start of the line holding `offset`.
function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text[i - 1])) i--;
  return i;
}

// End of the content of the line holding `offset` (before its line break).
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isBreak(text[i])) i++;
  return i;
}

// White space as `trim` sees it, line breaks left out: what may stand beside the range on a line otherwise empty.
const isBlank = (c: string) => c !== '\n' && c !== '\r' && /\s/u.test(c);

// Start of the run of `is` characters ending at `offset`.
function runBefore(text: string, offset: number, is: (c: string) => boolean): number {
  let i = offset;
  while (i > 0 && is(text[i - 1])) i--;
  return i;
}

// End of the run of `is` characters starting at `offset`.
function runAfter(text: string, offset: number, is: (c: string) => boolean): number {
  let i = offset;
  while (i < text.length && is(text[i])) i++;
  return i;
}

const PUNCTUATION = /^\p{P}/u;

// Offset just past the line break at `at` (`\r\n` counts as one), or `at` when there is none.
function pastBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return isBreak(text[at]) ? at + 1 : at;
}

// Whether the line starting at `at` is empty or white space only.
function blankLineAt(text: string, at: number): boolean {
  for (let i = at; i < text.length && !isBreak(text[i]); i++) if (!isSpace(text[i])) return false;
  return at < text.length;
}

/**
 * The span to delete so that removing `range` from `text` leaves clean prose: whole lines when nothing else
 * is left on them (and no doubled blank line), otherwise the range plus the white space that would be
 * doubled or left dangling beside it.
 */
export function cleanDeletion(text: string, range: TextRange): TextRange {
  let start = Math.max(0, Math.min(range.start, text.length));
  let end = Math.max(start, Math.min(range.end, text.length));
  // Only the white space beside the range is looked at, never the whole line: a line of thousands of marks
  // each deleted on its own must not cost its length each time.
  const lb = runBefore(text, start, isBlank);
  const la = runAfter(text, end, isBlank);
  const nothingBefore = lb === 0 || isBreak(text[lb - 1]);
  const nothingAfter = la === text.length || isBreak(text[la]);
  if (nothingBefore && nothingAfter) {
    const le = la;
    start = lb;
    end = pastBreak(text, le);
    if (end === le) {
      // The last line has no break after it: take the one before it instead.
      if (start > 0) start = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
      return { start, end };
    }
    const breakBefore = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
    const blankBefore = start === 0 || blankLineAt(text, lineStart(text, breakBefore));
    if (blankBefore && end >= text.length && start > 0) start = breakBefore;
    else if (blankBefore && blankLineAt(text, end)) end = pastBreak(text, lineEnd(text, end));
    return { start, end };
  }
  const afterIsEmpty = end === text.length || isBreak(text[end]);
  if (isSpace(text[start - 1]) && (isSpace(text[end]) || afterIsEmpty || PUNCTUATION.test(String.fromCodePoint(text.codePointAt(end)!)))) {
    start = runBefore(text, start, isSpace);
  } else if (nothingBefore && isSpace(text[end])) {
    end = runAfter(text, end, isSpace);
  }
  return { start, end };
}
