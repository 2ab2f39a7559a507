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

/** Whether two phonetic forms start alike: the same letter, related consonants, or two vowels. */
export function sameOnset(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a[0] === b[0] || substitution(a[0], b[0]) < 1;
}

/**
 * Weighted edit distance between two phonetic forms divided by the longer length: 0 for the same
 * form, about 0.1–0.3 for transliterations of one name, 0.5 and more for different names.
 */
export function phoneticDistance(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  let prev = new Array<number>(b.length + 1);
  let row = new Array<number>(b.length + 1);
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1] + indel(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    row[0] = prev[0] + indel(a[i - 1]);
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + indel(a[i - 1]), row[j - 1] + indel(b[j - 1]), prev[j - 1] + substitution(a[i - 1], b[j - 1]));
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] / longer;
}
