// Finding known spellings of a name in running text, and writing a replacement so that it sits in
// the surrounding script the way the document already does it.
import type { TextRange } from '../text/offsets';
import { classSource, HAN, isCodePointIn, KANA, LATIN } from '../text/scripts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Exact occurrences of each spelling outside the `taken` ranges, found in one pass. At each place the
 * longest spelling wins, so a name is never also counted as a shorter name it contains (施密 inside
 * 施密特); a spelling that begins or ends with a Latin letter must stand as a whole word there.
 */
export function findMentions(text: string, spellings: readonly string[], taken: readonly TextRange[]): Map<string, TextRange[]> {
  const found = new Map<string, TextRange[]>();
  const unique = [...new Set(spellings)].filter((x) => x.length > 0).sort((a, b) => b.length - a.length);
  if (unique.length === 0) return found;
  for (const s of unique) found.set(s, []);
  const sorted = isSorted(taken) ? taken : [...taken].sort((a, b) => a.start - b.start);
  // Joined in a loop, not by `map(…).join`: V8's optimised `map` makes a holey array where the unoptimised one is
  // packed, and the `join` after it was thrown away the first time this function ran optimised.
  let alternatives = '';
  for (const s of unique) alternatives += (alternatives ? '|' : '') + s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const any = new RegExp(alternatives, 'gu');
  let next = 0;
  for (const m of text.matchAll(any)) {
    const s = m[0];
    const range = { start: m.index!, end: m.index! + s.length };
    if (isLatinEdge(s[0]) && WORD_CHAR.test(text[range.start - 1] ?? '')) continue;
    if (isLatinEdge(s[s.length - 1]) && WORD_CHAR.test(text[range.end] ?? '')) continue;
    // Matches come in text order, so the taken ranges are walked once alongside them.
    while (next < sorted.length && sorted[next].end <= range.start) next++;
    if (next < sorted.length && sorted[next].start < range.end) continue;
    found.get(s)!.push(range);
  }
  return found;
}

// Whether ranges are in order of their starts (a caller's names usually are: copying and sorting them for each
// search cost more than the search).
function isSorted(ranges: readonly TextRange[]): boolean {
  for (let i = 1; i < ranges.length; i++) if (ranges[i].start < ranges[i - 1].start) return false;
  return true;
}

function isLatinEdge(ch: string): boolean {
  return isCodePointIn(ch.codePointAt(0)!, LATIN);
}

// Letters of these scripts are written without spaces between words, so a Latin word among them may take spaces.
function isUnspaced(ch: string | undefined): boolean {
  return !!ch && isCodePointIn(ch.codePointAt(0)!, HAN | KANA);
}

// A few thousand joins show a document's habit; scanning more would only cost time.
const SAMPLE = 20_000;
const UNSPACED = `[${classSource(HAN | KANA, true)}]`;
const LETTER = `[${classSource(LATIN)}]`;
const JOIN = new RegExp(`${UNSPACED}( ?)${LETTER}|${LETTER}( ?)${UNSPACED}`, 'gu');

/** Whether the document sets Latin words off from Han or Kana with a space ("用 Python 写") more often than not ("用Python写"). */
export function spacesLatinInCjk(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let spaced = 0;
  let tight = 0;
  for (const m of sample.matchAll(JOIN)) {
    if ((m[1] ?? m[2]) === ' ') spaced++;
    else tight++;
  }
  return spaced > tight;
}

/**
 * `replacement` for `text[range]`, with spaces added where a Latin name meets Han or Kana and the
 * document spaces such joins; `spaced` is asked only when such a join arises.
 */
export function fitReplacement(text: string, range: TextRange, replacement: string, spaced: () => boolean): string {
  if (replacement === '') return replacement;
  const before = isLatinEdge(replacement[0]) && isUnspaced(text[range.start - 1]);
  const after = isLatinEdge(replacement[replacement.length - 1]) && isUnspaced(text[range.end]);
  if ((!before && !after) || !spaced()) return replacement;
  return (before ? ' ' : '') + replacement + (after ? ' ' : '');
}
