import type { Block, Transcript } from './model';
import type { TextRange } from '../text/offsets';
import { blockContentEnd, blockStart, proseEnd, proseStart, turnEnd, turnStart } from './compact';

/** Index of the block containing `offset` (blocks tile the text, so a binary search finds it). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  // Read by offset, not by range: a block's range is made on each read, and a search reads a dozen.
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blockStart(blocks[mid]) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}

/**
 * The zero-based line holding `offset` (a line break belongs to its line), read from the blocks: each knows its first
 * line, and only a run of blank lines (or the end of the text) has line breaks to count.
 */
export function lineAt(t: Transcript, offset: number): number {
  if (t.blocks.length === 0) return 0;
  const b = t.blocks[blockAt(t.blocks, offset)];
  let line = b.startLine;
  if (b.endLine === b.startLine && offset <= blockContentEnd(b)) return line;
  for (let i = blockStart(b); i < offset; i++) {
    const c = t.text.charCodeAt(i);
    if (c === 10 || (c === 13 && t.text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * The prose of a block, without labels, markup or quotation marks; none for bylines, metadata and blanks. Its offsets
 * alone, without a range made, are `proseStart` and `proseEnd`.
 */
export function proseRange(b: Block): TextRange | undefined {
  const start = proseStart(b);
  return start < 0 ? undefined : { start, end: proseEnd(b) };
}

/** Index of the turn whose range contains `offset`, if any. */
export function turnAt(t: Transcript, offset: number): number | undefined {
  let lo = 0;
  let hi = t.turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // Offsets read, not the range: a turn's range is made on each read.
    if (offset < turnStart(t.turns[mid])) hi = mid - 1;
    else if (offset > turnEnd(t.turns[mid])) lo = mid + 1;
    else return mid;
  }
  return undefined;
}
