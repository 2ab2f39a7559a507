// Text the checks that rewrite punctuation or words must leave alone, whatever it contains: what is not prose
// (see document/nonProse.ts; a Markdown link whole, text and all) and emoticons, which are punctuation on
// purpose. Most paragraphs hold none of it, so each pattern only runs where a character it needs occurs.
import { nonProseSpans } from '../../document/nonProse';
import type { TextRange } from '../../text/offsets';

const EMOTICON = /[:;=][-^'o]?[)(\][DPpOo3/|](?![\p{L}\p{N}])/gu; // :) ;-) :D, not after a letter (see below)
const KAOMOJI = /[(（][\^><;TㅠㅜoO_\-.\s'"*~=@・ω∀ﾟд`´]{2,}[)）]|\^[_\-.]?\^/gu; // (^_^) (T_T) ^^
const WORD_CHAR = /[A-Za-z0-9]/u; // Latin only: an emoticon may follow an ideograph directly (好的:))

// What a face needs: most paragraphs have none of these, and one native search of the paragraph says so.
const FACE_TRIGGER = /[:;=(（^]/;

/** The spans of `text[range]` to leave alone (non-prose, Markdown links whole, emoticons), sorted, not overlapping. */
export function protectedSpans(text: string, range: TextRange = { start: 0, end: text.length }): TextRange[] {
  const found: TextRange[] = nonProseSpans(text, range);
  const slice = text.slice(range.start, range.end);
  if (!FACE_TRIGGER.test(slice)) return found;
  for (const re of [EMOTICON, KAOMOJI]) {
    for (const m of slice.matchAll(re)) {
      // "ratio:3" and "Note:D" are words, not faces.
      if (re === EMOTICON && m.index! > 0 && WORD_CHAR.test(slice[m.index! - 1])) continue;
      if (m[0].length) found.push({ start: range.start + m.index!, end: range.start + m.index! + m[0].length });
    }
  }
  if (found.length < 2) return found;
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
