import { CAPITAL, IN_CJK, INITIAL, JOINED, latinWords, MARKED, ONE_SPACE, PLAIN, type LatinWords } from './latinWords';
import type { Transcript } from '../document/model';
import { perTranscript } from '../document/perTranscript';
import type { TextRange } from '../text/offsets';

/** How one folded phrase (1–3 words) is used in the document. */
export interface TermStats {
  /** Its number in the table (`TermTable.at`). */
  readonly number: number;
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

/**
 * Counted phrases by key, in order of first use, numbered from 0. A long list of names has hundreds of thousands
 * of phrases, nearly all used once: a check that looks at every phrase reads what it can from the arrays, by
 * number, and asks for the stats (and the key) of the few it keeps.
 */
export interface TermTable {
  readonly size: number;
  get(key: string): TermStats | undefined;
  /** The number of the phrase with this key, or -1. */
  numberOf(key: string): number;
  /** Every phrase's stats, made one by one: for small documents and tests. */
  values(): IterableIterator<TermStats>;
  /** The stats of phrase `k`. */
  at(k: number): TermStats;
  /** Per phrase, as in its stats. */
  readonly count: Int32Array;
  readonly named: Int32Array;
  readonly lower: Int32Array;
  /** 1 where not every occurrence is written like the first (`TermStats.uniform` is false). */
  readonly varied: Uint8Array;
  /** The first and the last word (indices into `TermIndex.words`) of each phrase's first occurrence. */
  readonly firstWord: Int32Array;
  readonly lastWord: Int32Array;
  /** The length of phrase `k`'s key, without making the key. */
  keyLength(k: number): number;
  /** The first UTF-16 unit of phrase `k`'s key, without making the key. */
  keyStart(k: number): number;
  /** Phrase `k`'s key, made without its stats (which the table keeps once made). */
  keyOf(k: number): string;
}

const MAX_WORDS = 3;
/** The Latin term statistics of a transcript, computed on first use and shared by the checks. */
export const termIndex: (t: Transcript) => TermIndex = perTranscript(buildIndex);

/** The numbers of the phrases `wanted` accepts, ascending: a list of names has a phrase per name. */
export function phrasesWhere(table: TermTable, wanted: (k: number) => boolean): Int32Array {
  const out = new Int32Array(table.size);
  let n = 0;
  for (let k = 0; k < table.size; k++) if (wanted(k)) out[n++] = k;
  return out.subarray(0, n);
}

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
  return [index.terms.firstWord[stats.number], index.terms.lastWord[stats.number]];
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
  const { keys, flags, id } = words;
  const [capital, initial, joined] = [CAPITAL, INITIAL, JOINED];
  const edgeBits = CAPITAL | MARKED | IN_CJK;
  const nameBits = MARKED | IN_CJK;
  const edge = (i: number) => cjk || (flags[i] & edgeBits) !== 0;
  const plainBits = PLAIN | ONE_SPACE;
  // The tables are made as large as the loop below fills them: grown and rehashed, they cost more than filled.
  let occurrences = 0;
  for (let i = 0; i < words.length; i++) {
    const isEdge = edge(i);
    if (isEdge || keys[id[i]].length >= 4) occurrences++;
    if (!isEdge) continue;
    for (let n = 1; n < MAX_WORDS && i + n < words.length && flags[i + n] & joined; n++) if (edge(i + n)) occurrences++;
  }
  const phrases = new Phrases(words, occurrences);
  const found = new Occurrences(occurrences);
  for (let i = 0; i < words.length; i++) {
    const isEdge = edge(i);
    const f = flags[i];
    // A word is spelled as a name when marked, capitalised mid-sentence, or foreign in CJK text.
    const how = (f & nameBits) !== 0 || (f & (capital | initial)) === capital ? NAMED : (f & capital) === 0 ? LOWER : 0;
    let plain = f & PLAIN ? AS_KEYS : 0;
    let hash = phrases.wordHash[id[i]];
    // Short lower-case words ("the", "of") are never names nor worth a spelling check: not counted.
    if (isEdge || keys[id[i]].length >= 4) found.add(phrases.counted(i, 0, hash), i, 0, how | plain);
    if (!isEdge) continue;
    for (let n = 1; n < MAX_WORDS && i + n < words.length && flags[i + n] & joined; n++) {
      hash = phrases.extended(hash, id[i + n]);
      if ((flags[i + n] & plainBits) !== plainBits) plain = 0;
      if (edge(i + n)) found.add(phrases.counted(i, n, hash), i, n, how | plain);
    }
  }
  return { words, terms: new Terms(t.text, words, phrases, found), cjk };
}

