import type { Transcript } from '../document/model';
import { proseRanges, rangeCursor, verbatimRanges } from '../document/prose';
import { CJK as CJK_CLASS, CJK_PUNCTUATION, classSource, LATIN, markUnits, WIDE_LATIN, WORD_JOINER } from '../text/scripts';

// Local copies: a hot loop reading `exports.X` pays a property load per use.
const CAP = 1;
const MARK = 2;
const INIT = 4;
const JOIN = 8;
const CJK = 16;
const AS_KEY = 32;
const ONE_SP = 64;
/** Starts with a capital letter. */
export const CAPITAL = CAP;
/** Spelled like a product name: an inner capital (GraphQL), two leading capitals (SQL) or a digit (H2O). */
export const MARKED = MARK;
/** First word of a line, sentence or clause, where a capital says nothing. */
export const INITIAL = INIT;
/** Follows the previous word of its prose range with one to three spaces only: the two can form one name. */
export const JOINED = JOIN;
/** Stands next to Chinese, Japanese or Korean text (or its punctuation): a foreign word there. */
export const IN_CJK = CJK;
/** Written exactly as its key: no capital that the key lower-cases, no hyphen or apostrophe. */
export const PLAIN = AS_KEY;
/** Joined to the previous word by one space exactly. */
export const ONE_SPACE = ONE_SP;

/**
 * The Latin words of a transcript's prose (code, URLs and link targets left out), as parallel arrays:
 * a long document holds hundreds of thousands of words, and arrays of numbers cost far less than objects.
 */
export interface LatinWords {
  readonly length: number;
  readonly start: Int32Array;
  /** End of each word, a possessive `'s` excluded. */
  readonly end: Int32Array;
  /**
   * Each word's key (the word lower-cased, hyphens and apostrophes removed) as a number, an index into `keys`:
   * words with equal keys have equal numbers. Numbers rather than an array of strings: a long document has a few
   * thousand distinct words in hundreds of thousands.
   */
  readonly id: Int32Array;
  /** The distinct keys, in order of first use. */
  readonly keys: readonly string[];
  /** `CAPITAL | MARKED | INITIAL | JOINED | IN_CJK | PLAIN | ONE_SPACE` bits. */
  readonly flags: Uint8Array;
}

// Character classes as table lookups, which cost far less per character than regex tests or Set lookups.
const LETTER = 1;
const DIGIT = 2;
const UPPER = 4;
const OPENER = 8;
const SENTENCE_END = 16;
const NEAR_CJK = 32;
const JOINER = 64;
const CLASS = new Uint8Array(0x10000);
// Latin letters; digits continue a word but never start one. Han, kana, Hangul and the CJK and full-width
// punctuation around them make a word's neighbourhood CJK.
markUnits(CLASS, LATIN, LETTER);
markUnits(CLASS, CJK_CLASS | CJK_PUNCTUATION | WIDE_LATIN, NEAR_CJK);
markUnits(CLASS, WORD_JOINER, JOINER);
const ANY_CJK = new RegExp(`[${classSource(CJK_CLASS | CJK_PUNCTUATION | WIDE_LATIN)}]`);
for (let c = 0; c < 0xff; c++) {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) CLASS[c] |= UPPER;
  if (c >= 48 && c <= 57) CLASS[c] |= DIGIT;
}
for (const ch of ' \t*_"“‘\'(（[「『【《') CLASS[ch.charCodeAt(0)] |= OPENER;
for (const ch of '.!?。！？:：;；…—–\n\r>#|') CLASS[ch.charCodeAt(0)] |= SENTENCE_END;

// The class of the character at `k`; 0 out of range. The range is checked here rather than left to charCodeAt's NaN:
// optimised code reading past a string's end is thrown away the first time it does, and recompiled.
function classAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? CLASS[text.charCodeAt(k)] : 0;
}

// A Latin-1 character as `toLowerCase` writes it: the capitals of ASCII and Latin-1 are 32 below their small letters.
function lowered(c: number): number {
  return CLASS[c] & UPPER ? c + 32 : c;
}

// Whether the characters from `from` to `to`, lower-cased and without joiners, spell `key` (all Latin-1).
function sameKey(text: string, from: number, to: number, key: string): boolean {
  let j = 0;
  for (let x = from; x < to; x++) {
    const c = text.charCodeAt(x);
    if (isJoiner(c)) continue;
    if (j >= key.length || key.charCodeAt(j++) !== lowered(c)) return false;
  }
  return j === key.length;
}

