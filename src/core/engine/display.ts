import type { TextRange } from '../text/offsets';

/**
 * Where an editor shows a finding, which may differ from the exact text it flags (kept for fixes and the CLI):
 * - a finding of text to remove (`removable`) is shown over each paragraph it covers, trimmed, never over an
 *   empty line, so that fading a block of site chrome leaves the blank lines between its parts alone;
 * - a finding of one character (a comma, a space) is shown with its neighbours on the line, which a squiggle
 *   under a single narrow mark is too small to see.
 * The first range is the finding's main place.
 */
export function displayRanges(text: string, range: TextRange, removable: boolean): TextRange[] {
  if (removable) return paragraphs(text, range);
  if (codePoints(text, range) <= 1 || !/\S/.test(text.slice(range.start, range.end))) return [widened(text, range)];
  return [range];
}

// The runs of non-blank lines inside `range`, each trimmed of surrounding whitespace; the range itself when all is blank.
function paragraphs(text: string, range: TextRange): TextRange[] {
  const runs: TextRange[] = [];
  let start = -1;
  let end = -1;
  let at = range.start;
  while (at < range.end) {
    const lineEnd = nextBreak(text, at, range.end);
    const line = text.slice(at, lineEnd);
    const lead = line.search(/\S/);
    if (lead < 0) {
      if (start >= 0) runs.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = at + lead;
      end = at + line.trimEnd().length;
    }
    at = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  if (start >= 0) runs.push({ start, end });
  return runs.length ? runs : [range];
}

// The offset of the first line break at or after `from`, or `limit`.
function nextBreak(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return limit;
}

// The range grown by one character on each side, staying on its line.
function widened(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  if (start > 0 && !/[\r\n]/.test(text[start - 1])) start -= isLowSurrogate(text, start - 1) && start > 1 ? 2 : 1;
  if (end < text.length && !/[\r\n]/.test(text[end])) end += isLowSurrogate(text, end + 1) ? 2 : 1;
  return { start, end };
}

function codePoints(text: string, range: TextRange): number {
  let n = 0;
  for (let i = range.start; i < range.end; i++) if (!isLowSurrogate(text, i)) n++;
  return n;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
