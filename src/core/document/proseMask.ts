// Prose views of a block for the language checks: what is not prose (code, URLs, e-mail addresses,
// link targets, HTML) blanked out with spaces so that offsets still match the document.
import type { TextRange } from '../text/offsets';

// Each is tried only when its cheap trigger occurs in the block, so plain prose costs no regex.
const MASKS: readonly (readonly [string, RegExp])[] = [
  ['`', /`[^`\n]*`/g],
  ['://', /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()（）"“”]+/gi],
  ['www.', /\bwww\.[^\s<>()（）"“”]+/gi],
  ['@', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['](', /\]\([^)\n]*\)/g],
  ['<', /<[^<>\n]{1,200}>/g],
];

/**
 * A function giving `text[range]` with code spans, URLs, e-mail addresses, Markdown link targets and HTML
 * tags blanked, for many ranges of one `text`: where each mask's trigger next occurs is remembered, so
 * blocks taken in document order cost one `indexOf` pass per trigger over the whole text, not one
 * `includes` per trigger and block. Blanking only writes spaces, which form no trigger: a range without a
 * trigger in the text has none in its masked string either.
 */
export function proseMasker(text: string): (range: TextRange) => string {
  // For each mask: the search started at `from[k]` found its trigger first at `at[k]` (-1: nowhere after).
  const from = MASKS.map(() => Infinity);
  const at = MASKS.map(() => -1);
  return (range) => {
    let s = text.slice(range.start, range.end);
    MASKS.forEach(([trigger, re], k) => {
      if (range.start < from[k] || (at[k] >= 0 && range.start > at[k])) {
        from[k] = range.start;
        at[k] = text.indexOf(trigger, range.start);
      }
      if (at[k] >= 0 && at[k] + trigger.length <= range.end && s.includes(trigger)) s = s.replace(re, (m) => ' '.repeat(m.length));
    });
    return s;
  };
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
