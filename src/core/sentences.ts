import { proseRange } from './blocks';
import type { Transcript } from './model';
import type { TextRange } from './text';

const segmenters = new Map<string, Intl.Segmenter>();

// One segmenter per locale: construction is far costlier than segmenting.
function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale === 'und' ? undefined : locale, { granularity: 'sentence' })));
  return s;
}

/**
 * Splits `text[range]` into sentences with `Intl.Segmenter`, trimming the white space around each
 * one; the locale is the document's detected language.
 */
export function segmentSentences(text: string, range: TextRange, locale: string): TextRange[] {
  const out: TextRange[] = [];
  const slice = text.slice(range.start, range.end);
  for (const { segment, index } of segmenterFor(locale).segment(slice)) {
    let s = index;
    let e = index + segment.length;
    while (s < e && isSpace(slice.charCodeAt(s))) s++;
    while (e > s && isSpace(slice.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: range.start + s, end: range.start + e });
  }
  return out;
}

// White space as sentence edges have it: ASCII blanks and breaks, NBSP, the ideographic space.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/** A sentence of a text-bearing block. */
export interface Sentence {
  readonly range: TextRange;
  /** Index of its block in `Transcript.blocks`. */
  readonly block: number;
}

/** Every sentence of a transcript's turns, paragraphs, quotes and blockquotes, in order. */
export function transcriptSentences(t: Transcript): Sentence[] {
  const out: Sentence[] = [];
  t.blocks.forEach((b, block) => {
    const range = proseRange(b);
    if (range) for (const s of segmentSentences(t.text, range, t.language.tag)) out.push({ range: s, block });
  });
  return out;
}
