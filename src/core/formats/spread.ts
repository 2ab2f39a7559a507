import { segmentSentences } from '../document/sentences';
import { CJK, isCodePointIn } from '../text/scripts';

/** The widest line of a cue written anew, in columns (an ideograph, kana or Hangul syllable takes two). */
export const LINE_COLUMNS = 42;
/** A cue written anew holds at most two lines. */
export const CUE_COLUMNS = 2 * LINE_COLUMNS;

/** Columns a text takes on screen. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += isCodePointIn(ch.codePointAt(0)!, CJK) ? 2 : 1;
  return n;
}

/**
 * Cuts text into pieces of at most CUE_COLUMNS: whole sentences where they fit, a long sentence at the blanks (or,
 * in text without blanks, anywhere) nearest to equal parts.
 */
export function cutIntoCues(text: string, locale = 'und'): string[] {
  if (columns(text) <= CUE_COLUMNS) return [text];
  const out: string[] = [];
  let current = '';
  for (const r of segmentSentences(text, { start: 0, end: text.length }, locale)) {
    const sentence = text.slice(r.start, r.end);
    const joined = current ? `${current}${needsSpace(current, sentence) ? ' ' : ''}${sentence}` : sentence;
    if (columns(joined) <= CUE_COLUMNS) current = joined;
    else {
      if (current) out.push(current);
      if (columns(sentence) <= CUE_COLUMNS) current = sentence;
      else {
        const parts = Math.ceil(columns(sentence) / CUE_COLUMNS);
        out.push(...cutEvenly(sentence, parts));
        current = '';
      }
    }
  }
  if (current) out.push(current);
  return out;
}

// Whether two pieces are joined with a space when they are put together again.
const needsSpace = (a: string, b: string) =>
  !(isCodePointIn(a.codePointAt(a.length - 1) ?? 0, CJK) && isCodePointIn(b.codePointAt(0) ?? 0, CJK));

// Cuts text into `parts` pieces of about equal width, at the blank nearest each cut when there is one nearby.
function cutEvenly(text: string, parts: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 1; k < parts; k++) {
    let at = Math.round((text.length * k) / parts);
    const space = nearestBlank(text, at, Math.ceil(text.length / parts / 2));
    if (space >= 0) at = space;
    else if (/[\udc00-\udfff]/.test(text[at] ?? '')) at++;
    if (at <= from) continue;
    out.push(text.slice(from, at).trim());
    from = at;
  }
  out.push(text.slice(from).trim());
  return out.filter((p) => p);
}

// The index of the blank nearest `at` within `reach`, or -1.
function nearestBlank(text: string, at: number, reach: number): number {
  for (let d = 0; d <= reach; d++) {
    if (text[at - d] === ' ') return at - d;
    if (text[at + d] === ' ') return at + d;
  }
  return -1;
}

/** Breaks a cue's text into at most two lines of about equal width, at the blank nearest the middle, when it is wider than a line. */
export function wrapCue(text: string): string {
  if (columns(text) <= LINE_COLUMNS) return text;
  const space = nearestBlank(text, Math.round(text.length / 2), Math.ceil(text.length / 2));
  return space > 0 ? `${text.slice(0, space)}\n${text.slice(space + 1)}` : text;
}

/** Splits the time span [start, end] among pieces of text in proportion to their width; boundaries in whole milliseconds. */
export function spreadTime(widths: readonly number[], start: number, end: number): { start: number; end: number }[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const out: { start: number; end: number }[] = [];
  let done = 0;
  let at = start;
  for (const w of widths) {
    done += w;
    const next = total > 0 ? start + Math.round(((end - start) * done) / total) : end;
    out.push({ start: at, end: next });
    at = next;
  }
  return out;
}
