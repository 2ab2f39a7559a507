// Prose views of a block for the language checks: what is not prose (see `nonProse.ts`) blanked out with
// spaces, so that offsets still match the document; the text of a Markdown link stays, as it is prose.
import { nonProseSpans, withoutLinkText } from './nonProse';
import type { TextRange } from '../text/offsets';

/** A function giving `text[range]` with code spans, URLs, addresses, Markdown link targets and HTML blanked. */
export function proseMasker(text: string): (range: TextRange) => string {
  return (range) => {
    const spans = withoutLinkText(nonProseSpans(text, range));
    if (spans.length === 0) return text.slice(range.start, range.end);
    let s = '';
    let at = range.start;
    for (const r of spans) {
      s += text.slice(at, r.start) + ' '.repeat(r.end - r.start);
      at = r.end;
    }
    return s + text.slice(at, range.end);
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
