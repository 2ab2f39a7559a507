import { distance } from 'fastest-levenshtein';

// A speech recogniser swaps sounds made alike (v/f/p/b, d/t, k/g), blurs vowels and drops h and w:
// the skeleton keeps one symbol per class so that "Clown" and "Cloud" come out close.
const CLASSES: Record<string, string> = {
  a: 'V',
  e: 'V',
  i: 'V',
  o: 'V',
  u: 'V',
  y: 'V',
  b: 'P',
  f: 'P',
  p: 'P',
  v: 'P',
  c: 'K',
  g: 'K',
  j: 'K',
  k: 'K',
  q: 'K',
  x: 'K',
  d: 'T',
  t: 'T',
  m: 'N',
  n: 'N',
  s: 'S',
  z: 'S',
  l: 'L',
  r: 'R',
};

// The class of each ASCII code, either case; 0 for none.
const ASCII = new Uint8Array(128);
for (const [ch, c] of Object.entries(CLASSES)) ASCII[ch.charCodeAt(0)] = ASCII[ch.toUpperCase().charCodeAt(0)] = c.charCodeAt(0);

/** The sound classes of a lower-case Latin word, repeats collapsed: "postgres" → "PVSTKRVS". */
export function soundSkeleton(word: string): string {
  // ASCII needs no normalising, and "ph" and "ck" come out as "f" and "k" would (p and f, c and k share a class;
  // h has none, and a repeat collapses): read by code, with no string made per letter.
  let out = '';
  let last = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return accented(word);
    const c = ASCII[code];
    if (c && c !== last) {
      out += String.fromCharCode(c);
      last = c;
    }
  }
  return out;
}

function accented(word: string): string {
  let out = '';
  const folded = word.normalize('NFD').toLowerCase().replace(/ph/g, 'f').replace(/ck/g, 'k');
  for (const ch of folded) {
    const c = CLASSES[ch];
    if (c && c !== out[out.length - 1]) out += c;
  }
  return out;
}

/** 1 − edit distance / longer length of two words' skeletons (`soundSkeleton`): 1 when they sound alike to a recogniser. */
export function skeletonSimilarity(x: string, y: string): number {
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 0 : 1 - distance(x, y) / longer;
}
