/** A span of the text that approximately equals a pattern. */
export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  /** Edit distance (insertions, deletions, substitutions of code units) between the span and the pattern. */
  readonly errors: number;
}

/**
 * Cells of the edit-distance table one search may fill. It bounds time and memory whatever the text: a long
 * pattern is searched for in a narrower window around where it is expected.
 */
export const FUZZY_BUDGET = 2_000_000;

/**
 * The span near `near` that is closest to `pattern` in edit distance, if it has at most `maxErrors` errors.
 * Only a window of the text around `near` is searched (see FUZZY_BUDGET); ties go to the span nearest `near`.
 */
export function fuzzyFind(text: string, pattern: string, near: number, maxErrors: number, budget = FUZZY_BUDGET): FuzzyMatch | undefined {
  const m = pattern.length;
  if (m === 0 || maxErrors < 0) return undefined;
  const windowLength = Math.min(text.length, Math.floor(budget / m));
  if (windowLength < m - maxErrors) return undefined;
  const from = Math.max(0, Math.min(near - Math.floor((windowLength - m) / 2), text.length - windowLength));
  const end = bestEnd(text, pattern, from, from + windowLength, near + m);
  if (!end || end.errors > maxErrors) return undefined;
  const start = bestStart(text, pattern, Math.max(from, end.at - m - maxErrors), end.at);
  return { start, end: end.at, errors: end.errors };
}

// Sellers' algorithm: the end offset in from..to where the pattern matches with fewest errors (a match may start anywhere).
function bestEnd(text: string, pattern: string, from: number, to: number, expectedEnd: number): { at: number; errors: number } | undefined {
  const m = pattern.length;
  let prev = new Int32Array(m + 1).map((_, j) => j);
  let cur = new Int32Array(m + 1);
  let best: { at: number; errors: number } | undefined;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    cur[0] = 0;
    for (let j = 1; j <= m; j++) {
      const substitute = prev[j - 1] + (pattern.charCodeAt(j - 1) === c ? 0 : 1);
      cur[j] = Math.min(substitute, prev[j] + 1, cur[j - 1] + 1);
    }
    const errors = cur[m];
    if (!best || errors < best.errors || (errors === best.errors && Math.abs(i + 1 - expectedEnd) < Math.abs(best.at - expectedEnd)))
      best = { at: i + 1, errors };
    [prev, cur] = [cur, prev];
  }
  return best;
}

// The start offset in lo..end whose span to `end` is closest to the pattern (the table runs backwards from `end`).
function bestStart(text: string, pattern: string, lo: number, end: number): number {
  const m = pattern.length;
  let prev = new Int32Array(m + 1).map((_, j) => j);
  let cur = new Int32Array(m + 1);
  let best = { length: 0, errors: prev[m] };
  for (let i = 1; i <= end - lo; i++) {
    const c = text.charCodeAt(end - i);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const substitute = prev[j - 1] + (pattern.charCodeAt(m - j) === c ? 0 : 1);
      cur[j] = Math.min(substitute, prev[j] + 1, cur[j - 1] + 1);
    }
    if (cur[m] < best.errors || (cur[m] === best.errors && Math.abs(i - m) < Math.abs(best.length - m)))
      best = { length: i, errors: cur[m] };
    [prev, cur] = [cur, prev];
  }
  return end - best.length;
}
