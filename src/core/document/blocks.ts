import type { Block } from './model';
import type { TextRange } from '../text/offsets';

/** Index of the block containing `offset` (blocks tile the text, so a binary search finds it). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].range.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
