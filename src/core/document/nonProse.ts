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

const PATTERNS: readonly (readonly [number, NonProseKind, RegExp])[] = [
  [CODE, 'code', /`+[^`\n]*?`+/g],
  [ANGLE, 'markup', /<!--[^]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g],
  // An autolink (`<https://…>`, `<mailto:…>`) is a URL in angle brackets.
  [ANGLE, 'url', /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>/g],
  // A target without its `[text]` on the same line (the text was wrapped) is still a target.
  [LINK, 'link', new RegExp(String.raw`${MARKDOWN_LINK.source}|\]${TARGET}`, 'g')],
  [URL, 'url', new RegExp(String.raw`\b[a-z][a-z0-9+.-]*://${URL_CHAR}+|\bwww\.${URL_CHAR}+`, 'gi')],
  // An e-mail address, or an @handle (an address without its local part).
  [ADDRESS, 'address', /[\w.+-]*@[\w-]+(?:\.[\w-]+)*/g],
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
  for (const [bit, kind, re] of PATTERNS) {
    if (!(mask & bit)) continue;
    for (const m of slice.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = range.start + m.index!;
      const span = { kind, start, end: start + m[0].length };
      // The text of `[text](target)` is prose inside the link.
      const textStart = kind === 'link' && m[1] !== undefined ? start + m[0].indexOf('[') + 1 : -1;
      found.push(textStart < 0 ? span : { ...span, linkText: { start: textStart, end: textStart + m[1].length } });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NonProseSpan[] = [];
  for (const s of found) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** The spans as ranges with the text of each Markdown link left out (it is prose): `[`, then `](target)`. */
export function withoutLinkText(spans: readonly NonProseSpan[]): TextRange[] {
  const out: TextRange[] = [];
  for (const s of spans) {
    if (s.linkText) {
      out.push({ start: s.start, end: s.linkText.start }, { start: s.linkText.end, end: s.end });
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether an HTML comment (an inline directive, a note) opens at `at`. */
export function opensComment(text: string, at: number): boolean {
  return text.startsWith('<!--', at);
}
