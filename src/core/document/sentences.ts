import { proseRange } from './blocks';
import type { Transcript } from './model';
import type { TextRange } from '../text/offsets';
import { isSpace } from './parse';

const segmenters = new Map<string, Intl.Segmenter>();

// One segmenter per locale: construction is far costlier than segmenting.
function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale === 'und' ? undefined : locale, { granularity: 'sentence' })));
  return s;
}

/**
 * Splits `text[range]` into sentences with `Intl.Segmenter`, trimming the white space around each
 * one and joining the pieces ICU cuts after a title or an initial; the locale is the document's detected language.
 */
export function segmentSentences(text: string, range: TextRange, locale: string): TextRange[] {
  const out: TextRange[] = [];
  const slice = text.slice(range.start, range.end);
  let last = slice.length;
  while (last > 0 && (isSpace(slice.charCodeAt(last - 1)) || TERMINATOR.test(slice[last - 1]))) last--;
  // No terminator or separator before the closing run: one sentence, as the segmenter would say, at a fraction of its cost.
  if (!TERMINATOR.test(slice.slice(0, last))) {
    let s = 0;
    let e = slice.length;
    while (s < e && isSpace(slice.charCodeAt(s))) s++;
    while (e > s && isSpace(slice.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: range.start + s, end: range.start + e });
    return out;
  }
  let afterTitle = false;
  for (const { segment, index } of segmenterFor(locale).segment(slice)) {
    let s = index;
    let e = index + segment.length;
    while (s < e && isSpace(slice.charCodeAt(s))) s++;
    while (e > s && isSpace(slice.charCodeAt(e - 1))) e--;
    if (e <= s) continue;
    if (afterTitle) out[out.length - 1] = { start: out[out.length - 1].start, end: range.start + e };
    else out.push({ start: range.start + s, end: range.start + e });
    afterTitle = TITLE.test(slice.slice(Math.max(s, e - 6), e));
  }
  return out;
}

// Characters after which Unicode sentence segmentation (UAX #29) may break: full stops and question and
// exclamation marks of every script (STerm, ATerm), and paragraph and line separators.
const TERMINATOR = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\v\f\u0085\u2028\u2029]/u;

// A title or an initial before a name ("Dr. Smith", "John F. Kennedy"): CLDR's sentence-break suppressions keep
// ICU from ending a sentence there, but V8 does not expose them, so the segments around one are joined again.
// Like the suppressions, this also joins a sentence that happens to end in one ("…plan B. It worked.").
const TITLE = /(?:^|[\s(“"'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Jr|Sr|Lt|Col|Capt|Sgt|Gen|Rev|Hon|Gov|Sen|Rep|\p{Lu})\.$/u;

/** A sentence of a text-bearing block. */
export interface Sentence {
  readonly range: TextRange;
  /** Index of its block in `Transcript.blocks`. */
  readonly block: number;
}

/** The sentences of one block's prose (none for blocks without prose). */
export function blockSentences(t: Transcript, block: number): Sentence[] {
  return pushSentences(t, block, []);
}

/** Every sentence of a transcript's turns, paragraphs, quotes and blockquotes, in order. */
export function transcriptSentences(t: Transcript): Sentence[] {
  const out: Sentence[] = [];
  for (let block = 0; block < t.blocks.length; block++) pushSentences(t, block, out);
  return out;
}

// Appends the sentences of one block to `out` (one array for a whole transcript, not two per block).
function pushSentences(t: Transcript, block: number, out: Sentence[]): Sentence[] {
  const range = proseRange(t.blocks[block]);
  if (range) for (const s of segmentSentences(t.text, range, t.language.tag)) out.push({ range: s, block });
  return out;
}
