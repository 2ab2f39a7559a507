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

/** The edits that delete `sentences[first..last]` (one contiguous stretch of prose) cleanly, one or more per block. */
export function passageDeletion(
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  first: number,
  last: number,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let k = first; k <= last;) {
    const block = sentences[k].block;
    let end = k;
    while (end + 1 <= last && sentences[end + 1].block === block) end++;
    const piece = { start: sentences[k].range.start, end: sentences[end].range.end };
    const b = blocks[block];
    const prose = proseOf(text, b);
    // Sentences are trimmed: only white space (or a BOM, which trim() also takes) may precede the piece.
    const whole = text.slice(prose.start, piece.start).trim() === '' && piece.end >= prose.end;
    if (whole && b.kind === 'turn')
      edits.push({ range: cleanDeletion(text, { start: b.contentRange.start, end: b.contentRange.end }), newText: '' });
    else if (!whole && piece.start === prose.start && b.kind === 'turn') {
      // The turn keeps its label: take the spaces after the deleted text rather than those before it.
      let stop = piece.end;
      while (stop < prose.end && (text[stop] === ' ' || text[stop] === '\t')) stop++;
      edits.push({ range: { start: piece.start, end: stop }, newText: '' });
    } else edits.push({ range: cleanDeletion(text, piece), newText: '' });
    k = end + 1;
  }
  return edits;
}
