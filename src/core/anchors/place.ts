import type { TextRange } from '../text/offsets';
import type { Anchor } from './anchor';
import { attachAnchor } from './attach';
import { matchContext } from './context';
import { fuzzyFind } from './fuzzy';
import { offsetMapOfDiff, offsetMapOfEdits, type EditLike, type ChangeMap } from './offsetMap';

/**
 * Where one of many anchors sits now, and how it was found: `position` (quote and context where they were), `diff`
 * (carried through the text diff or the edits; its text may have been edited), `quote` (the quote elsewhere, told
 * apart by its context), `context` (the text between its surviving prefix and suffix: the quote itself was
 * rewritten), `fuzzy` (a text close to its quote), or `orphaned` (nowhere: kept by the caller, never dropped).
 */
export type Placement =
  { readonly method: 'position' | 'diff' | 'quote' | 'context' | 'fuzzy'; readonly range: TextRange } | { readonly method: 'orphaned' };

/** What is known of how the text changed since the anchors were made. */
export interface PlaceOptions {
  /** The text the anchors were made on: the two texts are diffed, so every anchor follows the changes around it. */
  readonly previousText?: string;
  /** The edits that turned that text into this one, when known (an editor's change event): cheaper and exact. */
  readonly edits?: readonly EditLike[];
}

// Characters of the recorded context looked for around a rewritten quote.
const BRACKET = 16;
// Shortest piece of context that may bracket a rewritten quote: shorter ones recur too often to tell where they belong.
const MIN_BRACKET = 4;
// How far from where it is expected a rewritten quote's context is looked for.
const BRACKET_WINDOW = 4_096;
// How far from where it is expected a quote with a little of its context is taken (see nearby).
const NEARBY = 64;
// Share of its context such a quote must have kept.
const MIN_NEARBY_CONTEXT = 0.25;
// A whole side of context this long, still next to the quote, is enough to take it (see nearby).
const MIN_SIDE = 8;
// Errors allowed per character of quote in an approximate match (as attachAnchor allows).
const FUZZY_ERROR_RATE = 0.25;
// Shorter quotes are not searched approximately: a typo could not be told from another word.
const MIN_FUZZY_QUOTE = 4;

/**
 * Finds many anchors in `text` at once, each as `placeAnchor` would (results in the order of `anchors`). With no
 * previous text, anchors are visited in text order and each is first looked for where the one before it moved to,
 * so an edit above a thousand anchors costs a comparison each rather than a search.
 */
export function placeAnchors(text: string, anchors: readonly Anchor[], options: PlaceOptions = {}): Placement[] {
  const map = options.edits
    ? offsetMapOfEdits(options.edits)
    : options.previousText !== undefined
      ? offsetMapOfDiff(options.previousText, text)
      : undefined;
  const order = anchors.map((_, i) => i).sort((i, j) => anchors[i].start - anchors[j].start);
  const out: Placement[] = new Array<Placement>(anchors.length);
  let shift = 0;
  for (const i of order) {
    const anchor = anchors[i];
    const consistent = options.previousText === undefined || options.previousText.startsWith(anchor.exact, anchor.start);
    out[i] = placeOne(text, anchor, consistent ? map : undefined, shift);
    const placed = out[i];
    if (placed.method !== 'orphaned') shift = placed.range.start - anchor.start;
  }
  return out;
}

/**
 * Finds one anchor in `text`: at its position if its quote and context still stand there; else carried through the
 * map of the changes (an edited quote moves with its text); else where the map or `shift` expects it, if its quote
 * and context stand there; else its quote with its context nearest there; else the text between its surviving prefix
 * and suffix; else an approximate quote; else it is orphaned. Never throws.
 */
export function placeAnchor(text: string, anchor: Anchor, map?: ChangeMap, shift = 0): Placement {
  return placeOne(text, anchor, map, shift);
}

