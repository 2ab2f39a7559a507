import { CAPITAL, IN_CJK, INITIAL, JOINED, latinWords, MARKED, ONE_SPACE, PLAIN, type LatinWords } from './latinWords';
import type { Transcript } from '../document/model';
import { perTranscript } from '../document/perTranscript';
import type { TextRange } from '../text/offsets';

/** How one folded phrase (1–3 words) is used in the document. */
export interface TermStats {
  /** The phrase lower-cased with spaces, hyphens and apostrophes removed: "Graph QL", "GraphQL" and "graphql" share it. */
  readonly key: string;
  readonly count: number;
  /** Start and end offsets of every occurrence, flattened, in document order. */
  readonly spans: Int32Array;
  /** The first occurrence as written. */
  readonly first: string;
  /** Where the first occurrence starts and ends. */
  readonly firstStart: number;
  readonly firstEnd: number;
  /** Every occurrence is written like the first. */
  readonly uniform: boolean;
  /** Occurrences whose first word is marked, capitalised away from a sentence start, or in CJK text: spelled as a name. */
  readonly named: number;
  /** Occurrences whose first word is neither capitalised nor marked. */
  readonly lower: number;
  /** Each spelling with its count, filled on first use by `surfaces`. */
  spellings?: Map<string, number>;
}

/** Latin words and phrases of a document, counted; built once per parse. */
export interface TermIndex {
  readonly words: LatinWords;
  /**
   * Single words (lower-case ones of four letters or more, so that "the" and "of" cost nothing), and the 2–3-word
   * phrases whose first and last words are capitalised or marked (any words, in CJK text).
   */
  readonly terms: TermTable;
  /** The document is Chinese, Japanese or Korean: every Latin word in it is a foreign word. */
  readonly cjk: boolean;
}

/** Counted phrases by key, in order of first use. */
export interface TermTable {
  readonly size: number;
  get(key: string): TermStats | undefined;
  values(): IterableIterator<TermStats>;
}

const MAX_WORDS = 3;
/** The Latin term statistics of a transcript, computed on first use and shared by the checks. */
export const termIndex: (t: Transcript) => TermIndex = perTranscript(buildIndex);

