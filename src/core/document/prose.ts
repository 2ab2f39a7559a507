import { proseRange } from './blocks';
import type { Block, Transcript } from './model';
import { nonProseSpans, withoutLinkText } from './nonProse';
import { perTranscript } from './perTranscript';
import type { TextRange } from '../text/offsets';

// The text of a block a term may stand in: its prose, and the value of a metadata line.
function termText(b: Block): TextRange | undefined {
  return b.kind === 'metadata' ? b.valueRange : proseRange(b);
}

let verbatimCache: { text: string; ranges: readonly TextRange[] } | undefined;

/** The prose ranges of a transcript in document order (computed once per parse and shared, read-only). */
export const proseRanges: (t: Transcript) => readonly TextRange[] = perTranscript(collectProse);

function collectProse(t: Transcript): TextRange[] {
  const out: TextRange[] = [];
  // Indexed: a for-of makes an iterator result per block until it is optimised, megabytes for a long document.
  const blocks = t.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const r = termText(blocks[i]);
    if (r && r.end > r.start) out.push(r);
  }
  return out;
}

/** The non-prose spans of a whole text (see `nonProse.ts`), the text of Markdown links excepted, in document order. */
export function verbatimRanges(text: string): readonly TextRange[] {
  // The last text's spans are kept: the checks of one run ask for them several times.
  if (verbatimCache?.text !== text) verbatimCache = { text, ranges: withoutLinkText(nonProseSpans(text)) };
  return verbatimCache.ranges;
}

/**
 * Walks sorted, non-overlapping ranges alongside increasing offsets: `inside(offset)` tells whether an
 * offset lies in one of them, in amortised constant time as long as offsets never decrease.
 */
export function rangeCursor(ranges: readonly TextRange[]): { inside(offset: number): boolean } {
  let i = 0;
  return {
    inside(offset: number): boolean {
      while (i < ranges.length && ranges[i].end <= offset) i++;
      return i < ranges.length && ranges[i].start <= offset;
    },
  };
}