function isJoiner(c: number): boolean {
  return (CLASS[c] & JOINER) !== 0;
}

// Whether the character at `k` belongs to a word: a letter or digit, or an apostrophe or hyphen between two
// ("don't", "Jean-Pierre"). A word is a maximal run of such characters from its first letter on.
function inWord(text: string, k: number): boolean {
  const c = k >= 0 && k < text.length ? text.charCodeAt(k) : 0;
  if (CLASS[c] & (LETTER | DIGIT)) return true;
  return isJoiner(c) && (classAt(text, k - 1) & (LETTER | DIGIT)) !== 0 && (classAt(text, k + 1) & (LETTER | DIGIT)) !== 0;
}

/** Scans the prose of a transcript for Latin words: "Jean-Pierre" and "don't" are one word each. */
export function latinWords(t: Transcript): LatinWords {
  const text = t.text;
  // Typed arrays, doubled when full, cost far less than arrays of numbers grown one push at a time.
  let room = Math.min(1 << 14, text.length + 1);
  let start = new Int32Array(room);
  let end = new Int32Array(room);
  let flags = new Uint8Array(room);
  let id = new Int32Array(room);
  const keys: string[] = [];
  let n = 0;
  // Most Latin documents hold no CJK character at all: then no word needs to look at its neighbours for one.
  const anyCjk = ANY_CJK.test(text);
  const verbatim = rangeCursor(verbatimRanges(text));
  // Keys of Latin-1 letters are found by hash and compared in place: the last key with each hash, and per key the
  // one before it with the same hash. A Map of strings would cost a sliced, lower-cased string and two lookups per
  // distinct key, and a document of names has as many distinct keys as names. Keys with other letters go by Map.
  const byHash = new NumbersByHash();
  let sameHash = new Int32Array(1024);
  const byKey = new Map<string, number>();
  for (const range of proseRanges(t)) {
    let k = range.start;
    // A word that starts before the range is not part of it, even where it runs on into the range.
    if (k > 0 && inWord(text, k) && inWord(text, k - 1)) {
      let q = k - 1;
      while (q > 0 && inWord(text, q - 1)) q--;
      while (q < k && !(classAt(text, q) & LETTER)) q++;
      if (q < k) while (inWord(text, k)) k++;
    }
    let prevEnd = -1;
    while (k < range.end) {
      if (!(classAt(text, k) & LETTER)) {
        k++;
        continue;
      }
      const i = k;
      while (inWord(text, ++k));
      // A word inside code or a URL is skipped whole, even where it runs on past the end of the span.
      if (verbatim.inside(i)) continue;
      let e = Math.min(k, range.end);
      if (e - i > 2 && (text.charCodeAt(e - 1) | 32) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019))
        e -= 2;
      let bits = classAt(text, i) & UPPER ? CAP : 0;
      let joiner = false;
      let upper = bits !== 0;
      // The key's hash, over the lower-cased letters without joiners; -1 once a letter beyond Latin-1 shows up.
      let hash = text.charCodeAt(i) > 0xff ? -1 : lowered(text.charCodeAt(i));
      let prev = classAt(text, i);
      for (let x = i + 1; x < e; x++) {
        const d = text.charCodeAt(x);
        const cls = CLASS[d];
        if (isJoiner(d)) {
          joiner = true;
          prev = cls;
          continue;
        }
        if (cls & DIGIT) bits |= MARK;
        else if (cls & UPPER) {
          upper = true;
          if (prev & LETTER && (x === i + 1 || !(prev & UPPER))) bits |= MARK;
        }
        prev = cls;
        if (hash >= 0) hash = d > 0xff ? -1 : (Math.imul(hash, 31) + lowered(d)) & 0x3fffffff;
      }
      // Only a capital needs to know whether a sentence starts here.
      if (bits & CAP && isInitial(text, i, range.start)) bits |= INIT;
      if (anyCjk && (CLASS[nearby(text, i - 1, -1)] & NEAR_CJK || CLASS[nearby(text, e, 1)] & NEAR_CJK)) bits |= CJK;
      if (prevEnd >= 0 && i - prevEnd <= 3 && isBlank(text, prevEnd, i))
        bits |= i - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? JOIN | ONE_SP : JOIN;
      if (!upper && !joiner) bits |= AS_KEY;
      // Most words recur: their key is looked up by hash and compared in place, with no new string to slice and
      // lower-case; only a key not seen before is looked up as a string.
      let keyId = -1;
      if (hash >= 0) for (let k = byHash.get(hash); k >= 0 && keyId < 0; k = sameHash[k]) if (sameKey(text, i, e, keys[k])) keyId = k;
      if (keyId < 0) {
        let w = text.slice(i, e);
        if (upper) w = w.toLowerCase();
        if (joiner) w = w.replace(/['’-]/g, '');
        // A letter beyond Latin-1 may lower-case into it (the Kelvin sign into "k"): the key decides.
        const h = hash >= 0 ? -1 : keyHash(w);
        if (h >= 0) {
          for (let k = byHash.get(h); k >= 0 && keyId < 0; k = sameHash[k]) if (keys[k] === w) keyId = k;
        } else if (hash < 0) keyId = byKey.get(w) ?? -1;
        if (keyId < 0) {
          keyId = keys.push(w) - 1;
          const into = hash >= 0 ? hash : h;
          if (into >= 0) {
            if (keyId === sameHash.length) sameHash = grow(sameHash, new Int32Array(2 * keyId));
            sameHash[keyId] = byHash.get(into);
            byHash.set(into, keyId);
          } else byKey.set(w, keyId);
        }
      }
      if (n === room) {
        room *= 2;
        [start, end, flags, id] = [
          grow(start, new Int32Array(room)),
          grow(end, new Int32Array(room)),
          grow(flags, new Uint8Array(room)),
          grow(id, new Int32Array(room)),
        ];
      }
      start[n] = i;
      end[n] = e;
      flags[n] = bits;
      id[n] = keyId;
      n++;
      prevEnd = e;
    }
  }
  return { length: n, start: start.subarray(0, n), end: end.subarray(0, n), id: id.subarray(0, n), keys, flags: flags.subarray(0, n) };
}

// Numbers by a non-negative 30-bit hash: open addressing over a typed array, two numbers a slot (hash + 1, with 0
// for a free slot, and the number), at most half full. Asked once a word, it costs less than a Map of numbers.
class NumbersByHash {
  private slots = new Int32Array(2 * 1024);
  private used = 0;

  /** The number stored for `hash`, or -1. */
  get(hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let h = spread(hash) & mask; ; h = (h + 1) & mask) {
      if (slots[2 * h] === 0) return -1;
      if (slots[2 * h] === hash + 1) return slots[2 * h + 1];
    }
  }

  /** Stores `n` for `hash`, in place of the number it had. */
  set(hash: number, n: number): void {
    if (this.put(hash + 1, n) && 2 * ++this.used > this.slots.length >> 1) {
      const old = this.slots;
      this.slots = new Int32Array(2 * old.length);
      for (let at = 0; at < old.length; at += 2) if (old[at]) this.put(old[at], old[at + 1]);
    }
  }

  // Whether the slot was free.
  private put(stored: number, n: number): boolean {
    const mask = (this.slots.length >> 1) - 1;
    let h = spread(stored - 1) & mask;
    while (this.slots[2 * h] && this.slots[2 * h] !== stored) h = (h + 1) & mask;
    const free = this.slots[2 * h] === 0;
    this.slots[2 * h] = stored;
    this.slots[2 * h + 1] = n;
    return free;
  }
}

// The hash the scan computes for a key of Latin-1 letters (-1 for any other).
function keyHash(key: string): number {
  let hash = 0;
  for (let x = 0; x < key.length; x++) {
    const c = key.charCodeAt(x);
    if (c > 0xff) return -1;
    hash = x === 0 ? c : (Math.imul(hash, 31) + c) & 0x3fffffff;
  }
  return hash;
}

// The hash's bits mixed, so that the low ones the table takes depend on every letter, not only the last.
function spread(hash: number): number {
  const h = Math.imul(hash, 0x9e3779b1);
  return h ^ (h >>> 16);
}

// The code of the first character from `at` in direction `step` that is not a space (within two), or 0.
function nearby(text: string, at: number, step: number): number {
  for (let k = 0; k < 3 && at >= 0 && at < text.length; k++, at += step) {
    const c = text.charCodeAt(at);
    if (c !== 32) return c;
  }
  return 0;
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
  return to > from;
}

// A word opens a sentence when only openers separate it from the range start or a sentence end.
function isInitial(text: string, at: number, floor: number): boolean {
  let j = at - 1;
  while (j >= floor && classAt(text, j) & OPENER) j--;
  return j < floor || (classAt(text, j) & SENTENCE_END) !== 0;
}
