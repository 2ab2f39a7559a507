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

/** The sound classes of a lower-case Latin word, repeats collapsed: "postgres" → "PVSTKRVS". */
export function soundSkeleton(word: string): string {
  let out = '';
  const folded = word.normalize('NFD').toLowerCase().replace(/ph/g, 'f').replace(/ck/g, 'k');
  for (const ch of folded) {
    const c = CLASSES[ch];
    if (c && c !== out[out.length - 1]) out += c;
  }
  return out;
}

/** 1 − edit distance / longer length of the two words' skeletons: 1 when they sound alike to a recogniser. */
export function soundSimilarity(a: string, b: string): number {
  return skeletonSimilarity(soundSkeleton(a), soundSkeleton(b));
}

/** `soundSimilarity` of two words given their skeletons. */
export function skeletonSimilarity(x: string, y: string): number {
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 0 : 1 - distance(x, y) / longer;
}
