/**
 * For each of `words` (letters and marks; repeats allowed), then for each capitalised word of the text given by
 * where it stands (`spans`: start and end of a capital A–Z and lower-case a–z) lower-cased, whether it stands whole in
 * the text, as `countWord` finds it: case-sensitive, between code units that are not letters, marks or digits (a
 * surrogate is none). Searching the text for each word of each self-introduction cost the text's length each time;
 * the text is read once for all of them instead. A word of word units stands whole only as a whole run of them: the
 * distinct ones are filed by the hash of their units in a table of numbers, each run of the text hashed as it is read
 * and compared in place on a hit, so that no run is sliced out of the text (a long text has a million) and no word
 * costs an object (a long document introduces a hundred thousand people, whose words are given by where they stand).
 * A word holding surrogates (a supplementary letter) can only stand within a run of word units and surrogates,
 * starting at its start or after a surrogate and ending at its end or before one.
 */
export function wordsIn(text: string, words: readonly string[], spans: readonly number[] = []): Uint8Array {
  const given = words.length;
  const count = given + spans.length / 2;
  const found = new Uint8Array(count);
  if (count === 0) return found;
  const isWord = wordUnits();
  // Word `j` of all: one of `words`, or a span of the text read with its capital lowered.
  const lengthOf = (j: number) => (j < given ? words[j].length : spans[2 * (j - given) + 1] - spans[2 * (j - given)]);
  const unitOf = (j: number, k: number) =>
    j < given ? words[j].charCodeAt(k) : text.charCodeAt(spans[2 * (j - given)] + k) + (k === 0 ? 32 : 0);
  // Whether words `i` and `j` are spelled alike.
  const same = (i: number, j: number) => {
    const n = lengthOf(i);
    if (n !== lengthOf(j)) return false;
    if (i < given && j < given) return words[i] === words[j];
    for (let k = 0; k < n; k++) if (unitOf(i, k) !== unitOf(j, k)) return false;
    return true;
  };
  // Whether word `j` is text[from, to).
  const standsAt = (j: number, from: number, to: number) => {
    if (lengthOf(j) !== to - from) return false;
    if (j < given) return text.startsWith(words[j], from);
    for (let k = 0; k < to - from; k++) if (unitOf(j, k) !== text.charCodeAt(from + k)) return false;
    return true;
  };
  // The distinct words: for each word the number of its distinct word, and for each distinct word the first word
  // that spells it, its hash, and whether the text holds it.
  const distinctOf = new Int32Array(count);
  const first: number[] = [];
  const hashes: number[] = [];
  const slots = new Int32Array(tableSize(count));
  const mask = slots.length - 1;
  // The first units of the plain words, a bit each: a run of the text starting with another is neither hashed nor
  // looked up (the words of self-introductions start with a few letters, and the table of a long document's is
  // too large to stay in the cache).
  const firsts = new Uint8Array(0x10000 >> 3);
  // For many words, the first units of the text's runs, a bit each: a word starting with another is nowhere, and is
  // not filed (a long document's self-introductions may give words the text writes only capitalised).
  const starting = count >= READ_STARTS_FROM ? runStarts(text, isWord) : undefined;
  // Distinct words holding surrogates, by text; their lengths by first code unit.
  const astral = new Map<string, number>();
  const astralLengths = new Map<number, number[]>();
  for (let j = 0; j < count; j++) {
    if (j < given && !plainWord(words[j], isWord)) {
      const w = words[j];
      let d = astral.get(w);
      if (d === undefined) {
        astral.set(w, (d = first.push(j) - 1));
        hashes.push(0);
        const lengths = astralLengths.get(w.charCodeAt(0)) ?? astralLengths.set(w.charCodeAt(0), []).get(w.charCodeAt(0))!;
        if (!lengths.includes(w.length)) lengths.push(w.length);
      }
      distinctOf[j] = d;
      continue;
    }
    const c = unitOf(j, 0);
    if (starting && (starting[c >> 3] & (1 << (c & 7))) === 0) {
      distinctOf[j] = -1;
      continue;
    }
    firsts[c >> 3] |= 1 << (c & 7);
    // FNV-1a over the word's units, as a run of the text is hashed while it is read.
    let h = UNIT_HASH_START;
    for (let k = 0; k < lengthOf(j); k++) h = Math.imul(h ^ unitOf(j, k), 0x01000193);
    let at = slotOf(h, mask);
    while (slots[at] && !(hashes[slots[at] - 1] === h && same(first[slots[at] - 1], j))) at = (at + 1) & mask;
    if (!slots[at]) {
      slots[at] = first.push(j);
      hashes.push(h);
    }
    distinctOf[j] = slots[at] - 1;
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
          if (hashes[d] === hash && standsAt(first[d], unitsFrom, i)) held[d] = 1;
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
  for (let j = 0; j < count; j++) found[j] = distinctOf[j] < 0 ? 0 : held[distinctOf[j]];
  return found;
}

const READ_STARTS_FROM = 4096;

// The first units of the runs of word units of `text`, a bit each.
function runStarts(text: string, isWord: Uint8Array): Uint8Array {
  const bits = new Uint8Array(0x10000 >> 3);
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWord[c] === 1;
    if (word && !inRun) bits[c >> 3] |= 1 << (c & 7);
    inRun = word;
  }
  return bits;
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