// The steps of placeAnchor, in order.
function placeOne(text: string, anchor: Anchor, map: ChangeMap | undefined, shift: number): Placement {
  const length = anchor.exact.length;
  if (intact(text, anchor, anchor.start)) return { method: 'position', range: { start: anchor.start, end: anchor.end } };
  let expected = anchor.start + shift;
  if (map) {
    const mapped = map.mapRange(anchor);
    if (mapped && !text.startsWith(anchor.exact, mapped.start)) {
      // A diff may pair equal characters differently from how the text was edited (a line break typed before a
      // space): the quote itself, with most of its context, right next to where the diff put it is the one.
      const standing = intactNear(text, anchor, mapped.start);
      if (standing !== undefined) return { method: 'diff', range: { start: standing, end: standing + length } };
    }
    if (mapped && acceptable(text, anchor, mapped)) return { method: 'diff', range: mapped };
    expected = mapped?.start ?? map.mapStart(anchor.start);
  } else if (intact(text, anchor, expected)) return { method: 'quote', range: { start: expected, end: expected + length } };
  if (length === 0) {
    const empty = attachAnchor(text, { ...anchor, start: expected, end: expected });
    return empty.method === 'orphaned' ? empty : { method: 'quote', range: empty.range };
  }
  const moved = attachAnchor(text, { ...anchor, start: expected, end: expected + length }, { fuzzy: false });
  if (moved.method !== 'orphaned') return { method: moved.range.start === anchor.start ? 'position' : 'quote', range: moved.range };
  const near = nearby(text, anchor, expected);
  if (near !== undefined) return { method: 'quote', range: { start: near, end: near + length } };
  const between = bracketed(text, anchor, expected);
  if (between) return { method: 'context', range: between };
  if (length >= MIN_FUZZY_QUOTE) {
    const match = fuzzyFind(text, anchor.exact, expected, Math.floor(length * FUZZY_ERROR_RATE));
    if (match) return { method: 'fuzzy', range: { start: match.start, end: match.end } };
  }
  return { method: 'orphaned' };
}

// Whether the quote and all its recorded context stand at `start`.
function intact(text: string, anchor: Anchor, start: number): boolean {
  return start >= 0 && text.startsWith(anchor.exact, start) && matchContext(text, anchor, start).score === 1;
}

// The quote standing within a few characters of `at`: the one with the most of its recorded context (at least half),
// else the nearest copy one or two characters away (edits on both sides of a short quote leave it no context, and a
// note on identical text beats one on the text the diff happened to pair with it).
function intactNear(text: string, anchor: Anchor, at: number): number | undefined {
  const reach = anchor.exact.length + 2;
  let best: { at: number; score: number } | undefined;
  let nearest: number | undefined;
  for (let d = 0; d <= reach; d++) {
    for (const p of d === 0 ? [at] : [at - d, at + d]) {
      if (p < 0 || !text.startsWith(anchor.exact, p)) continue;
      if (nearest === undefined && d <= 2) nearest = p;
      const score = matchContext(text, anchor, p).score;
      if (score >= 0.5 && (!best || score > best.score)) best = { at: p, score };
    }
  }
  return best?.at ?? nearest;
}

// Whether a span carried through the changes still reads as the quote, or was edited no more than a rewrite of it
// would be (a span swallowed into a long replacement is not taken: the quote is looked for instead).
function acceptable(text: string, anchor: Anchor, range: TextRange): boolean {
  const length = range.end - range.start;
  if (length === anchor.exact.length && text.startsWith(anchor.exact, range.start)) return true;
  return length > 0 && length <= 2 * anchor.exact.length + 32;
}

// The quote close to where it is expected with some of its context (attachAnchor asks for half of it: a short quote
// whose context was edited on both sides, a line diff that misaligned it, still has it where it was expected).
function nearby(text: string, anchor: Anchor, expected: number): number | undefined {
  const reach = NEARBY + anchor.exact.length;
  let best: { at: number; score: number } | undefined;
  for (
    let at = text.indexOf(anchor.exact, Math.max(0, expected - reach));
    at >= 0 && at <= expected + reach;
    at = text.indexOf(anchor.exact, at + 1)
  ) {
    const context = matchContext(text, anchor, at);
    // One whole side still standing is as telling as a share of both.
    const side =
      (context.before === anchor.prefix.length && context.before >= MIN_SIDE) ||
      (context.after === anchor.suffix.length && context.after >= MIN_SIDE);
    const score = side ? Math.max(context.score, MIN_NEARBY_CONTEXT) : context.score;
    if (score >= MIN_NEARBY_CONTEXT && (!best || score > best.score)) best = { at, score };
  }
  return best?.at;
}

// The span between the last characters of the prefix and the first of the suffix, found together near `expected`:
// the quote was rewritten but the text around it stands. Both pieces must be long enough to be telling.
function bracketed(text: string, anchor: Anchor, expected: number): TextRange | undefined {
  const before = anchor.prefix.slice(-BRACKET);
  const after = anchor.suffix.slice(0, BRACKET);
  if (before.length < MIN_BRACKET || after.length < MIN_BRACKET) return undefined;
  const maxLength = 2 * anchor.exact.length + 32;
  const from = Math.max(0, expected - BRACKET_WINDOW);
  const to = Math.min(text.length, expected + anchor.exact.length + BRACKET_WINDOW);
  // Searched in a slice: a missing piece must not cost a scan of the whole text.
  const window = text.slice(from, to);
  let best: TextRange | undefined;
  for (let p = window.indexOf(before); p >= 0; p = window.indexOf(before, p + 1)) {
    const start = p + before.length;
    const s = window.indexOf(after, start);
    if (s <= start || s - start > maxLength) continue;
    if (!best || Math.abs(from + start - expected) < Math.abs(best.start - expected)) best = { start: from + start, end: from + s };
  }
  return best;
}
