/**
 * For each of `words` (letters and marks; repeats allowed), whether it stands whole in the text, as `countWord`
 * finds it: case-sensitive, between code units that are not letters, marks or digits (a surrogate is none).
 * Searching the text for each word of each self-introduction cost the text's length each time; the text is read
 * once for all of them instead. A word of word units stands whole only as a whole run of them: the distinct ones
 * are filed by the hash of their units in a table of numbers, each run of the text hashed as it is read and compared
 * in place on a hit, so that no run is sliced out of the text (a long text has a million) and no word costs an
 * object (a long document introduces a hundred thousand people). A word holding surrogates (a supplementary
 * letter) can only stand within a run of word units and surrogates, starting at its start or after a surrogate
 * and ending at its end or before one.
 */
export function wordsIn(text: string, words: readonly string[]): Uint8Array {
  const found = new Uint8Array(words.length);
  if (words.length === 0) return found;
  const isWord = wordUnits();
  // The distinct words: for each of `words` the number of its distinct word, and for each distinct word the
  // first of `words` that spells it, its hash, and whether the text holds it.
  const distinctOf = new Int32Array(words.length);
  const first: number[] = [];
  const hashes: number[] = [];
  const slots = new Int32Array(tableSize(words.length));
  const mask = slots.length - 1;
  // The first units of the plain words, a bit each: a run of the text starting with another is neither hashed nor
  // looked up (the words of self-introductions start with a few letters, and the table of a long document's is
  // too large to stay in the cache).
  const firsts = new Uint8Array(0x10000 >> 3);
  // Distinct words holding surrogates, by text; their lengths by first code unit.
  const astral = new Map<string, number>();
  const astralLengths = new Map<number, number[]>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!plainWord(w, isWord)) {
      let d = astral.get(w);
      if (d === undefined) {
        astral.set(w, (d = first.push(i) - 1));
        hashes.push(0);
        const lengths = astralLengths.get(w.charCodeAt(0)) ?? astralLengths.set(w.charCodeAt(0), []).get(w.charCodeAt(0))!;
        if (!lengths.includes(w.length)) lengths.push(w.length);
      }
      distinctOf[i] = d;
      continue;
    }
    firsts[w.charCodeAt(0) >> 3] |= 1 << (w.charCodeAt(0) & 7);
    const h = unitHash(w, 0, w.length);
    let at = slotOf(h, mask);
    while (slots[at] && !(hashes[slots[at] - 1] === h && words[first[slots[at] - 1]] === w)) at = (at + 1) & mask;
    if (!slots[at]) {
      slots[at] = first.push(i);
      hashes.push(h);
    }
    distinctOf[i] = slots[at] - 1;
  }
  const held = new Uint8Array(first.length);
  const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
  let run = -1;
  let unitsFrom = -1;
  let hash = 0;
  let hashed = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const word = c >= 0 && isWord[c] === 1;
    const surrogate = c >= 0 && isSurrogate(c);
    if (word && unitsFrom < 0) {
      unitsFrom = i;
      hashed = (firsts[c >> 3] & (1 << (c & 7))) !== 0;
      hash = UNIT_HASH_START;
    }
    if (word && hashed) hash = Math.imul(hash ^ c, 0x01000193);
    if (!word && unitsFrom >= 0) {
      if (hashed)
        for (let at = slotOf(hash, mask); slots[at]; at = (at + 1) & mask) {
          const d = slots[at] - 1;
          const w = words[first[d]];
          if (hashes[d] === hash && w.length === i - unitsFrom && text.startsWith(w, unitsFrom)) held[d] = 1;
        }
      unitsFrom = -1;
    }
    if ((word || surrogate) && run < 0) run = i;
    if (!word && !surrogate && run >= 0) {
      if (astral.size > 0) astralIn(run, i);
      run = -1;
    }
  }
  function astralIn(from: number, to: number): void {
    for (let s = from; s < to; s++) {
      if (s > from && !isSurrogate(text.charCodeAt(s - 1))) continue;
      for (const n of astralLengths.get(text.charCodeAt(s)) ?? []) {
        const end = s + n;
        if (end !== to && !(end < to && isSurrogate(text.charCodeAt(end)))) continue;
        const d = astral.get(text.slice(s, end));
        if (d !== undefined) held[d] = 1;
      }
    }
  }
  for (let i = 0; i < words.length; i++) found[i] = held[distinctOf[i]];
  return found;
}

// Whether every character of `w` is one word unit (no surrogate pair).
function plainWord(w: string, isWord: Uint8Array): boolean {
  for (let i = 0; i < w.length; i++) if (isWord[w.charCodeAt(i)] !== 1) return false;
  return true;
}

// A power of two at least twice `n`: a table of open addressing kept at most half full.
function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

const UNIT_HASH_START = 0x811c9dc5 | 0;

// The slot a hash starts at, its high bits folded in.
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

// FNV-1a over the UTF-16 units of `s` from `from` to `to`, as `wordsIn` hashes a run while reading it.
function unitHash(s: string, from: number, to: number): number {
  let hash = UNIT_HASH_START;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return hash;
}

let wordUnitTable: Uint8Array | undefined;

// 1 for each code unit that is a letter, a mark or a digit on its own.
function wordUnits(): Uint8Array {
  if (!wordUnitTable) {
    wordUnitTable = new Uint8Array(0x10000);
    const word = /[\p{L}\p{M}\p{N}]/u;
    for (let c = 0; c < 0x10000; c++) if (word.test(String.fromCharCode(c))) wordUnitTable[c] = 1;
  }
  return wordUnitTable;
}