/** The index of the word that starts at `offset`, or -1 (binary search). */
export function wordAt(index: TermIndex, offset: number): number {
  const starts = index.words.start;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else if (starts[mid] > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The words of a phrase's first occurrence, lower-cased, without hyphens and apostrophes: what splitting `first`
 * at spaces and folding each word gives, read off the word keys (most already lower case, then the same strings).
 */
export function firstWords(index: TermIndex, stats: TermStats): string[] {
  const [from, to] = firstWordRange(index, stats);
  const folded = foldedKeys(index);
  const out: string[] = [];
  for (let w = from; w <= to; w++) out.push(folded[index.words.id[w]]);
  return out;
}

/** The first and the last word (indices into `index.words`) of a phrase's first occurrence. */
export function firstWordRange(index: TermIndex, stats: TermStats): [number, number] {
  const from = wordAt(index, stats.firstStart);
  let to = from;
  while (from >= 0 && to + 1 < index.words.length && index.words.end[to + 1] <= stats.firstEnd) to++;
  return [from, to];
}

/**
 * Each distinct word key (`index.words.keys`) lower-cased, as `fold` writes the word: a key keeps a capital beyond
 * Latin-1. Computed once per document, not once per term.
 */
export function foldedKeys(index: TermIndex): readonly string[] {
  let keys = lowered.get(index.words);
  if (!keys) lowered.set(index.words, (keys = index.words.keys.map((k) => k.toLowerCase())));
  return keys;
}

const lowered = new WeakMap<LatinWords, readonly string[]>();

/** Each spelling of a phrase with its count, in order of first use. */
export function surfaces(stats: TermStats, text: string): ReadonlyMap<string, number> {
  if (!stats.spellings) {
    if (stats.uniform) stats.spellings = new Map([[stats.first, stats.count]]);
    else {
      const [seen, counts] = countSpellings(stats, text);
      stats.spellings = new Map(seen.map((spelling, k) => [spelling, counts[k]]));
    }
  }
  return stats.spellings;
}

// The spellings of a phrase in order of first use, with their counts. A phrase has a few spellings and many
// occurrences (every "the" and "The" of a CJK document): each occurrence is compared in place with the spellings
// seen so far, and only a new one is sliced out of the text. Past a few dozen spellings they are looked up by text.
function countSpellings(stats: TermStats, text: string): [string[], number[]] {
  const seen: string[] = [];
  const counts: number[] = [];
  let byText: Map<string, number> | undefined;
  for (let i = 0; i < stats.spans.length; i += 2) {
    const from = stats.spans[i];
    const to = stats.spans[i + 1];
    let k = 0;
    if (byText) k = byText.get(text.slice(from, to)) ?? seen.length;
    else while (k < seen.length && !writtenAs(text, from, to, seen[k])) k++;
    if (k === seen.length) {
      seen.push(text.slice(from, to));
      counts.push(0);
      if (byText) byText.set(seen[k], k);
      else if (seen.length > 32) byText = new Map(seen.map((x, j) => [x, j]));
    }
    counts[k]++;
  }
  return [seen, counts];
}

/** The most frequent spelling of a phrase (the earliest on ties). */
export function dominantSurface(stats: TermStats, text: string): string {
  if (stats.uniform) return stats.first;
  let best = '';
  let n = 0;
  for (const [s, c] of surfaces(stats, text)) if (c > n) [best, n] = [s, c];
  return best;
}

function buildIndex(t: Transcript): TermIndex {
  const words = latinWords(t);
  const cjk = t.language.script === 'Han' || t.language.script === 'Hangul' || t.language.script === 'Kana';
  const { start, end, keys, flags, id } = words;
  const [capital, initial, joined] = [CAPITAL, INITIAL, JOINED];
  const edgeBits = CAPITAL | MARKED | IN_CJK;
  const nameBits = MARKED | IN_CJK;
  const edge = (i: number) => cjk || (flags[i] & edgeBits) !== 0;
  const plainBits = PLAIN | ONE_SPACE;
  const seqs = new Sequences(words);
  const found = new Occurrences(cjk ? mostOccurrences(words) : words.length);
  for (let i = 0; i < words.length; i++) {
    const isEdge = edge(i);
    const f = flags[i];
    // A word is spelled as a name when marked, capitalised mid-sentence, or foreign in CJK text.
    const how = (f & nameBits) !== 0 || (f & (capital | initial)) === capital ? NAMED : (f & capital) === 0 ? LOWER : 0;
    let plain = f & PLAIN ? AS_KEYS : 0;
    // Short lower-case words ("the", "of") are never names nor worth a spelling check: not counted.
    if (isEdge || keys[id[i]].length >= 4) found.add(seqs.counted(id[i]), start[i], end[i], how | plain);
    if (!isEdge) continue;
    let seq = id[i];
    for (let n = 1; n < MAX_WORDS && i + n < words.length && flags[i + n] & joined; n++) {
      seq = seqs.extend(seq, id[i + n]);
      if ((flags[i + n] & plainBits) !== plainBits) plain = 0;
      if (edge(i + n)) found.add(seqs.counted(seq), start[i], end[i + n], how | plain);
    }
  }
  return { words, terms: new Terms(t.text, seqs, found), cjk };
}

// Every word, and every joined run of two or three words, counted: as many occurrences as a CJK document can have.
function mostOccurrences(words: LatinWords): number {
  let n = words.length;
  for (let i = 1; i < words.length; i++) if (words.flags[i] & JOINED) n += words.flags[i - 1] & JOINED ? 2 : 1;
  return n;
}

// How an occurrence is spelled: as a name, in lower case, or neither (a capital at a sentence start); and whether
// it reads as its words' keys joined by single spaces, so that two such occurrences of one sequence read alike.
const NAMED = 1;
const LOWER = 2;
const AS_KEYS = 4;

// Tables of Int32Array slots: open addressing, at most half full, 0 marks a free slot.
const FIRST_SLOTS = 1 << 10;

/** Counted occurrences in document order, as parallel typed arrays: the sequence, start, end, spelling. */
class Occurrences {
  length = 0;
  seq: Int32Array;
  start: Int32Array;
  end: Int32Array;
  how: Uint8Array;

  constructor(room: number) {
    room = Math.max(room, 16);
    [this.seq, this.start, this.end, this.how] = [new Int32Array(room), new Int32Array(room), new Int32Array(room), new Uint8Array(room)];
  }

  add(seq: number, start: number, end: number, how: number): void {
    if (this.length === this.seq.length) {
      const room = 2 * this.length;
      [this.seq, this.start, this.end, this.how] = [
        grown(this.seq, room),
        grown(this.start, room),
        grown(this.end, room),
        grown(this.how, room),
      ];
    }
    this.seq[this.length] = seq;
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.how[this.length++] = how;
  }
}

/**
 * The counted phrases, numbered in order of first use. A `Map` with tens of thousands of string keys, built anew at
 * every parse, costs milliseconds of allocation (its store outgrows the regular object size at every doubling):
 * these are found by a hash table in a typed array.
 */
class Keys {
  readonly list: string[] = [];
  // The hash of each key, kept for the rehash when the table doubles.
  private hashes = new Int32Array(FIRST_SLOTS);
  private slots = new Int32Array(FIRST_SLOTS);

  /** The number of `key`, or -1. */
  find(key: string): number {
    return this.slots[this.slotOf(key, hashString(key))] - 1;
  }

  /** The number of `key`, given the next one when new. */
  number(key: string): number {
    const hash = hashString(key);
    const slot = this.slotOf(key, hash);
    if (this.slots[slot]) return this.slots[slot] - 1;
    const n = this.list.push(key);
    this.slots[slot] = n;
    if (n > this.hashes.length) this.hashes = grown(this.hashes, 2 * this.hashes.length);
    this.hashes[n - 1] = hash;
    if (2 * n > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length);
      const mask = this.slots.length - 1;
      for (let i = 0; i < n; i++) {
        let h = this.hashes[i] & mask;
        while (this.slots[h]) h = (h + 1) & mask;
        this.slots[h] = i + 1;
      }
    }
    return n - 1;
  }

  // The slot holding `key`, or the free slot where it goes.
  private slotOf(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const at = this.slots[h];
      if (at === 0 || this.list[at - 1] === key) return h;
    }
  }
}

