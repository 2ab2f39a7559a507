// The units duplicate-passage pairs: prose cut after sentence-ending punctuation by one pass over the text.
// Unicode sentence segmentation (Intl.Segmenter) costs ~35 ms a megabyte; the check needs it only where a
// repeat was found, to report whole sentences, so only those blocks are segmented (see `sentencesOfBlocks`).
import { proseRange } from '../../document/blocks';
import type { Transcript } from '../../document/model';
import { blockSentences, type Sentence } from '../../document/sentences';

// Character classes by code unit, a table lookup per character: a unit may end after a Latin terminator when
// space or the end follows, after a full-width one always; closing quotes and brackets stay with their unit.
const LATIN_END = 1;
const WIDE_END = 2;
const CLOSER = 4;
const SPACE = 8;
const CLASS = new Uint8Array(0x10000);
for (const ch of '.?!…;') CLASS[ch.charCodeAt(0)] = LATIN_END;
for (const ch of '。？！；｡') CLASS[ch.charCodeAt(0)] = WIDE_END;
for (const ch of '"\'”’)）」』]】》') CLASS[ch.charCodeAt(0)] = CLOSER;
for (const ch of ' \t\n\r\u3000\u00a0') CLASS[ch.charCodeAt(0)] = SPACE;

/** The units of `blocks` (indices into the transcript), in order: sentence-like pieces, trimmed of white space. */
export function passageUnits(t: Transcript, blocks: readonly number[]): Sentence[] {
  const text = t.text;
  const out: Sentence[] = [];
  const push = (block: number, s: number, e: number) => {
    while (s < e && CLASS[text.charCodeAt(s)] & SPACE) s++;
    while (e > s && CLASS[text.charCodeAt(e - 1)] & SPACE) e--;
    if (e > s) out.push({ range: { start: s, end: e }, block });
  };
  for (const block of blocks) {
    const range = proseRange(t.blocks[block]);
    if (!range) continue;
    let from = range.start;
    for (let i = range.start; i < range.end; i++) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c];
      if (!(cls & (LATIN_END | WIDE_END)) && c !== 10) continue;
      let e = i + 1;
      while (e < range.end && CLASS[text.charCodeAt(e)] & (LATIN_END | WIDE_END)) e++;
      while (e < range.end && CLASS[text.charCodeAt(e)] & CLOSER) e++;
      if (cls & LATIN_END && e < range.end && !(CLASS[text.charCodeAt(e)] & SPACE)) continue;
      push(block, from, e);
      from = e;
      i = e - 1;
    }
    push(block, from, range.end);
  }
  return out;
}

/** The sentences of the prose of `blocks`, segmented on first request and kept per block. */
export function sentencesOfBlocks(t: Transcript): (blocks: readonly number[]) => Sentence[] {
  const cache = new Map<number, Sentence[]>();
  return (blocks) =>
    blocks.flatMap((block) => {
      let sentences = cache.get(block);
      if (!sentences) cache.set(block, (sentences = blockSentences(t, block)));
      return sentences;
    });
}