// How an occurrence is spelled: as a name, in lower case, or neither (a capital at a sentence start); and whether
// it reads as its words' keys joined by single spaces, so that two such occurrences of one word sequence read alike.
const NAMED = 1;
const LOWER = 2;
const AS_KEYS = 4;

// Tables of Int32Array slots: open addressing, at most half full, 0 marks a free slot.
const FIRST_SLOTS = 1 << 10;

/** Counted occurrences in document order, as parallel typed arrays made as long as needed: the phrase, the first word and how many follow it, the spelling. */
class Occurrences {
  length = 0;
  readonly term: Int32Array;
  readonly word: Int32Array;
  readonly more: Uint8Array;
  readonly how: Uint8Array;

  constructor(room: number) {
    [this.term, this.word] = [new Int32Array(room), new Int32Array(room)];
    [this.more, this.how] = [new Uint8Array(room), new Uint8Array(room)];
  }

  add(term: number, word: number, more: number, how: number): void {
    const o = this.length++;
    this.term[o] = term;
    this.word[o] = word;
    this.more[o] = more;
    this.how[o] = how;
  }
}

/**
 * The stats of every counted phrase, gathered from the occurrences in two passes over typed arrays: counts first,
 * then the spans, all in one array. Hundreds of thousands of occurrences (every run of Latin words in a CJK
 * document, every name of a long list) cost no object on the JS heap: a phrase's stats object and its key are
 * made when a check asks for that phrase, and a check that reads all of them reads the arrays.
 */
class Terms implements TermTable {
  readonly count: Int32Array;
  readonly named: Int32Array;
  readonly lower: Int32Array;
  readonly varied: Uint8Array;
  readonly firstWord: Int32Array;
  readonly lastWord: Int32Array;
  /** Start and end of each phrase's first occurrence. */
  readonly firstStart: Int32Array;
  readonly firstEnd: Int32Array;
  /** Every phrase's spans, one phrase after the other, and where each phrase's begin. */
  readonly spans: Int32Array;
  readonly spansAt: Int32Array;
  readonly size: number;
  private readonly made: (Counted | undefined)[];

  constructor(
    readonly text: string,
    private readonly words: LatinWords,
    private readonly phrases: Phrases,
    found: Occurrences,
  ) {
    const n = (this.size = phrases.count);
    const { start, end, id } = words;
    const [count, named, lower] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    const varied = new Uint8Array(n);
    const { term, word, more, how } = found;
    const first = new Int32Array(n).fill(-1);
    for (let o = 0; o < found.length; o++) {
      const k = term[o];
      const h = how[o];
      count[k]++;
      if (h & NAMED) named[k]++;
      else if (h & LOWER) lower[k]++;
      const f = first[k];
      if (f < 0) first[k] = o;
      if (f < 0 || varied[k]) continue;
      // Two occurrences of one word sequence, each its words' keys joined by single spaces, read alike.
      const [i, m, fi, fm] = [word[o], more[o], word[f], more[f]];
      if (h & how[f] & AS_KEYS && m === fm && sameIds(id, i, fi, m)) continue;
      if (!sameText(text, start[i], end[i + m], start[fi], end[fi + fm])) varied[k] = 1;
    }
    const at = new Int32Array(n);
    for (let k = 1; k < n; k++) at[k] = at[k - 1] + 2 * count[k - 1];
    const spans = new Int32Array(2 * found.length);
    const next = at.slice();
    for (let o = 0; o < found.length; o++) {
      const k = term[o];
      spans[next[k]++] = start[word[o]];
      spans[next[k]++] = end[word[o] + more[o]];
    }
    [this.count, this.named, this.lower, this.varied, this.spans, this.spansAt] = [count, named, lower, varied, spans, at];
    const firstStart = (this.firstStart = new Int32Array(n));
    const firstEnd = (this.firstEnd = new Int32Array(n));
    const firstWord = (this.firstWord = new Int32Array(n));
    const lastWord = (this.lastWord = new Int32Array(n));
    for (let k = 0; k < n; k++) {
      const o = first[k];
      firstStart[k] = start[(firstWord[k] = word[o])];
      firstEnd[k] = end[(lastWord[k] = word[o] + more[o])];
    }
    this.made = new Array<Counted | undefined>(n);
  }

