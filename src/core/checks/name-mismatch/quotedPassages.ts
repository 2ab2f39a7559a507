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
import { blockAt } from '../../document/blocks';
import { turnEnd, turnStart } from '../../document/compact';
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
const LEADING_NOISE = /^[\s.…。，,、“”"'「」『』]+/u;
const BASE = 0x9e3779b1 | 0;

/** A quote waiting for its passage. */
interface Quote {
  readonly attribution: number;
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
  readonly quotes: Quote[];
  reached: number;
}

/** The snippets of one length, by hash, and the hash of the text at the position read. */
interface OfLength {
  readonly length: number;
  /** BASE to the power length − 1, to drop the character leaving the rolling hash. */
  readonly top: number;
  readonly byHash: Map<number, Snippet[]>;
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
  const snippets = new Map<string, Snippet>();
  for (let i = 0; i < t.blocks.length; i++) {
    const b = t.blocks[i];
    if (b.kind !== 'quote' || b.attribution === undefined) continue;
    const quote = text.slice(b.textRange.start, b.textRange.end).replace(LEADING_NOISE, '');
    if (quote.length < MIN_QUOTE) continue;
    const q: Quote = {
      attribution: t.blocks[i + 1]?.kind === 'attribution' ? i + 1 : i + 2,
      length: quote.length,
      from: Math.max(0, b.range.start - WINDOW),
      to: Math.min(text.length, b.range.end + WINDOW),
      settled: false,
      passage: undefined,
    };
    quotes.push(q);
    const s = quote.slice(0, SNIPPET);
    (snippets.get(s) ?? snippets.set(s, { text: s, quotes: [], reached: 0 }).get(s)!).quotes.push(q);
  }
  if (quotes.length === 0) return [];
  const lengths = new Map<number, OfLength>();
  for (const s of snippets.values()) {
    const n = s.text.length;
    let of = lengths.get(n);
    if (!of) {
      let top = 1;
      for (let k = 1; k < n; k++) top = Math.imul(top, BASE);
      lengths.set(n, (of = { length: n, top, byHash: new Map(), hash: 0 }));
    }
    const h = hashAt(s.text, 0, n);
    (of.byHash.get(h) ?? of.byHash.set(h, []).get(h)!).push(s);
  }
  // Quotes wait from the start of their window to its end, in document order (windows begin and end in order).
  const reading: Reading = { text, quotes, hashes: [...lengths.values()], begun: 0, ended: 0, waiting: 0 };
  for (const [start, end, block] of proseUnder(t, quotes)) {
    read(reading, start, end, block);
    if (reading.begun === quotes.length && reading.waiting === 0) break;
  }
  const out: QuotedPassage[] = [];
  for (const q of quotes) {
    if (!q.passage) continue;
    const { start, block } = q.passage;
    const turn = turnAt(t, start);
    const passage = { start, end: Math.min(start + q.length, block.contentRange.end) };
    out.push({ attribution: q.attribution, passage, ...(turn !== undefined ? { turn } : {}) });
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
      const candidates = of.byHash.get(of.hash);
      if (candidates) for (const s of candidates) if (text.startsWith(s.text, p)) found(r, s, p, block);
    }
    fresh = false;
  }
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

// The stretches of turns, paragraphs and blockquotes under the quotes' windows, in order, with their block.
function* proseUnder(t: Transcript, quotes: readonly Quote[]): Generator<[number, number, Block]> {
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
    while (r < runs.length && runs[r].end <= block.range.start) r++;
    if (!isProse(block)) continue;
    for (let k = r; k < runs.length && runs[k].start < block.range.end; k++) {
      yield [Math.max(block.range.start, runs[k].start), Math.min(block.range.end, runs[k].end), block];
    }
  }
}

// Polynomial hash of text[from, from + n), wrapping at 32 bits like the rolling update.
function hashAt(text: string, from: number, n: number): number {
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, BASE) + text.charCodeAt(from + k)) | 0;
  return h;
}

/** Index of the turn whose range contains `offset`, if any. */
export function turnAt(t: Transcript, offset: number): number | undefined {
  let lo = 0;
  let hi = t.turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // Offsets read, not the range: a turn's range is made on each read.
    if (offset < turnStart(t.turns[mid])) hi = mid - 1;
    else if (offset > turnEnd(t.turns[mid])) lo = mid + 1;
    else return mid;
  }
  return undefined;
}
