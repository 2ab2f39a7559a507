// What in a transcript is not prose: inline code, HTML comments and tags, autolinks, Markdown links, URLs,
// e-mail addresses and @handles. They are spelled on purpose, never language, words or punctuation to correct.
// This is the one definition; callers differ only in what they do with the spans (skip words in them, blank
// them, leave their punctuation alone). Most paragraphs hold none of it, so each pattern only runs where a
// character it needs occurs.
import type { TextRange } from '../text/offsets';
import { CJK_PUNCTUATION, classSource } from '../text/scripts';

/** What a non-prose span is. */
export type NonProseKind = 'code' | 'markup' | 'link' | 'url' | 'address';

/** A span of text that is not prose. */
export interface NonProseSpan extends TextRange {
  readonly kind: NonProseKind;
  /** For a Markdown link `[text](target)`: the range of its text, which is prose. */
  readonly linkText?: TextRange;
}

// Which character a pattern cannot match without, as a bit of a range's trigger mask.
const CODE = 1;
const ANGLE = 2;
const LINK = 4;
const URL = 8;
const ADDRESS = 16;

// A URL runs to a space, an angle bracket, a quotation mark, a bracket or a CJK or full-width punctuation mark.
const URL_CHAR = `[^\\s<>"“”()（）[\\]${classSource(CJK_PUNCTUATION)}]`;
// A link target: `<…>`, or a destination with balanced parentheses one level deep; then an optional "title".
const TARGET = String.raw`\([ \t]*(?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+"[^"\n]*")?[ \t]*\)`;

// A Markdown link `[text](target)` or image `![alt](src)`: group 1 is the text, group 2 the target with its `(…)`.
const MARKDOWN_LINK = new RegExp(String.raw`!?\[([^[\]\n]*)\](${TARGET})`, 'g');

// The matches of a pattern, given one by one to `add`: where each starts, how long it is, and for a Markdown link
// its text. A text of a million backticks has a million matches: none is made an object of its own.
type Matcher = (slice: string, add: (index: number, length: number, linkText?: string) => void) => void;

// A global regex's matches (none of these matches the empty string).
const regex =
  (re: RegExp): Matcher =>
  (slice, add) => {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) add(m.index, m[0].length, m[1]);
  };

/**
 * HTML comments, `<!--` to the first `-->` after it, as `/<!--[^]*?-->/g` would match them, but in one pass: the
 * position of the next `-->` is remembered, so a run of openers that never close does not rescan to the end each.
 */
export function htmlComments(text: string, visit: (start: number, end: number) => void, from = 0): void {
  let closer = -2; // the first `-->` at or after where it was last searched from; -1: there is none
  for (let at = text.indexOf('<!--', from); at >= 0; at = text.indexOf('<!--', at + 1)) {
    if (closer !== -1 && closer < at + 4) closer = text.indexOf('-->', at + 4);
    if (closer < 0) return;
    visit(at, closer + 3);
    at = closer + 2;
  }
}

const commentMatches: Matcher = (slice, add) => htmlComments(slice, (start, end) => add(start, end - start));

/**
 * E-mail addresses and handles, as `/[\w.+-]*@[\w-]+(?:\.[\w-]+)*\/g` would match them, but found from each `@`:
 * the regex would try every position of a long word before failing (`@` can only end the run it starts in).
 */
const addressMatches: Matcher = (slice, add) => {
  const DOMAIN = /[\w-]+(?:\.[\w-]+)*/y;
  let lastEnd = 0;
  for (let at = slice.indexOf('@'); at >= 0; at = slice.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && LOCAL_CHAR[slice.charCodeAt(start - 1)]) start--;
    DOMAIN.lastIndex = at + 1;
    const m = DOMAIN.exec(slice);
    if (!m) continue;
    lastEnd = at + 1 + m[0].length;
    add(start, lastEnd - start);
    at = lastEnd - 1;
  }
};
// [\w.+-] as a table of ASCII codes.
const LOCAL_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-') LOCAL_CHAR[c.charCodeAt(0)] = 1;

