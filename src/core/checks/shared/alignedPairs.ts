// What the bilingual checks read off an aligned pair of documents: where a pair's sentences are on each side,
// and their text.
import type { AlignedPair } from '../../align/align';
import type { PairContext, PairReport, PairSide, Related, Side } from '../../engine/types';
import type { TextRange } from '../../text/offsets';
import { q } from './messageStyle';

/** The range from the first to the last of some segments of one side. */
export function segmentsRange(side: PairSide, indices: readonly number[]): TextRange {
  return { start: side.segments[indices[0]].range.start, end: side.segments[indices[indices.length - 1]].range.end };
}

/** The text of some segments of one side, joined by a space. */
export function segmentsText(side: PairSide, indices: readonly number[]): string {
  return indices.map((i) => side.segments[i].text).join(' ');
}

/** A pair's sentences on the other side, as a related location of a finding on `side`. */
export function counterpart(ctx: PairContext, pair: AlignedPair, side: Side, message: string): Related[] {
  const other: Side = side === 'source' ? 'target' : 'source';
  const indices = pair[other];
  return indices.length ? [{ range: segmentsRange(ctx[other], indices), message, inOtherDocument: true }] : [];
}

/** The pairs with sentences on both sides. */
export function* bothSides(ctx: PairContext): Iterable<AlignedPair> {
  for (const p of ctx.pairs) if (p.source.length && p.target.length) yield p;
}

/** Something written in the translation where the original writes something else: the fix writes the original's. */
export function changedFromOriginal(
  was: { readonly text: string },
  is: { readonly text: string; readonly start: number; readonly end: number },
  message: string,
  related: Related[],
): PairReport {
  const range = { start: is.start, end: is.end };
  return {
    side: 'target',
    range,
    message,
    suggestions: [was.text],
    fixes: [{ title: `Write ${q(was.text)} as the original does`, edits: [{ range, newText: was.text }], preferred: true }],
    related,
  };
}
