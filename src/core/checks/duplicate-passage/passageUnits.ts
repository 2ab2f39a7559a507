// The units duplicate-passage pairs: prose cut after sentence-ending punctuation by one pass over the text.
// Unicode sentence segmentation (Intl.Segmenter) costs ~35 ms a megabyte; the check needs it only where a
// repeat was found, to report whole sentences, so only those blocks are segmented (see `sentencesOfBlocks`).
import { proseRange } from '../../document/blocks';
import { proseEnd, proseStart } from '../../document/compact';
import type { Block, Transcript } from '../../document/model';
import { blockSentences, segmentSentences, type Sentence } from '../../document/sentences';

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

/**
 * Units as parallel arrays of numbers, in order: where each starts and ends in the text, and its block (an index
 * into the transcript). A document of a million one-line turns has a million units: as objects, three each.
 */
export interface Units {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly block: Int32Array;
}

/**
 * The units of the blocks `wanted` keeps, in order: sentence-like pieces, trimmed of white space, those `keep` keeps.
 * Blocks are read in place, by offsets: a document of a million one-line turns makes no list or range per block.
 */
export function passageUnits(
  t: Transcript,
  wanted: (b: Block, index: number) => boolean,
  keep: (start: number, end: number) => boolean,
): Units {
  const text = t.text;
  // Room for a unit per block to begin with: a document of a million one-line turns then grows no copy.
  let room = Math.max(1024, t.blocks.length);
  let [start, end, block] = [new Int32Array(room), new Int32Array(room), new Int32Array(room)];
  let n = 0;
  const push = (b: number, s: number, e: number) => {
    while (s < e && CLASS[text.charCodeAt(s)] & SPACE) s++;
    while (e > s && CLASS[text.charCodeAt(e - 1)] & SPACE) e--;
    if (e <= s || !keep(s, e)) return;
    if (n === room) {
      room *= 2;
      [start, end, block] = [grown(start, room), grown(end, room), grown(block, room)];
    }
    [start[n], end[n], block[n]] = [s, e, b];
    n++;
  };
  const blocks = t.blocks;
  for (let b = 0; b < blocks.length; b++) {
    if (!wanted(blocks[b], b)) continue;
    const prose = proseStart(blocks[b]);
    if (prose < 0) continue;
    const rangeEnd = proseEnd(blocks[b]);
    let from = prose;
    for (let i = prose; i < rangeEnd; i++) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c];
      if (!(cls & (LATIN_END | WIDE_END)) && c !== 10) continue;
      let e = i + 1;
      while (e < rangeEnd && CLASS[text.charCodeAt(e)] & (LATIN_END | WIDE_END)) e++;
      while (e < rangeEnd && CLASS[text.charCodeAt(e)] & CLOSER) e++;
      if (cls & LATIN_END && e < rangeEnd && !(CLASS[text.charCodeAt(e)] & SPACE)) continue;
      push(b, from, e);
      from = e;
      i = e - 1;
    }
    push(b, from, rangeEnd);
  }
  return { length: n, start: start.subarray(0, n), end: end.subarray(0, n), block: block.subarray(0, n) };
}

/** `from` copied into a list of `room` numbers. */
export function grown(from: Int32Array<ArrayBuffer>, room: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(room);
  to.set(from);
  return to;
}

// Intl.Segmenter grows worse than linearly on one very long string (a paragraph of 4 000 sentences took
// 9 s, 8 000 took 30 s): prose longer than this is segmented in pieces cut between units.
const LONG_PROSE = 20_000;
const PIECE = 5_000;
// A unit may end a piece when it ends a sentence beyond doubt: a terminator after a word of five letters or
// more, or after ideographs ("Dr.", "Prof.", "J." are titles and initials the segmenter keeps with the name).
const SAFE_END = /(?:\p{L}{5}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\d][\p{P}]*)[.?!。？！]["”’)）」』]*$/u;

/**
 * The sentences of the prose of a block. A block of very long prose is segmented piece by piece, cut after
 * `units` (from `passageUnits`) that end a sentence beyond doubt.
 */
export function blockSentencesIn(t: Transcript, block: number, units: Units): Sentence[] {
  const range = proseRange(t.blocks[block]);
  if (!range || range.end - range.start <= LONG_PROSE) return blockSentences(t, block);
  const out: Sentence[] = [];
  let from = range.start;
  for (let k = firstUnitOf(units, block); k < units.length && units.block[k] === block; k++) {
    const end = units.end[k];
    if (end - from < PIECE || end >= range.end || !SAFE_END.test(t.text.slice(Math.max(from, end - 12), end))) continue;
    for (const r of segmentSentences(t.text, { start: from, end }, t.language.tag)) out.push({ range: r, block });
    from = end;
  }
  for (const r of segmentSentences(t.text, { start: from, end: range.end }, t.language.tag)) out.push({ range: r, block });
  return out;
}

/** Index of the first unit of `block` or of a block after it (units are in block order), or units.length. */
export function firstUnitOf(units: Units, block: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units.block[mid] < block) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