  keyLength(k: number): number {
    return this.phrases.keyLength(this.firstWord[k], this.lastWord[k] - this.firstWord[k]);
  }

  keyStart(k: number): number {
    return this.words.keys[this.words.id[this.firstWord[k]]].charCodeAt(0);
  }

  keyOf(k: number): string {
    return this.made[k]?.key ?? this.phrases.key(this.firstWord[k], this.lastWord[k] - this.firstWord[k]);
  }

  at(k: number): TermStats {
    return (this.made[k] ??= new Counted(this, k, this.keyOf(k)));
  }

  get(key: string): TermStats | undefined {
    const k = this.phrases.find(key);
    return k < 0 ? undefined : this.at(k);
  }

  numberOf(key: string): number {
    return this.phrases.find(key);
  }

  *values(): IterableIterator<TermStats> {
    for (let k = 0; k < this.size; k++) yield this.at(k);
  }
}

/**
 * One phrase's stats, read from the arrays of its table by its number. The first spelling and the spans are
 * made when first asked for; most phrases are never asked.
 */
class Counted implements TermStats {
  spellings?: Map<string, number>;
  private written?: string;
  private view?: Int32Array;

  constructor(
    private readonly table: Terms,
    readonly number: number,
    readonly key: string,
  ) {}

  get count(): number {
    return this.table.count[this.number];
  }

  get named(): number {
    return this.table.named[this.number];
  }

  get lower(): number {
    return this.table.lower[this.number];
  }

  get uniform(): boolean {
    return !this.table.varied[this.number];
  }

  get firstStart(): number {
    return this.table.firstStart[this.number];
  }

  get firstEnd(): number {
    return this.table.firstEnd[this.number];
  }

  get first(): string {
    return (this.written ??= this.table.text.slice(this.table.firstStart[this.number], this.table.firstEnd[this.number]));
  }

  get spans(): Int32Array {
    const { spans, spansAt } = this.table;
    return (this.view ??= spans.subarray(spansAt[this.number], spansAt[this.number] + 2 * this.count));
  }
}

/**
 * The phrases (keys) of one document, numbered in order of first use, each known by its first occurrence: the
 * word it starts at and how many words follow. A run of one to three words is found by the hash of its key,
 * carried word to word (a polynomial hash: a word's key hash and its power combine in constant time), and
 * compared with the phrase of that hash word by word: by key number where the words are the same, letter by letter
 * in place where a key is split otherwise ("Graph QL" and "GraphQL" are one phrase). No string is made: in CJK
 * text every run of Latin words is a phrase, and a list of names has a phrase per name.
 */
class Phrases {
  count = 0;
  /** Per key number (`LatinWords.id`): the hash of the key, and the factor that shifts a hash past it. */
  readonly wordHash: Int32Array;
  private readonly wordPower: Int32Array;
  /** Per phrase: its first occurrence's first word, and how many words follow it there. */
  private readonly firstWord: Int32Array;
  private readonly firstMore: Uint8Array;
  private readonly hashes: Int32Array;
  // Phrase number + 1 per slot, by the key's hash; doubled when half full. Sized for every occurrence, the table of
  // a long document in which a few thousand phrases recur is megabytes read at random, a cache miss per lookup.
  private slots: Int32Array;

  /** At most `occurrences` are counted: the tables are made that large, the slots at most half full. */
  constructor(
    private readonly words: LatinWords,
    occurrences: number,
  ) {
    const keys = words.keys;
    [this.wordHash, this.wordPower] = [new Int32Array(keys.length), new Int32Array(keys.length)];
    for (let w = 0; w < keys.length; w++) {
      let [h, p] = [0, 1];
      for (let c = 0; c < keys[w].length; c++) [h, p] = [(Math.imul(h, BASE) + keys[w].charCodeAt(c)) | 0, Math.imul(p, BASE)];
      [this.wordHash[w], this.wordPower[w]] = [h, p];
    }
    [this.firstWord, this.hashes] = [new Int32Array(occurrences), new Int32Array(occurrences)];
    this.firstMore = new Uint8Array(occurrences);
    this.slots = new Int32Array(FIRST_SLOTS);
  }