/**
 * The stats of every counted phrase, gathered from the occurrences in two passes over typed arrays: counts first,
 * then the spans, all in one array. Hundreds of thousands of occurrences (every run of Latin words in a CJK
 * document) cost no object and no array growth on the JS heap, and each phrase's object holds its number only.
 */
class Terms implements TermTable {
  readonly count: Int32Array;
  readonly named: Int32Array;
  readonly lower: Int32Array;
  readonly varied: Uint8Array;
  /** Start and end of each phrase's first occurrence. */
  readonly firstStart: Int32Array;
  readonly firstEnd: Int32Array;
  /** Every phrase's spans, one phrase after the other, and where each phrase's begin. */
  readonly spans: Int32Array;
  readonly spansAt: Int32Array;
  private readonly list: Counted[];
  private readonly keys: Keys;

  constructor(
    readonly text: string,
    seqs: Sequences,
    found: Occurrences,
  ) {
    const keys = (this.keys = seqs.keys);
    const n = keys.list.length;
    const [count, named, lower, first] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n).fill(-1)];
    const varied = new Uint8Array(n);
    const { seq, start, end, how } = found;
    const term = seqs.terms;
    for (let o = 0; o < found.length; o++) {
      const k = term[seq[o]] - 1;
      const h = how[o];
      count[k]++;
      if (h & NAMED) named[k]++;
      else if (h & LOWER) lower[k]++;
      const f = first[k];
      if (f < 0) first[k] = o;
      else if (!varied[k] && !(seq[o] === seq[f] && h & how[f] & AS_KEYS) && !sameText(text, start[o], end[o], start[f], end[f]))
        varied[k] = 1;
    }
    const at = new Int32Array(n);
    for (let k = 1; k < n; k++) at[k] = at[k - 1] + 2 * count[k - 1];
    const spans = new Int32Array(2 * found.length);
    const next = at.slice();
    for (let o = 0; o < found.length; o++) {
      const k = term[seq[o]] - 1;
      spans[next[k]++] = start[o];
      spans[next[k]++] = end[o];
    }
    [this.count, this.named, this.lower, this.varied, this.spans, this.spansAt] = [count, named, lower, varied, spans, at];
    // Plain loops: `Int32Array.from` with a mapping function goes through the iterator protocol, element by element.
    const firstStart = (this.firstStart = new Int32Array(n));
    const firstEnd = (this.firstEnd = new Int32Array(n));
    const list: Counted[] = (this.list = new Array<Counted>(n));
    for (let k = 0; k < n; k++) {
      firstStart[k] = start[first[k]];
      firstEnd[k] = end[first[k]];
      list[k] = new Counted(this, k, keys.list[k]);
    }
  }

  get size(): number {
    return this.list.length;
  }

  get(key: string): TermStats | undefined {
    return this.list[this.keys.find(key)];
  }

  values(): IterableIterator<TermStats> {
    return this.list.values();
  }
}

