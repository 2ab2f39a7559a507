// Words of everyday spoken English (commonEnglish.json, generated from SUBTLEX-US by scripts/commonEnglish.ts): a
// recogniser writes such a word because it heard it, so a common word is no misheard name ("console" beside the
// product Consul, "rusty" beside Rust). Names said as often ("Kafka", "Loki") are listed apart: a name written in
// lower case is still that name.
import table from './commonEnglish.json';

/** Whether `word` (any case) is a word or a name of everyday spoken English. */
export function isCommonEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  return listed(table.words, w) || listed(table.names, w);
}

/** Whether `word` (any case) is a word of everyday spoken English mostly written in lower case: "the consul", "an envoy". */
export function isCommonLowerCaseWord(word: string): boolean {
  return listed(table.words, word.toLowerCase());
}

// Whether `w` is one of `words`, sorted and one space apart: searched in place, so a short-lived CLI run that asks a
// few words builds no set of 27,000.
function listed(words: string, w: string): boolean {
  let lo = 0;
  let hi = words.length;
  // Invariant: the word, if listed, starts at a word start in [lo, hi).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = words.lastIndexOf(' ', mid - 1) + 1;
    const space = words.indexOf(' ', start);
    const end = space < 0 ? words.length : space;
    const at = words.slice(start, end);
    if (at === w) return true;
    if (at < w) lo = end + 1;
    else hi = start;
  }
  return false;
}