  /** The hash of a key `hash` followed by the key of number `word`. */
  extended(hash: number, word: number): number {
    return (Math.imul(hash, this.wordPower[word]) + this.wordHash[word]) | 0;
  }

  /** The number of the phrase of words `from` to `from + more` (its key's hash `hash`), numbering it if new. */
  counted(from: number, more: number, hash: number): number {
    const mask = this.slots.length - 1;
    let h = mix(hash) & mask;
    for (; this.slots[h]; h = (h + 1) & mask) {
      const p = this.slots[h] - 1;
      if (this.hashes[p] === hash && this.sameKey(from, more, this.firstWord[p], this.firstMore[p])) return p;
    }
    const p = this.count++;
    [this.firstWord[p], this.firstMore[p], this.hashes[p]] = [from, more, hash];
    this.slots[h] = p + 1;
    if (2 * this.count > this.slots.length) this.grow();
    return p;
  }

  private grow(): void {
    const slots = (this.slots = new Int32Array(2 * this.slots.length));
    const mask = slots.length - 1;
    for (let p = 0; p < this.count; p++) {
      let h = mix(this.hashes[p]) & mask;
      while (slots[h]) h = (h + 1) & mask;
      slots[h] = p + 1;
    }
  }

  /** The number of the phrase with this key, or -1. */
  find(key: string): number {
    let hash = 0;
    for (let c = 0; c < key.length; c++) hash = (Math.imul(hash, BASE) + key.charCodeAt(c)) | 0;
    const mask = this.slots.length - 1;
    for (let h = mix(hash) & mask; this.slots[h]; h = (h + 1) & mask) {
      const p = this.slots[h] - 1;
      if (this.hashes[p] === hash && this.spells(this.firstWord[p], this.firstMore[p], key)) return p;
    }
    return -1;
  }

  keyLength(from: number, more: number): number {
    const { keys, id } = this.words;
    let n = 0;
    for (let w = from; w <= from + more; w++) n += keys[id[w]].length;
    return n;
  }

  key(from: number, more: number): string {
    const { keys, id } = this.words;
    let key = keys[id[from]];
    for (let w = from + 1; w <= from + more; w++) key += keys[id[w]];
    return key;
  }

  // Whether two runs of words spell one key: the same words, or the same letters wherever their words break.
  private sameKey(a: number, m: number, b: number, n: number): boolean {
    const id = this.words.id;
    if (m === n && sameIds(id, a, b, m)) return true;
    if (this.keyLength(a, m) !== this.keyLength(b, n)) return false;
    const keys = this.words.keys;
    let [x, i] = [keys[id[a]], 0];
    let [y, j] = [keys[id[b]], 0];
    for (let left = this.keyLength(a, m); left > 0; left--) {
      while (i === x.length) [x, i] = [keys[id[++a]], 0];
      while (j === y.length) [y, j] = [keys[id[++b]], 0];
      if (x.charCodeAt(i++) !== y.charCodeAt(j++)) return false;
    }
    return true;
  }

  // Whether the run of words spells `key`.
  private spells(from: number, more: number, key: string): boolean {
    if (this.keyLength(from, more) !== key.length) return false;
    const { keys, id } = this.words;
    let at = 0;
    for (let w = from; w <= from + more; w++) {
      if (!key.startsWith(keys[id[w]], at)) return false;
      at += keys[id[w]].length;
    }
    return true;
  }
}

// Whether the runs of words starting at `a` and `b`, each of `more` + 1 words, are the same keys.
function sameIds(id: Int32Array, a: number, b: number, more: number): boolean {
  for (let k = 0; k <= more; k++) if (id[a + k] !== id[b + k]) return false;
  return true;
}

// The base of the polynomial hash of keys.
const BASE = 0x01000193;

// A hash's bits mixed (MurmurHash3's finaliser): the tables take the low bits.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
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
  return usedAsNameAt(index, s.number);
}

/** `usedAsName` of phrase `k`, read off the table. */
export function usedAsNameAt(index: TermIndex, k: number): boolean {
  const { named, lower } = index.terms;
  return index.cjk || (named[k] >= 2 && named[k] >= 3 * lower[k]);
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
