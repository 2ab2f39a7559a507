// Deleting a run of sentences that may cross paragraphs and speaker turns without garbling what is left:
// each block loses only its share, a block left empty goes with its line (and its speaker label), and a
// turn that keeps text keeps its label and the space after it.
import type { Block } from '../../document/model';
import type { Sentence } from '../../document/sentences';
import type { TextRange } from '../../text/offsets';
import { cleanDeletion } from '../shared/cleanDeletion';
import type { TextEdit } from '../../engine/types';

// Where a block's prose starts and ends: after a speaker label, without trailing white space.
function proseOf(text: string, b: Block): TextRange {
  let end = b.contentRange.end;
  while (end > b.contentRange.start && /\s/u.test(text[end - 1])) end--;
  const start = b.kind === 'turn' ? b.textRange.start : b.contentRange.start;
  return { start, end };
}

/**
 * The edits that delete `sentences[first..last]` (one contiguous stretch of prose) cleanly, one or more per
 * block. Blocks deleted whole that only white space separates go as one span: each widened on its own to
 * its lines (and a blank line, or at the end of the file the line break before it), they would overlap.
 */
export function passageDeletion(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  first: number,
  last: number,
): TextEdit[] {
  const edits: TextEdit[] = [];
  let whole: TextRange | undefined; // the run of blocks deleted whole so far, not yet widened
  const flush = () => {
    if (whole) edits.push({ range: cleanDeletion(text, whole), newText: '' });
    whole = undefined;
  };
  for (let k = first; k <= last;) {
    const block = sentences[k].block;
    let end = k;
    while (end + 1 <= last && sentences[end + 1].block === block) end++;
    const piece = { start: sentences[k].range.start, end: sentences[end].range.end };
    const b = blocks[block];
    const prose = proseOf(text, b);
    // Sentences are trimmed: only white space (or a BOM, which trim() also takes) may precede the piece.
    if (text.slice(prose.start, piece.start).trim() === '' && piece.end >= prose.end) {
      const span = b.kind === 'turn' ? { start: b.contentRange.start, end: b.contentRange.end } : piece;
      if (whole && text.slice(whole.end, span.start).trim() === '') whole = { start: whole.start, end: span.end };
      else {
        flush();
        whole = span;
      }
    } else if (piece.start === prose.start && b.kind === 'turn') {
      flush();
      // The turn keeps its label: take the spaces after the deleted text rather than those before it.
      let stop = piece.end;
      while (stop < prose.end && (text[stop] === ' ' || text[stop] === '\t')) stop++;
      edits.push({ range: { start: piece.start, end: stop }, newText: '' });
    } else {
      flush();
      edits.push({ range: cleanDeletion(text, piece), newText: '' });
    }
    k = end + 1;
  }
  flush();
  return edits;
}
