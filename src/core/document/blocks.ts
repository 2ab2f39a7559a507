import type { Block } from './model';
import { lastStartingAt, type TextRange } from '../text/offsets';

/** Index of the block containing `offset` (blocks tile the text, so a binary search finds it). */
export function blockAt(blocks: readonly Block[], offset: number): number {
  return lastStartingAt(blocks, offset);
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
