// Text that is not prose: code, addresses, link targets, markup and emoticons. Checks that rewrite
// punctuation or words must leave it alone, whatever it contains. Most paragraphs hold none of it, so each
// pattern only runs where a character it needs occurs.
import type { TextRange } from '../../text/offsets';

// Which character a pattern cannot match without, as a bit of the paragraph's trigger mask.
const CODE = 1;
const ANGLE = 2;
const LINK = 4;
const URL = 8;
const MAIL = 16;
const EMOTICON = 32;
const KAOMOJI = 64;

const URL_END = '[^\\s<>"()（）\\u3000-\\u303f\\uff01-\\uff0f]+';
const PATTERNS: readonly [number, RegExp][] = [
  [CODE, /`+[^`\n]*?`+/gu],
  [ANGLE, /<!--[^]*?-->|<(?:https?|ftp|mailto):[^>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu],
  [LINK, /!?\[[^[\]\n]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/gu], // [text](url "title")
  [URL, new RegExp(`\\b(?:https?|ftp)://${URL_END}|\\bwww\\.${URL_END}`, 'gu')],
  [MAIL, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu],
  [EMOTICON, /[:;=][-^'o]?[)(\][DPpOo3/|](?![\p{L}\p{N}])/gu], // :) ;-) :D, not after a letter (see below)
  [KAOMOJI, /[(（][\^><;TㅠㅜoO_\-.\s'"*~=@・ω∀ﾟд`´]{2,}[)）]|\^[_\-.]?\^/gu], // (^_^) (T_T) ^^
];

const WORD_CHAR = /[A-Za-z0-9]/u; // Latin only: an emoticon may follow an ideograph directly (好的:))

// The trigger bits of each ASCII code unit, and CHECK_NEXT where the bit depends on what follows (: and w).
const CHECK_NEXT = 128;
const TRIGGERS = new Uint8Array(128);
TRIGGERS[96] = CODE; // `
TRIGGERS[60] = ANGLE; // <
TRIGGERS[91] = LINK; // [
TRIGGERS[64] = MAIL; // @
TRIGGERS[58] = EMOTICON | CHECK_NEXT; // : (and :// of a URL)
TRIGGERS[59] = TRIGGERS[61] = EMOTICON; // ; =
TRIGGERS[40] = TRIGGERS[94] = KAOMOJI; // ( ^
TRIGGERS[119] = CHECK_NEXT; // www.

// The patterns a paragraph could match, from the characters it contains: a table lookup per character,
// as this runs over every paragraph of the document.
function triggers(text: string, start: number, end: number): number {
  let mask = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (c === 0xff08) mask |= KAOMOJI; // （
      continue;
    }
    const t = TRIGGERS[c];
    if (t === 0) continue;
    if (t & CHECK_NEXT) {
      if (c === 58) mask |= text.startsWith('//', i + 1) ? URL : 0;
      else if (text.startsWith('ww.', i + 1)) mask |= URL;
    }
    mask |= t & ~CHECK_NEXT;
  }
  return mask;
}

/** The non-prose spans of `text[range]` (code, URLs, link targets, markup, emoticons), sorted, not overlapping. */
export function protectedSpans(text: string, range: TextRange = { start: 0, end: text.length }): TextRange[] {
  const mask = triggers(text, range.start, range.end);
  if (mask === 0) return [];
  const slice = text.slice(range.start, range.end);
  const found: TextRange[] = [];
  for (const [bit, re] of PATTERNS) {
    if (!(mask & bit)) continue;
    for (const m of slice.matchAll(re)) {
      // "ratio:3" and "Note:D" are words, not faces.
      if (bit === EMOTICON && m.index! > 0 && WORD_CHAR.test(slice[m.index! - 1])) continue;
      if (m[0].length) found.push({ start: range.start + m.index!, end: range.start + m.index! + m[0].length });
    }
  }
  // Of overlapping spans the earlier (then the longer) wins, as one alternation would have matched.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const s of found) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** Whether `[start, end)` overlaps one of `spans` (sorted, as `protectedSpans` returns them). */
export function overlapsProtected(spans: readonly TextRange[], start: number, end: number = start + 1): boolean {
  if (spans.length === 0) return false;
  let lo = 0;
  let hi = spans.length;
  // The first span ending after `start` is the only one that can overlap.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}
