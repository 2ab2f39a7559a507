// Pull quotes repeat a passage of the transcript; finding that passage tells who actually said the
// words, which the quote's byline must name.
//
// Each quote's passage is the first place, within a window around the quote, where its opening words
// (its snippet) stand in a turn, paragraph or blockquote. Searching each window on its own costs the
// window's length per quote, and every copy of the snippet in it, quotes included: a document of many
// short quotes paid thousands of characters and hundreds of hits per quote. Instead the prose under the
// windows is read once, in order, a rolling hash per snippet length matching every quote's snippet at each
// position, and each occurrence settles the quotes waiting for it; where no quote is waiting, the reading
// skips to the next window. The work is linear in the prose read, whatever the number of quotes or copies.
import { blockAt, turnAt } from '../../document/blocks';
import { blockEnd, blockStart } from '../../document/compact';
import type { Block, Transcript } from '../../document/model';
import type { TextRange } from '../../text/offsets';

/** A pull quote's byline and the place in the transcript that the quote repeats. */
export interface QuotedPassage {
  /** Index of the attribution block in `Transcript.blocks`. */
  readonly attribution: number;
  /** Where the quoted words stand in the transcript. */
  readonly passage: TextRange;
  /** Index into `Transcript.turns` of the turn holding the passage, if the transcript has turns and one holds it. */
  readonly turn?: number;
}