const PATTERNS: readonly (readonly [number, NonProseKind, Matcher])[] = [
  [CODE, 'code', regex(/`+[^`\n]*?`+/g)],
  [ANGLE, 'markup', commentMatches],
  [ANGLE, 'markup', regex(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g)],
  // An autolink (`<https://…>`, `<mailto:…>`) is a URL in angle brackets.
  [ANGLE, 'url', regex(/<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>/g)],
  // A target without its `[text]` on the same line (the text was wrapped) is still a target.
  [LINK, 'link', regex(new RegExp(String.raw`${MARKDOWN_LINK.source}|\]${TARGET}`, 'g'))],
  // A scheme is at most 64 characters: an unbounded one would be sought from every word of a long dotted run.
  [URL, 'url', regex(new RegExp(String.raw`\b[a-z][a-z0-9+.-]{0,63}://${URL_CHAR}+|\bwww\.${URL_CHAR}+`, 'gi'))],
  // An e-mail address, or an @handle (an address without its local part).
  [ADDRESS, 'address', addressMatches],
];

// What a pattern cannot match without: ` < ] @ :// www.
const TRIGGER = /[`<\]@]|:\/\/|www\./gi;
const TRIGGER_BITS: Readonly<Record<string, number>> = { '`': CODE, '<': ANGLE, ']': LINK, '@': ADDRESS, ':': URL, w: URL, W: URL };

// Where the last search for a trigger found one: in `memoText`, none lies in [memoFrom, memoAt) (memoAt is the
// text's length when none follows). Ranges asked in document order cost one native search over the whole text.
let memoText = '';
let memoFrom = 0;
let memoAt = 0;

// The patterns `text[start, end)` could match, from the triggers it contains.
function triggers(text: string, start: number, end: number): number {
  if (memoText !== text || start < memoFrom || start > memoAt) {
    memoText = text;
    memoAt = nextTrigger(text, start);
  }
  let mask = 0;
  while (memoAt < end) {
    mask |= TRIGGER_BITS[text[memoAt]];
    memoAt = nextTrigger(text, memoAt + 1);
  }
  memoFrom = Math.min(end, memoAt);
  return mask;
}

function nextTrigger(text: string, from: number): number {
  TRIGGER.lastIndex = from;
  return TRIGGER.exec(text)?.index ?? text.length;
}

/**
 * The non-prose spans of `text[range]`, sorted and not overlapping: of overlapping matches the earlier (then
 * the longer) wins, as one alternation would have matched.
 */
export function nonProseSpans(text: string, range: TextRange = { start: 0, end: text.length }): NonProseSpan[] {
  const mask = triggers(text, range.start, range.end);
  if (mask === 0) return [];
  const slice = range.start === 0 && range.end === text.length ? text : text.slice(range.start, range.end);
  const found: NonProseSpan[] = [];
  // One pattern's matches come in order without overlapping: they need no sorting unless another pattern's join them.
  let patterns = 0;
  for (const [bit, kind, matches] of PATTERNS) {
    if (!(mask & bit)) continue;
    const before = found.length;
    matches(slice, (index, length, linkText) => {
      const start = range.start + index;
      // The text of `[text](target)` is prose inside the link (after `[` or `![`).
      const textStart = kind === 'link' && linkText !== undefined ? start + (slice[index] === '!' ? 2 : 1) : -1;
      found.push(
        textStart < 0
          ? { kind, start, end: start + length }
          : { kind, start, end: start + length, linkText: { start: textStart, end: textStart + linkText!.length } },
      );
    });
    if (found.length > before) patterns++;
  }
  if (patterns < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NonProseSpan[] = [];
  for (const s of found) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** The spans as ranges with the text of each Markdown link left out (it is prose): `[`, then `](target)`. */
export function withoutLinkText(spans: readonly NonProseSpan[]): readonly TextRange[] {
  // A span with no link text is its own range: a text of a million spans is not copied range by range.
  if (!spans.some((s) => s.linkText)) return spans;
  const out: TextRange[] = [];
  for (const s of spans) {
    if (s.linkText) {
      out.push({ start: s.start, end: s.linkText.start }, { start: s.linkText.end, end: s.end });
    } else out.push(s);
  }
  return out;
}

/** Whether an HTML comment (an inline directive, a note) opens at `at`. */
export function opensComment(text: string, at: number): boolean {
  return text.startsWith('<!--', at);
}
