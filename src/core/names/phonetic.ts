// A transliteration-tolerant distance between romanised names. Transliterations into Chinese and
// Korean keep a name's consonant frame but change its vowels, voicing and liquids (Klaus → kelaosi,
// Garcia → gareusia): such differences cost little here, a different consonant costs a full edit.

const VOWELS = new Set('aeiouy');

// Letters that stand for one another across languages and transliteration systems.
const GROUPS = ['bp', 'fvw', 'dt', 'gkcqjx', 'sczxjq', 'lr', 'mn', 'uw'];
const SHARED = new Map<string, Set<string>>();
for (const g of GROUPS) for (const c of g) for (const d of g) (SHARED.get(c) ?? SHARED.set(c, new Set()).get(c)!).add(d);

// Letters a transliteration often adds or drops: vowels, a silent h, the final r/l that Chinese renders as 尔,
// the nasal finals of Chinese and Korean syllables.
const INDEL: Record<string, number> = { h: 0.3, r: 0.5, l: 0.5, n: 0.6, g: 0.6, y: 0.3, w: 0.4 };

const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Folds Latin text to lower-case ASCII letters: marks stripped, ligatures spelled out, everything else dropped. */
export function foldLatin(text: string): string {
  const lower = text.toLowerCase();
  // Most name parts are plain ASCII letters already: folding would give them back unchanged, through four passes.
  if (ASCII_LOWER.test(lower)) return lower;
  return lower
    .replace(/[ßæœøłđðþı]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

const ASCII_LOWER = /^[a-z]*$/;

/** A spelling-independent form of a folded name part: equivalent digraphs merged, a silent h and doubled letters dropped. */
export function phoneticForm(folded: string): string {
  // Each rewrite is tried only where its letters occur: a name is a few letters, and six passes over it cost more
  // than the letters looked for. Skipping a rewrite that matches nothing leaves the result as it was.
  let s = folded;
  const h = s.includes('h');
  if (h && s.includes('ph')) s = s.replace(/ph/g, 'f');
  if (s.includes('ck')) s = s.replace(/ck/g, 'k');
  if (h && s.includes('sch')) s = s.replace(/tsch/g, 'ch').replace(/sch/g, 'sh');
  if (s.includes('qu')) s = s.replace(/qu/g, 'k');
  // An h after a consonant is silent, except where it makes sh, ch or zh.
  if (h) s = s.replace(/([^aeiouysczh])h/g, '$1');
  return undoubled(s);
}

// The text with each run of one character written once.
function undoubled(s: string): string {
  let i = 1;
  while (i < s.length && s.charCodeAt(i) !== s.charCodeAt(i - 1)) i++;
  // No two neighbours alike (most names): nothing to drop.
  if (i >= s.length) return s;
  let out = '';
  for (const c of s) if (c !== out[out.length - 1]) out += c;
  return out;
}

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const av = VOWELS.has(a);
  if (av && VOWELS.has(b)) return 0.3;
  if (SHARED.get(a)?.has(b)) return 0.4;
  return 1;
}

function indel(c: string): number {
  return VOWELS.has(c) ? 0.3 : (INDEL[c] ?? 1);
}

// The costs above by code unit, read by the distance in its inner loop (a comparison of two names fills a few dozen
// cells, and looking letters up in sets and records cost more than the rest of it): ASCII codes from the tables,
// any other unit costing a full edit, and nothing to substitute itself.
const ASCII = 128;
const INDEL_COST = new Float64Array(ASCII);
const SUBSTITUTION_COST = new Float64Array(ASCII * ASCII);
for (let c = 0; c < ASCII; c++) {
  INDEL_COST[c] = indel(String.fromCharCode(c));
  for (let d = 0; d < ASCII; d++) SUBSTITUTION_COST[c * ASCII + d] = substitution(String.fromCharCode(c), String.fromCharCode(d));
}

function indelCost(c: number): number {
  return c < ASCII ? INDEL_COST[c] : 1;
}

function substitutionCost(c: number, d: number): number {
  return c < ASCII && d < ASCII ? SUBSTITUTION_COST[c * ASCII + d] : c === d ? 0 : 1;
}

/** Whether two phonetic forms start alike: the same letter, related consonants, or two vowels. */
export function sameOnset(a: string, b: string): boolean {
  if (!a || !b) return false;
  return onsetsAlike(a.charCodeAt(0), b.charCodeAt(0));
}

/** Whether forms starting with code units `c` and `d` start alike (see `sameOnset`). */
export function onsetsAlike(c: number, d: number): boolean {
  return substitutionCost(c, d) < 1;
}

// The two rows of the distance's table, grown to the longest form met: names are short, and compared by the
// hundred thousand.
let rows = new Float64Array(64);

/**
 * Weighted edit distance between two phonetic forms divided by the longer length: 0 for the same
 * form, about 0.1–0.3 for transliterations of one name, 0.5 and more for different names. Infinity as soon as the
 * distance must exceed `most`: the cheapest cell of a row is never undercut by a later row.
 */
export function phoneticDistance(a: string, b: string, most = Infinity): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Float64Array(4 * width);
  let prev = 0;
  let row = width;
  rows[0] = 0;
  for (let j = 1; j <= b.length; j++) rows[j] = rows[j - 1] + indelCost(b.charCodeAt(j - 1));
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    const cIndel = indelCost(c);
    let cheapest = (rows[row] = rows[prev] + cIndel);
    for (let j = 1; j <= b.length; j++) {
      const d = b.charCodeAt(j - 1);
      const cell = Math.min(rows[prev + j] + cIndel, rows[row + j - 1] + indelCost(d), rows[prev + j - 1] + substitutionCost(c, d));
      rows[row + j] = cell;
      if (cell < cheapest) cheapest = cell;
    }
    if (cheapest / longer > most) return Infinity;
    const done = prev;
    prev = row;
    row = done;
  }
  return rows[prev + b.length] / longer;
}
