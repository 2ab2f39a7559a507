// Prose views of a block for the language checks: what is not prose (code, URLs, e-mail addresses,
// link targets, HTML) blanked out with spaces so that offsets still match the document.
import type { TextRange } from './text';

// Each is tried only when its cheap trigger occurs in the block, so plain prose costs a few `includes`.
const MASKS: readonly (readonly [string, RegExp])[] = [
  ['`', /`[^`\n]*`/g],
  ['://', /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()（）"“”]+/gi],
  ['www.', /\bwww\.[^\s<>()（）"“”]+/gi],
  ['@', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['](', /\]\([^)\n]*\)/g],
  ['<', /<[^<>\n]{1,200}>/g],
];

/** `text[range]` with code spans, URLs, e-mail addresses, Markdown link targets and HTML tags blanked. */
export function maskedProse(text: string, range: TextRange): string {
  let s = text.slice(range.start, range.end);
  for (const [trigger, re] of MASKS) if (s.includes(trigger)) s = s.replace(re, (m) => ' '.repeat(m.length));
  return s;
}

const OPENERS = '(（[【《〈「『';
const CLOSERS = ')）]】》〉」』';

/**
 * Whether `s[start, end)` stands alone inside brackets — `(original term)`, `《Title》`, `【Name】` — the
 * way translations keep an original term, a title or a name next to its rendering.
 */
export function isBracketed(s: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"“‘']/u.test(s[i])) i--;
  let j = end;
  while (j < s.length && /[\s"”’'.,;:!?]/u.test(s[j])) j++;
  const open = OPENERS.indexOf(s[i]);
  return open >= 0 && CLOSERS.indexOf(s[j]) === open;
}
