// Deleting a run of sentences that may cross paragraphs and speaker turns without garbling what is left:
// each block loses only its share, a block left empty goes with its line (and its speaker label), and a
// turn that keeps text keeps its label and the space after it.
import type { Block } from '../../document/model';
import { blockContentEnd, blockStart, proseStart } from '../../document/compact';
import { isSpace } from '../../document/parse';
import { cleanDeletion } from '../shared/cleanDeletion';
import type { TextEdit } from '../../engine/types';

/** Pieces of blocks' prose, as columns: each one's block and where it starts and ends in the text, in order. */
export interface Pieces {
  readonly block: ArrayLike<number>;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
}

/**
 * The edits that delete pieces `first..last` (sentences of one contiguous stretch of prose) cleanly, one or more per
 * block. Blocks deleted whole that only white space separates go as one span: each widened on its own to its lines
 * (and a blank line, or at the end of the file the line break before it), they would overlap. Read by offsets: a
 * passage of thousands of lines makes no range per line.
 */
export function passageDeletion(text: string, blocks: readonly Block[], pieces: Pieces, first: number, last: number): TextEdit[] {
  const edits: TextEdit[] = [];
  // The run of blocks deleted whole so far, not yet widened (none while its start is -1).
  let wholeStart = -1;
  let wholeEnd = -1;
  const flush = () => {
    if (wholeStart >= 0) edits.push({ range: cleanDeletion(text, { start: wholeStart, end: wholeEnd }), newText: '' });
    wholeStart = -1;
  };
  for (let k = first; k <= last;) {
    const block = pieces.block[k];
    let end = k;
    while (end + 1 <= last && pieces.block[end + 1] === block) end++;
    const pieceStart = pieces.start[k];
    const pieceEnd = pieces.end[end];
    const b = blocks[block];
    // Where the block's prose starts and ends: after a speaker label, without trailing white space.
    const textStart = b.kind === 'turn' ? proseStart(b) : blockStart(b);
    let textEnd = blockContentEnd(b);
    while (textEnd > blockStart(b) && isSpace(text.charCodeAt(textEnd - 1))) textEnd--;
    // Sentences are trimmed: only white space (or a BOM, which trim() also takes) may precede the piece.
    if (onlySpace(text, textStart, pieceStart) && pieceEnd >= textEnd) {
      // A turn deleted whole goes with its label.
      const spanStart = b.kind === 'turn' ? blockStart(b) : pieceStart;
      const spanEnd = b.kind === 'turn' ? blockContentEnd(b) : pieceEnd;
      if (wholeStart >= 0 && onlySpace(text, wholeEnd, spanStart)) wholeEnd = spanEnd;
      else {
        flush();
        wholeStart = spanStart;
        wholeEnd = spanEnd;
      }
    } else if (pieceStart === textStart && b.kind === 'turn') {
      flush();
      // The turn keeps its label: take the spaces after the deleted text rather than those before it.
      let stop = pieceEnd;
      while (stop < textEnd && (text[stop] === ' ' || text[stop] === '\t')) stop++;
      edits.push({ range: { start: pieceStart, end: stop }, newText: '' });
    } else {
      flush();
      edits.push({ range: cleanDeletion(text, { start: pieceStart, end: pieceEnd }), newText: '' });
    }
    k = end + 1;
  }
  flush();
  return edits;
}

// Whether text[from, to) is white space only (as `trim` takes it), or empty.
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
