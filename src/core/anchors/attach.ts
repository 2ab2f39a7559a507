import type { TextRange } from '../text/offsets';
import { createAnchor, type Anchor } from './anchor';
import { matchContext } from './context';
import { fuzzyFind } from './fuzzy';

/**
 * Where an anchor sits in the current text, and how it was found: `position` (its quote still where it was),
 * `quote` (its quote elsewhere, told apart by its context), `fuzzy` (a text close to its quote), or
 * `orphaned` (nowhere: the caller keeps the anchor and reports it, never drops it).
 */
export type Attachment = { readonly method: 'position' | 'quote' | 'fuzzy'; readonly range: TextRange } | { readonly method: 'orphaned' };

/** Limits on how an anchor is looked for. */
export interface AttachOptions {
  /**
   * The offsets where the quote may start, when the caller already knows them (the current findings of
   * one check); otherwise every occurrence of the quote in the text is a candidate.
   */
  readonly candidates?: Iterable<number>;
  /** Look for an approximate quote once the exact one is gone (default true). */
  readonly fuzzy?: boolean;
}

// Occurrences examined at most: bounds one anchor's time in a text that repeats its quote endlessly.
const MAX_CANDIDATES = 10_000;
// Share of the context that must still agree for a quote found elsewhere whose line did not survive.
const MIN_CONTEXT = 0.5;
// A quote this long is distinctive: found exactly once, it attaches whatever its context.
const DISTINCTIVE_QUOTE = 8;
// Shorter quotes are not searched approximately: a typo could not be told from another word.
const MIN_FUZZY_QUOTE = 4;
// Errors allowed per character of quote in an approximate match.
const FUZZY_ERROR_RATE = 0.25;

/**
 * Finds an anchor in `text`. The quote with all its context wins, nearest its old position first; then the
 * quote whose own line reads as before (the line moved); then the quote still at its old position (the
 * text around it was edited); then the quote with most of its context; then a distinctive quote found only
 * once; then, if allowed, an approximate quote near the old position. Never throws.
 */
export function attachAnchor(text: string, anchor: Anchor, options: AttachOptions = {}): Attachment {
  if (anchor.exact === '') return attachEmpty(text, anchor);
  const found = (start: number): Attachment => ({
    method: start === anchor.start ? 'position' : 'quote',
    range: { start, end: start + anchor.exact.length },
  });
  let line: number | undefined;
  let atPosition = false;
  let partial: { start: number; score: number } | undefined;
  let seen = 0;
  let only = -1;
  const starts = options.candidates ? nearestCandidates(text, anchor, options.candidates) : occurrences(text, anchor.exact, anchor.start);
  for (const start of starts) {
    if (++seen > MAX_CANDIDATES) break;
    only = start;
    const context = matchContext(text, anchor, start);
    if (context.score === 1) return found(start);
    if (context.lineIntact) line ??= start;
    if (start === anchor.start) atPosition = true;
    if (!partial || context.score > partial.score) partial = { start, score: context.score };
  }
  if (line !== undefined) return found(line);
  if (atPosition) return found(anchor.start);
  if (partial && partial.score >= MIN_CONTEXT) return found(partial.start);
  if (seen === 1 && anchor.exact.length >= DISTINCTIVE_QUOTE) return found(only);
  if (options.fuzzy !== false && anchor.exact.length >= MIN_FUZZY_QUOTE) {
    const match = fuzzyFind(text, anchor.exact, anchor.start, Math.floor(anchor.exact.length * FUZZY_ERROR_RATE));
    if (match) return { method: 'fuzzy', range: { start: match.start, end: match.end } };
  }
  return { method: 'orphaned' };
}

/** The anchor re-made where it now sits (fresh context and offsets), or the old one, flagged, when orphaned. */
export function refreshAnchor(text: string, anchor: Anchor, options: AttachOptions = {}): { anchor: Anchor; orphaned: boolean } {
  const attachment = attachAnchor(text, anchor, options);
  if (attachment.method === 'orphaned') return { anchor, orphaned: true };
  return { anchor: createAnchor(text, attachment.range, Math.max(anchor.prefix.length, anchor.suffix.length)), orphaned: false };
}

// An empty quote (an insertion point) is found by the context on both sides of it.
function attachEmpty(text: string, anchor: Anchor): Attachment {
  const needle = anchor.prefix + anchor.suffix;
  const at =
    needle === ''
      ? Math.min(Math.max(anchor.start, 0), text.length)
      : occurrences(text, needle, anchor.start - anchor.prefix.length).next().value;
  if (at === undefined) return { method: 'orphaned' };
  const start = needle === '' ? at : at + anchor.prefix.length;
  return { method: start === anchor.start ? 'position' : 'quote', range: { start, end: start } };
}

// The caller's candidates where the quote really stands, nearest the old position first.
function nearestCandidates(text: string, anchor: Anchor, candidates: Iterable<number>): number[] {
  const valid = [...new Set(candidates)].filter((s) => Number.isInteger(s) && s >= 0 && text.startsWith(anchor.exact, s));
  return valid.sort((a, b) => Math.abs(a - anchor.start) - Math.abs(b - anchor.start) || a - b);
}

// Every start of `needle` in `text`, nearest `near` first (two scans moving apart from it).
function* occurrences(text: string, needle: string, near: number): Generator<number, undefined> {
  const origin = Math.min(Math.max(near, 0), text.length);
  let forward = text.indexOf(needle, origin);
  let backward = origin > 0 ? text.lastIndexOf(needle, origin - 1) : -1;
  while (forward >= 0 || backward >= 0) {
    if (backward < 0 || (forward >= 0 && forward - origin <= origin - backward)) {
      yield forward;
      forward = text.indexOf(needle, forward + 1);
    } else {
      yield backward;
      backward = backward > 0 ? text.lastIndexOf(needle, backward - 1) : -1;
    }
  }
  return undefined;
}
