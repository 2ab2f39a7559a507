// What the check's fixes edit around a mark. Every fix rewrites one mark (or none) and may take the run of
// spaces beside it, and several rules may want the same run gone: the space before a full-width mark, the
// ASCII mark beside it made full-width, an unmatched bracket deleted with the space before it. Each run of
// spaces is therefore deleted by one finding only, the first of its paragraph to take it; the others leave it
// (and a finding about that run alone is not reported, since another fix deletes the run). The preferred
// fixes of a paragraph thus never overlap nor meet at a point, whatever rules fire together. A deletion of a
// whole line keeps to that line and the blank line before it, never the line after, so the deletions of
// neighbouring paragraphs (checked one block at a time) never meet either.
import { cleanDeletion } from '../shared/cleanDeletion';
import type { TextRange } from '../../text/offsets';
import { isUnitIn, SPACE } from '../../text/scripts';

const isSpace = (c: number) => isUnitIn(c, SPACE);

/** The runs of spaces of one paragraph that a fix already deletes, by where they start. */
export class SpaceRuns {
  private readonly taken = new Set<number>();

  /** Takes the run of spaces starting at `start` for one fix; false when another fix of the paragraph has it. */
  take(start: number): boolean {
    if (this.taken.has(start)) return false;
    this.taken.add(start);
    return true;
  }

  /** Takes every run of spaces in text[from, to) for one fix, or none when another fix has one of them. */
  takeAll(text: string, from: number, to: number): boolean {
    const starts: number[] = [];
    for (let i = from; i < to; i++) {
      if (!isSpace(text.charCodeAt(i))) continue;
      if (this.taken.has(i)) return false;
      starts.push(i);
      while (i + 1 < to && isSpace(text.charCodeAt(i + 1))) i++;
    }
    for (const start of starts) this.taken.add(start);
    return true;
  }
}

/** What the fixes of one paragraph share. */
export interface FixContext {
  readonly text: string;
  /** The paragraph's whole line (or lines), its line break included. */
  readonly line: TextRange;
  readonly spaces: SpaceRuns;
}

/**
 * The range a fix of the mark at `mark` rewrites when it would take `from..to`: the run of spaces before the
 * mark (`from < mark.start`) and the one after it (`to > mark.end`) only where no other fix deletes them.
 */
export function withSpaces(ctx: FixContext, mark: TextRange, from: number, to: number): TextRange {
  return {
    start: from < mark.start && ctx.spaces.take(from) ? from : mark.start,
    end: to > mark.end && ctx.spaces.take(mark.end) ? to : mark.end,
  };
}

const isBreak = (c: number) => c === 10 || c === 13;

// Whether text[from, to) is spaces only (and not empty).
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return from < to;
}

/**
 * The deletion of the mark at `at` that leaves clean prose (see `cleanDeletion`), within what it may take:
 * beside the mark, a run of spaces no other fix deletes; of a line it empties, that line and the blank line
 * before it (the blank line after belongs to the deletion of the line after it).
 */
export function deletion(ctx: FixContext, at: number): TextRange {
  const { text, spaces } = ctx;
  const mark = { start: at, end: at + 1 };
  const clean = cleanDeletion(text, mark);
  const before = clean.end === at + 1 && clean.start < at && spacesOnly(text, clean.start, at);
  const after = clean.start === at && clean.end > at + 1 && spacesOnly(text, at + 1, clean.end);
  if (!before && !after && (clean.start < at || clean.end > at + 1)) {
    // The mark is alone on its line, but for white space; a run of spaces on it beside a byte-order mark or a
    // no-break space may be another finding's, and then the mark goes alone.
    const whole = onItsLine(ctx, clean);
    return spaces.takeAll(text, Math.max(whole.start, ctx.line.start), Math.min(whole.end, ctx.line.end)) ? whole : mark;
  }
  // The run of spaces that would be doubled goes with the mark; if another fix deletes the one before the
  // mark, the one after it goes instead.
  if ((before && spaces.take(clean.start)) || (after && spaces.take(at + 1))) return clean;
  if (before && isSpace(text.charCodeAt(at + 1)) && spaces.take(at + 1)) return { start: at, end: runEnd(text, at + 1) };
  return mark;
}

// End of the run of spaces from `i`.
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

// A deletion of whole lines cut back to the paragraph's line and the blank line before it.
function onItsLine(ctx: FixContext, r: TextRange): TextRange {
  const { text, line } = ctx;
  let { start, end } = r;
  if (end > line.end) {
    // The blank line after goes only because the one before is blank too: that one is taken instead.
    end = line.end;
    if (start >= line.start) start = line.start > 0 ? lineStartBefore(text, line.start) : line.start;
  }
  if (start < line.start && !blankLineBefore(text, line.start)) start = line.start;
  return { start, end };
}

// Start of the line that ends just before `lineStart` (a line start after a break).
function lineStartBefore(text: string, lineStart: number): number {
  let i = lineStart - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

// Whether the line before the one starting at `lineStart` is empty or spaces only.
function blankLineBefore(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const from = lineStartBefore(text, lineStart);
  let to = lineStart - 1;
  if (text.charCodeAt(to) === 10 && text.charCodeAt(to - 1) === 13) to--;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
