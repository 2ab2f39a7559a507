// Words of everyday spoken English (commonEnglish.json, generated from SUBTLEX-US by scripts/commonEnglish.ts): a
// recogniser writes such a word because it heard it, so a common word is no misheard name ("console" beside the
// product Consul, "rusty" beside Rust).
import table from './commonEnglish.json';

// Sorted words, one space apart: searched in place, so a short-lived CLI run that asks a few words builds no set of 27,000.
const WORDS = table.words;

/** Whether `word` (any case) is a word of everyday spoken English. */
export function isCommonEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  let lo = 0;
  let hi = WORDS.length;
  // Invariant: the word, if listed, starts at a word start in [lo, hi).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = WORDS.lastIndexOf(' ', mid - 1) + 1;
    const space = WORDS.indexOf(' ', start);
    const end = space < 0 ? WORDS.length : space;
    const at = WORDS.slice(start, end);
    if (at === w) return true;
    if (at < w) lo = end + 1;
    else hi = start;
  }
  return false;
}
