import type { TextRange } from '../text/offsets';

/**
 * A span of text that can be found again after the text changed: the quoted text, the text just before
 * and after it, and where it was. The fields are those of the W3C `TextQuoteSelector` (`exact`, `prefix`,
 * `suffix`) and `TextPositionSelector` (`start`, `end`: 0-based UTF-16 offsets), so sidecar files can
 * store an anchor as Web Annotation selectors.
 */
export interface Anchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/** Characters of context kept on each side of the quote, as Hypothesis and the W3C examples do. */
export const CONTEXT_LENGTH = 32;

/** The anchor of `range` in `text` (clamped into the text), with up to `context` characters on each side. */
export function createAnchor(text: string, range: TextRange, context = CONTEXT_LENGTH): Anchor {
  const start = clamp(Math.min(range.start, range.end), text.length);
  const end = clamp(Math.max(range.start, range.end), text.length);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}

/** Whether a value read from a file has the shape of an anchor (consistent offsets, string selectors). */
export function isAnchor(value: unknown): value is Anchor {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.exact === 'string' &&
    typeof a.prefix === 'string' &&
    typeof a.suffix === 'string' &&
    Number.isSafeInteger(a.start) &&
    Number.isSafeInteger(a.end) &&
    (a.start as number) >= 0 &&
    (a.end as number) - (a.start as number) === a.exact.length
  );
}

// An offset forced into 0..length (NaN becomes 0).
function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), length)) : 0;
}