/**
 * One phrase's stats, read from the arrays of its table by its number: a long document has tens of thousands of
 * phrases, alive as long as its parse, and a small object each is less for the collector to copy. The first
 * spelling and the spans are made when first asked for; most phrases are never asked.
 */
class Counted implements TermStats {
  spellings?: Map<string, number>;
  private written?: string;
  private view?: Int32Array;

  constructor(
    private readonly table: Terms,
    private readonly k: number,
    readonly key: string,
  ) {}

  get count(): number {
    return this.table.count[this.k];
  }

  get named(): number {
    return this.table.named[this.k];
  }

  get lower(): number {
    return this.table.lower[this.k];
  }

  get uniform(): boolean {
    return !this.table.varied[this.k];
  }

  get firstStart(): number {
    return this.table.firstStart[this.k];
  }

  get firstEnd(): number {
    return this.table.firstEnd[this.k];
  }

  get first(): string {
    return (this.written ??= this.table.text.slice(this.table.firstStart[this.k], this.table.firstEnd[this.k]));
  }

  get spans(): Int32Array {
    return (this.view ??= this.table.spans.subarray(this.table.spansAt[this.k], this.table.spansAt[this.k] + 2 * this.count));
  }
}

/**
 * The word sequences of one document by number: a word by its key's number (`LatinWords.id`), a phrase by the
 * sequence it extends and the word it adds. In CJK text every run of Latin words is a phrase, hundreds of
 * thousands of occurrences in a long document: each is found by two numbers in a hash table, and only a sequence
 * met for the first time builds its key and looks up its term ("Graph QL" and "GraphQL" are two sequences with
 * one key, so one term).
 */
class Sequences {
  /** The keys of the counted phrases, numbered in order of first use. */
  readonly keys = new Keys();
  /** Per sequence, the number + 1 of its term (0 until its first occurrence is counted). */
  terms: Int32Array;
  // Per sequence: the sequence a phrase extends and the word it adds. Numbers below `words.keys.length` are words.
  private prefix: Int32Array;
  private last: Int32Array;
  private size: number;
  // Three numbers a slot: the extended sequence + 1 (0 marks a free slot), the word, the phrase.
  private slots = new Int32Array(3 * FIRST_SLOTS);
  private used = 0;

  constructor(private readonly words: LatinWords) {
    this.size = words.keys.length;
    const room = this.size + FIRST_SLOTS;
    [this.prefix, this.last, this.terms] = [new Int32Array(room), new Int32Array(room), new Int32Array(room)];
  }

