// Pull quotes repeat a passage of the transcript; finding that passage tells who actually said the
// words, which the quote's byline must name.
import { blockAt } from './blocks';
import type { Transcript } from './model';
import type { TextRange } from '../text/offsets';

/** A pull quote's byline and the place in the transcript that the quote repeats. */
export interface QuotedPassage {
  /** Index of the attribution block in `Transcript.blocks`. */
  readonly attribution: number;
  /** Where the quoted words stand in the transcript. */
  readonly passage: TextRange;
  /** Index into `Transcript.turns` of the turn holding the passage, if the transcript has turns and one holds it. */
  readonly turn?: number;
}

// Enough characters to identify a passage; pull quotes are usually verbatim at their start.
const SNIPPET = 16;
const MIN_QUOTE = 8;
// Pull quotes stand near the passage they repeat; the window keeps the search linear in long files.
const WINDOW = 6_000;
const LEADING_NOISE = /^[\s.…。，,、“”"'「」『』]+/u;

/** Each pull quote with a byline whose words are found again, nearby, in a turn or paragraph. */
export function quotedPassages(t: Transcript): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  t.blocks.forEach((b, i) => {
    if (b.kind !== 'quote' || b.attribution === undefined) return;
    const attribution = t.blocks[i + 1]?.kind === 'attribution' ? i + 1 : i + 2;
    const quote = t.text.slice(b.textRange.start, b.textRange.end).replace(LEADING_NOISE, '');
    if (quote.length < MIN_QUOTE) return;
    const snippet = quote.slice(0, SNIPPET);
    const from = Math.max(0, b.range.start - WINDOW);
    const window = t.text.slice(from, Math.min(t.text.length, b.range.end + WINDOW));
    for (let hit = window.indexOf(snippet); hit >= 0; hit = window.indexOf(snippet, hit + 1)) {
      const at = from + hit;
      const block = t.blocks[blockAt(t.blocks, at)];
      if (block.kind !== 'turn' && block.kind !== 'paragraph' && block.kind !== 'blockquote') continue;
      const turn = turnAt(t, at);
      const passage = { start: at, end: Math.min(at + quote.length, block.contentRange.end) };
      out.push({ attribution, passage, ...(turn !== undefined ? { turn } : {}) });
      return;
    }
  });
  return out;
}

/** Index of the turn whose range contains `offset`, if any. */
export function turnAt(t: Transcript, offset: number): number | undefined {
  let lo = 0;
  let hi = t.turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = t.turns[mid].range;
    if (offset < r.start) hi = mid - 1;
    else if (offset > r.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}
