import type { Block } from './model';
import type { TextRange } from '../text/offsets';
import { blockStart } from './compact';

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

/** The prose of a block, without labels, markup or quotation marks; none for bylines, metadata and blanks. */
export function proseRange(b: Block): TextRange | undefined {
  switch (b.kind) {
    case 'turn':
    case 'quote':
    case 'heading':
      return b.textRange;
    case 'paragraph':
    case 'blockquote':
      return b.contentRange;
    default:
      return undefined;
  }
}
