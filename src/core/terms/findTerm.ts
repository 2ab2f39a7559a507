/**
 * Where a term is written in `text`, case-insensitively; a Latin-script term only at the start of a word (a
 * German compound or an inflection may extend it), a term in ideographs anywhere. −1 when it is not.
 */
export function findTerm(text: string, term: string): number {
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  if (!needle) return -1;
  const latin = /\p{Script=Latin}/u.test(needle);
  for (let k = lower.indexOf(needle); k >= 0; k = lower.indexOf(needle, k + 1)) {
    if (!latin || !/[\p{L}\p{N}]/u.test(lower[k - 1] ?? ' ')) return k;
  }
  return -1;
}
