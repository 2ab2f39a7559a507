import type { Anchor } from './anchor';

/** How well the text around a candidate span agrees with an anchor's recorded context. */
export interface ContextMatch {
  /** Share of the recorded prefix and suffix characters that still stand next to the span, 0..1. */
  readonly score: number;
  /** Characters of the recorded prefix (its end) and suffix (its start) that still stand next to the span. */
  readonly before: number;
  readonly after: number;
  /** The span's own line reads as it did around the quote: the line moved, or text changed on other lines. */
  readonly lineIntact: boolean;
}

/** Compares the text around `start..start + exact.length` with the anchor's prefix and suffix. */
export function matchContext(text: string, anchor: Anchor, start: number): ContextMatch {
  const end = start + anchor.exact.length;
  const { prefix, suffix } = anchor;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const total = prefix.length + suffix.length;
  const matchedBefore = commonTail(prefix, before);
  const matchedAfter = commonHead(suffix, after);
  return {
    score: total === 0 ? 1 : (matchedBefore + matchedAfter) / total,
    before: matchedBefore,
    after: matchedAfter,
    lineIntact:
      linePart(prefix, 'before') === lineBefore(text, start, prefix.length) &&
      linePart(suffix, 'after') === lineAfter(text, end, suffix.length),
  };
}

// The part of a context string on the quote's own line.
function linePart(context: string, side: 'before' | 'after'): string {
  if (side === 'before') return context.slice(Math.max(context.lastIndexOf('\n'), context.lastIndexOf('\r')) + 1);
  const cut = context.search(/[\r\n]/);
  return cut < 0 ? context : context.slice(0, cut);
}

// Up to `limit` characters before `at`, stopping at a line break.
function lineBefore(text: string, at: number, limit: number): string {
  return linePart(text.slice(Math.max(0, at - limit), at), 'before');
}

// Up to `limit` characters from `at`, stopping at a line break.
function lineAfter(text: string, at: number, limit: number): string {
  return linePart(text.slice(at, at + limit), 'after');
}

// Length of the longest common suffix of two strings.
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

// Length of the longest common prefix of two strings.
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}
