import { distance } from 'fastest-levenshtein';
import { scriptOf, type Script } from './language';
import type { TextRange } from './text';

/** A run of letters or digits in one script, with its offsets. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly script: Script | 'Digit';
}

// Latin words keep inner apostrophes and hyphens ("don't", "Jean-Pierre"); other scripts split at script changes.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** Splits `text[range]` into tokens of one script each (a Latin word, a Han run, a Hangul word…). */
export function tokenize(text: string, range: TextRange = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(TOKEN)) {
    const word = m[0];
    const base = range.start + m.index!;
    let runStart = 0;
    let runScript: Script | 'Digit' | undefined;
    for (let i = 0; i < word.length; ) {
      const cp = word.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const s: Script | 'Digit' | undefined = cp >= 48 && cp <= 57 ? 'Digit' : scriptOf(cp) === 'Other' ? runScript : scriptOf(cp);
      if (runScript !== undefined && s !== runScript && !(runScript === 'Latin' && s === 'Digit') && !(runScript === 'Digit' && s === 'Latin')) {
        out.push({ text: word.slice(runStart, i), start: base + runStart, end: base + i, script: runScript });
        runStart = i;
      }
      if (runScript === undefined || s !== runScript) runScript = runScript === 'Latin' && s === 'Digit' ? 'Latin' : s;
      i += width;
    }
    out.push({ text: word.slice(runStart), start: base + runStart, end: base + word.length, script: runScript ?? 'Other' });
  }
  return out;
}

/** Levenshtein distance in UTF-16 units. */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

/** 1 − distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Whether a character is a CJK ideograph, kana or Hangul (full-width punctuation rules apply next to it). */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const s = scriptOf(ch.codePointAt(0)!);
  return s === 'Han' || s === 'Hangul' || s === 'Kana';
}