// Enough characters to identify a passage; pull quotes are usually verbatim at their start.
const SNIPPET = 16;
const MIN_QUOTE = 8;
// Pull quotes stand near the passage they repeat.
const WINDOW = 6_000;
// Read where a quote's text starts: marks and spaces before its words.
const LEADING_NOISE = /[\s.…。，,、“”"'「」『』]+/uy;
const BASE = 0x9e3779b1 | 0;

/** A quote waiting for its passage. */
interface Quote {
  readonly attribution: number;
  /** Where its words start (leading marks left out), and how many there are. */
  readonly at: number;
  readonly length: number;
  /** Where its snippet may start; its end must stay within `to`. */
  readonly from: number;
  readonly to: number;
  /** Its passage found, or known to be nowhere. */
  settled: boolean;
  passage: { start: number; block: Block } | undefined;
}

/** The quotes sharing one snippet, in document order, and how many of them an occurrence has reached. */
interface Snippet {
  readonly text: string;
  readonly hash: number;
  readonly quotes: Quote[];
  reached: number;
}

/**
 * The snippets of one length, filed by hash, and the hash of the text at the position read. Filed in a table of
 * numbers, not a map of lists: a document may have a hundred thousand quotes, and every position read is looked up.
 */
interface OfLength {
  readonly length: number;
  /** BASE to the power length − 1, to drop the character leaving the rolling hash. */
  readonly top: number;
  readonly snippets: Snippet[];
  /** Open addressing, at most a quarter full: the number of a snippet, plus one, at the slot its hash picks, or 0. */
  readonly slots: Int32Array;
  /**
   * A bit for each hash of a snippet, picked by other bits than its slot: most positions read hold no snippet, and
   * a bit of a small table is read sooner than a slot of a large one.
   */
  readonly bits: Int32Array;
  /** 32 less the number of bits picking a slot. */
  readonly shift: number;
  hash: number;
}

/**
 * How far the reading has got: the quotes whose window has begun, those whose window has ended, and how many of the
 * begun ones still wait. Plain data handed to module functions, not closures made per call: optimised code calling a
 * closure is specialised to that one closure and thrown away at the next document's (V8 "wrong call target").
 */
interface Reading {
  readonly text: string;
  readonly quotes: readonly Quote[];
  readonly hashes: readonly OfLength[];
  begun: number;
  ended: number;
  waiting: number;
}

const isProse = (b: Block) => b.kind === 'turn' || b.kind === 'paragraph' || b.kind === 'blockquote';

/** Each pull quote with a byline whose words are found again, nearby, in a turn or paragraph. */
export function quotedPassages(t: Transcript): QuotedPassage[] {
  const { text } = t;
  const quotes: Quote[] = [];
  const counts = new Map<number, number>();
  for (let i = 0; i < t.blocks.length; i++) {
    const b = t.blocks[i];
    if (b.kind !== 'quote' || b.attribution === undefined) continue;
    const { start, end } = b.textRange;
    LEADING_NOISE.lastIndex = start;
    const at = LEADING_NOISE.test(text) ? Math.min(LEADING_NOISE.lastIndex, end) : start;
    if (end - at < MIN_QUOTE) continue;
    const { range } = b;
    quotes.push({
      attribution: t.blocks[i + 1]?.kind === 'attribution' ? i + 1 : i + 2,
      at,
      length: end - at,
      from: Math.max(0, range.start - WINDOW),
      to: Math.min(text.length, range.end + WINDOW),
      settled: false,
      passage: undefined,
    });
    const n = Math.min(SNIPPET, end - at);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (quotes.length === 0) return [];
  const lengths = new Map<number, OfLength>();
  for (const [n, count] of counts) lengths.set(n, ofLength(n, count));
  for (const q of quotes) file(text, q, lengths.get(Math.min(SNIPPET, q.length))!);
  // Quotes wait from the start of their window to its end, in document order (windows begin and end in order).
  const reading: Reading = { text, quotes, hashes: [...lengths.values()], begun: 0, ended: 0, waiting: 0 };
  readProse(t, reading);
  const out: QuotedPassage[] = [];
  for (const q of quotes) {
    if (!q.passage) continue;
    const { start, block } = q.passage;
    const turn = turnAt(t, start);
    const passage = { start, end: Math.min(start + q.length, block.contentRange.end) };
    out.push(turn !== undefined ? { attribution: q.attribution, passage, turn } : { attribution: q.attribution, passage });
  }
  return out;
}

// Reads text[start, end) of `block`, matching every snippet at each position while some quote waits.
function read(r: Reading, start: number, end: number, block: Block): void {
  const { text, quotes, hashes } = r;
  let fresh = true;
  for (let p = start; p < end; p++) {
    while (r.begun < quotes.length && quotes[r.begun].from <= p) if (!quotes[r.begun++].settled) r.waiting++;
    // Past `to` − MIN_QUOTE no snippet fits in the window any more.
    while (r.ended < r.begun && quotes[r.ended].to - MIN_QUOTE < p) if (!quotes[r.ended++].settled) settle(r, quotes[r.ended - 1]);
    if (r.waiting === 0) {
      if (r.begun === quotes.length) break;
      p = quotes[r.begun].from - 1;
      fresh = true;
      continue;
    }
    for (let k = 0; k < hashes.length; k++) {
      const of = hashes[k];
      const n = of.length;
      if (p + n > text.length) continue;
      of.hash = fresh
        ? hashAt(text, p, n)
        : (Math.imul(of.hash - Math.imul(text.charCodeAt(p - 1), of.top), BASE) + text.charCodeAt(p + n - 1)) | 0;
      const h = of.hash;
      const bit = bitOf(h, of);
      if ((of.bits[bit >> 5] & (1 << (bit & 31))) === 0) continue;
      const mask = of.slots.length - 1;
      for (let at = slotOf(h, of); of.slots[at] !== 0; at = (at + 1) & mask) {
        const s = of.snippets[of.slots[at] - 1];
        if (s.hash === h && text.startsWith(s.text, p)) found(r, s, p, block);
      }
    }
    fresh = false;
  }
}

// The tables for `count` snippets of length `n`.
function ofLength(n: number, count: number): OfLength {
  let top = 1;
  for (let k = 1; k < n; k++) top = Math.imul(top, BASE);
  let size = 16;
  while (size < 4 * count) size *= 2;
  return {
    length: n,
    top,
    snippets: [],
    slots: new Int32Array(size),
    bits: new Int32Array(size >> 3),
    shift: 32 - Math.log2(size),
    hash: 0,
  };
}

// The slot and the filter bit of a hash, from the high bits of two products: the low bits of a polynomial hash
// are poorly mixed. (The filter has four bits per slot.)
function slotOf(h: number, of: OfLength): number {
  return Math.imul(h, 0x9e3779b1) >>> of.shift;
}

function bitOf(h: number, of: OfLength): number {
  return Math.imul(h, 0x85ebca6b) >>> (of.shift - 2);
}

// Files a quote under its snippet, the first quote of a snippet making it.
function file(text: string, q: Quote, of: OfLength): void {
  const n = of.length;
  const h = hashAt(text, q.at, n);
  const mask = of.slots.length - 1;
  let at = slotOf(h, of);
  for (; of.slots[at] !== 0; at = (at + 1) & mask) {
    const s = of.snippets[of.slots[at] - 1];
    if (s.hash === h && text.startsWith(s.text, q.at)) {
      s.quotes.push(q);
      return;
    }
  }
  of.slots[at] = of.snippets.push({ text: text.slice(q.at, q.at + n), hash: h, quotes: [q], reached: 0 });
  const bit = bitOf(h, of);
  of.bits[bit >> 5] |= 1 << (bit & 31);
}

function settle(r: Reading, q: Quote): void {
  q.settled = true;
  r.waiting--;
}

// An occurrence at `at` reaches the quotes whose window has begun: it is the first for those still waiting
// (or lies past their window's end, and so does every later one).
function found(r: Reading, s: Snippet, at: number, block: Block): void {
  while (s.reached < s.quotes.length && s.quotes[s.reached].from <= at) {
    const q = s.quotes[s.reached++];
    if (q.settled) continue;
    if (at + s.text.length <= q.to) q.passage = { start: at, block };
    settle(r, q);
  }
}

// Reads the turns, paragraphs and blockquotes under the quotes' windows, in order, until no quote waits.
function readProse(t: Transcript, reading: Reading): void {
  const { quotes } = reading;
  // The windows overlap and begin and end in document order: their union is a few runs, read block by block.
  const runs: { start: number; end: number }[] = [];
  for (const q of quotes) {
    const r = runs[runs.length - 1];
    if (r && q.from <= r.end) r.end = Math.max(r.end, q.to);
    else runs.push({ start: q.from, end: q.to });
  }
  let r = 0;
  for (let bi = blockAt(t.blocks, runs[0].start); bi < t.blocks.length && r < runs.length; bi++) {
    const block = t.blocks[bi];
    const start = blockStart(block);
    const end = blockEnd(block);
    while (r < runs.length && runs[r].end <= start) r++;
    if (!isProse(block)) continue;
    for (let k = r; k < runs.length && runs[k].start < end; k++) {
      read(reading, Math.max(start, runs[k].start), Math.min(end, runs[k].end), block);
      if (reading.begun === quotes.length && reading.waiting === 0) return;
    }
  }
}

// Polynomial hash of text[from, from + n), wrapping at 32 bits like the rolling update.
function hashAt(text: string, from: number, n: number): number {
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, BASE) + text.charCodeAt(from + k)) | 0;
  return h;
}
