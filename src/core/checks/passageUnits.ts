// The units duplicate-passage pairs: prose cut after sentence-ending punctuation by one pass over the text.
// Unicode sentence segmentation (Intl.Segmenter) costs ~35 ms a megabyte; the check needs it only where a
// repeat was found, to report whole sentences, so only those blocks are segmented (see `blockSentences`).
import { proseRange } from '../blocks';
import type { Transcript } from '../model';
import { segmentSentences, type Sentence } from '../sentences';

// Terminators after which a unit may end: Latin ones when space or the end follows, full-width ones always.
const LATIN_END = new Set(['.', '?', '!', '…', ';']);
const WIDE_END = new Set(['。', '？', '！', '；', '｡']);
// Closing quotes and brackets stay with the unit they close.
const CLOSERS = new Set(['"', "'", '”', '’', ')', '）', '」', '』', ']', '】', '》']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

/** The units of `blocks` (indices into the transcript), in order: sentence-like pieces, trimmed of white space. */
export function passageUnits(t: Transcript, blocks: readonly number[]): Sentence[] {
  const text = t.text;
  const out: Sentence[] = [];
  const push = (block: number, s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ range: { start: s, end: e }, block });
  };
  for (const block of blocks) {
    const range = proseRange(t.blocks[block]);
    if (!range) continue;
    let from = range.start;
    for (let i = range.start; i < range.end; i++) {
      const ch = text[i];
      const wide = WIDE_END.has(ch);
      if (!wide && !LATIN_END.has(ch) && ch !== '\n') continue;
      let e = i + 1;
      while (e < range.end && (LATIN_END.has(text[e]) || WIDE_END.has(text[e]))) e++;
      while (e < range.end && CLOSERS.has(text[e])) e++;
      if (!wide && ch !== '\n' && e < range.end && !isSpace(text.charCodeAt(e))) continue;
      push(block, from, e);
      from = e;
      i = e - 1;
    }
    push(block, from, range.end);
  }
  return out;
}

/** The Unicode sentences of the prose of `blocks`, segmented on first request and kept per block. */
export function blockSentences(t: Transcript): (blocks: readonly number[]) => Sentence[] {
  const cache = new Map<number, Sentence[]>();
  return (blocks) =>
    blocks.flatMap((block) => {
      let sentences = cache.get(block);
      if (!sentences) {
        const range = proseRange(t.blocks[block]);
        sentences = range ? segmentSentences(t.text, range, t.language.tag).map((r) => ({ range: r, block })) : [];
        cache.set(block, sentences);
      }
      return sentences;
    });
}
