// Glossary terms in the editor: the entry under the cursor (for a hover with its note and translation) and the
// terms that complete what is being typed. Both read a window of the line around the cursor, never the document.
import { fromGlossary, sameLanguage, type Glossary, type GlossaryEntry } from '../terms/glossary';
import { compareCodeUnits, type TextRange } from '../text/offsets';

/** A glossary entry written at a place: its term, or its translation into the document's language. */
export interface TermHit {
  readonly entry: GlossaryEntry;
  readonly range: TextRange;
  readonly via: 'term' | 'translation';
}

/** A term to complete. */
export interface TermCompletion {
  readonly text: string;
  readonly entry: GlossaryEntry;
  readonly via: 'term' | 'translation';
}

// How far around the cursor a term is looked for; longer terms are not hovered.
const WINDOW = 200;
// Completions offered at most; the editor filters and ranks them, and is told when there are more.
const MAX_COMPLETIONS = 200;

/** A glossary spelling, folded for case, with what it spells. */
interface Spelled {
  readonly folded: string;
  readonly text: string;
  readonly entry: GlossaryEntry;
  readonly via: 'term' | 'translation';
}

// The glossary's spellings for a document language (terms always, translations into that language), sorted by
// their folded text, once per glossary and language.
function spellings(glossary: Glossary, lang: string): readonly Spelled[] {
  return fromGlossary(glossary, `speakers:spellings:${lang}`, () => {
    const out: Spelled[] = [];
    for (const entry of glossary.entries) {
      out.push({ folded: entry.term.toLowerCase(), text: entry.term, entry, via: 'term' });
      if (entry.translation && (!entry.translationLang || sameLanguage(entry.translationLang, lang)))
        out.push({ folded: entry.translation.toLowerCase(), text: entry.translation, entry, via: 'translation' });
    }
    return out.filter((s) => s.folded.trim() !== '').sort((a, b) => compareCodeUnits(a.folded, b.folded));
  });
}

/** The glossary entries written at `offset` in `text`, longest first. */
export function glossaryTermsAt(glossary: Glossary, lang: string, text: string, offset: number): TermHit[] {
  if (glossary.entries.length === 0) return [];
  const from = Math.max(lineStart(text, offset), offset - WINDOW);
  const to = Math.min(lineEnd(text, offset), offset + WINDOW);
  const window = folded(text.slice(from, to));
  const hits: TermHit[] = [];
  for (const s of spellings(glossary, lang)) {
    if (s.folded.length > window.length) continue;
    // Every place the spelling could cover the offset: it starts at most its length before it.
    for (
      let k = window.indexOf(s.folded, Math.max(0, offset - from - s.folded.length));
      k >= 0 && k <= offset - from;
      k = window.indexOf(s.folded, k + 1)
    ) {
      if (!wholeWord(window, k, s.folded.length)) continue;
      hits.push({ entry: s.entry, range: { start: from + k, end: from + k + s.folded.length }, via: s.via });
      break;
    }
  }
  return hits.sort((a, b) => b.range.end - b.range.start - (a.range.end - a.range.start));
}

// Whether a Latin-script (or any alphabetic) spelling stands as whole words; ideographs and syllables have no spaces.
function wholeWord(text: string, at: number, length: number): boolean {
  if (wordy(text[at]) && wordy(text[at - 1])) return false;
  return !(wordy(text[at + length - 1]) && wordy(text[at + length]));
}

// A letter or digit of a script that spaces its words.
function wordy(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(c);
}

// Text folded for case, unless folding would change its length (offsets into it must stay offsets into the text).
function folded(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** The glossary terms that complete what is typed before `offset`: the longest typed text some term starts with. */
export function termCompletions(
  glossary: Glossary,
  lang: string,
  text: string,
  offset: number,
): { range: TextRange; items: TermCompletion[]; incomplete: boolean } | undefined {
  if (glossary.entries.length === 0) return undefined;
  const sorted = spellings(glossary, lang);
  const start = Math.max(lineStart(text, offset), offset - WINDOW);
  const typed = folded(text.slice(start, offset));
  // From the longest typed text to the shortest, each starting a word (or anywhere among ideographs).
  for (let k = 0; k < typed.length; k++) {
    if (/\s/u.test(typed[k]) || (k > 0 && wordy(typed[k - 1]) && wordy(typed[k]))) continue;
    const prefix = typed.slice(k);
    let i = lowerBound(sorted, prefix);
    if (i >= sorted.length || !sorted[i].folded.startsWith(prefix)) continue;
    const items: TermCompletion[] = [];
    for (; i < sorted.length && sorted[i].folded.startsWith(prefix) && items.length < MAX_COMPLETIONS; i++) {
      const s = sorted[i];
      items.push({ text: s.text, entry: s.entry, via: s.via });
    }
    const incomplete = i < sorted.length && sorted[i].folded.startsWith(prefix);
    return { range: { start: start + k, end: offset }, items, incomplete };
  }
  return undefined;
}

// The first spelling not before `prefix`.
function lowerBound(sorted: readonly Spelled[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareCodeUnits(sorted[mid].folded, prefix) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The start of the line of `offset`, looked for at most WINDOW characters back (the window starts there anyway).
function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && offset - at < WINDOW && !isBreak(text.charCodeAt(at - 1))) at--;
  return at;
}

// The end of the line of `offset`, looked for at most WINDOW characters on.
function lineEnd(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && at - offset < WINDOW && !isBreak(text.charCodeAt(at))) at++;
  return at;
}

const isBreak = (c: number) => c === 10 || c === 13;