  /** The phrase made of sequence `prefix` followed by word `word`. */
  extend(prefix: number, word: number): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let h = hashPair(prefix, word) & mask; ; h = (h + 1) & mask) {
      const at = 3 * h;
      if (slots[at] === 0) {
        const seq = this.push(prefix, word);
        slots[at] = prefix + 1;
        slots[at + 1] = word;
        slots[at + 2] = seq;
        if (++this.used * 2 > mask) this.grow();
        return seq;
      }
      if (slots[at] === prefix + 1 && slots[at + 1] === word) return slots[at + 2];
    }
  }

  /** `seq`, its term numbered (in order of first use) if this is its first occurrence. */
  counted(seq: number): number {
    if (!this.terms[seq]) this.terms[seq] = this.keys.number(this.key(seq)) + 1;
    return seq;
  }

  private key(seq: number): string {
    return seq < this.words.keys.length ? this.words.keys[seq] : this.key(this.prefix[seq]) + this.words.keys[this.last[seq]];
  }

  private push(prefix: number, word: number): number {
    if (this.size === this.prefix.length) {
      const room = 2 * this.size;
      [this.prefix, this.last, this.terms] = [grown(this.prefix, room), grown(this.last, room), grown(this.terms, room)];
    }
    this.prefix[this.size] = prefix;
    this.last[this.size] = word;
    return this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    const mask = this.slots.length / 3 - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] === 0) continue;
      let h = hashPair(old[at] - 1, old[at + 1]) & mask;
      while (this.slots[3 * h] !== 0) h = (h + 1) & mask;
      for (let k = 0; k < 3; k++) this.slots[3 * h + k] = old[at + k];
    }
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, room: number): T {
  const to = new (from.constructor as new (n: number) => T)(room);
  to.set(from);
  return to;
}

// FNV-1a over the UTF-16 units, its high bits folded in: the tables take the low bits.
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

// A 32-bit mix of two numbers (multiply and xor-shift, as in MurmurHash3's finaliser).
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

// Whether two stretches of the text are the same characters.
function sameText(text: string, start: number, end: number, from: number, to: number): boolean {
  if (end - start !== to - from) return false;
  for (let k = 0; k < end - start; k++) if (text.charCodeAt(start + k) !== text.charCodeAt(from + k)) return false;
  return true;
}

/** Whether the text from `start` to `end` reads `first`: compared in place, with no string sliced out of the text. */
export function writtenAs(text: string, start: number, end: number, first: string): boolean {
  if (end - start !== first.length) return false;
  for (let k = 0; k < first.length; k++) if (text.charCodeAt(start + k) !== first.charCodeAt(k)) return false;
  return true;
}

/** A phrase is used as a name when it is spelled like one most times (or is a foreign word in CJK text). */
export function usedAsName(index: TermIndex, s: TermStats): boolean {
  return index.cjk || (s.named >= 2 && s.named >= 3 * s.lower);
}

/** Whether two spellings differ only in capitals (and the width of the spaces between words). */
export function caseOnly(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether writing `variant` for `canon` (same letters, other capitals) is worth a finding: capitals matter
 * in a name spelled with them (GraphQL, SQLite, H2O) and in a name written in lower case (redis); a capitalised
 * common word ("Microservice" among "microservice") is harmless.
 */
export function caseMatters(canon: string, variant: string): boolean {
  return /[a-z][A-Z]|[A-Z]{2}|\d/.test(canon) || (canon[0] !== canon[0].toLowerCase() && variant === variant.toLowerCase());
}

/** The occurrences of a case variant that are slips: not a capital forced by a sentence start, not a typed command. */
export function caseVariantSpans(index: TermIndex, text: string, stats: TermStats, variant: string, canon: string): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < stats.spans.length; i += 2) {
    const start = stats.spans[i];
    const end = stats.spans[i + 1];
    if (!writtenAs(text, start, end, variant)) continue;
    const w = wordAt(index, start);
    if (w >= 0 && index.words.flags[w] & INITIAL && variant.slice(1) === canon.slice(1)) continue;
    // A lower-case tool name followed by a lower-case word is a command ("npm install"), spelled as typed.
    if (variant === variant.toLowerCase() && /^[ \t]+[a-z]/.test(text.slice(end, end + 2))) continue;
    out.push({ start, end });
  }
  return out;
}
