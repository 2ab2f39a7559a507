import { isCommonLowerCaseWord } from '../../language/commonEnglish';
import { CAPITAL, INITIAL, JOINED, type LatinWords } from '../../terms/latinWords';
import type { TermIndex } from '../../terms/termIndex';
import type { TextRange } from '../../text/offsets';
import { firstUses, pushCandidates, type NearMissTerms, type Term } from './nearMissTerms';
import type { Proposals } from './nearMissProposals';

/**
 * Glossary names of several words written with other capitals where a word of theirs is in lower case ("Jetpack
 * compose", "kotlin multiplatform", "Delta lake"): recognisers lower-case the common words of a name, and the term
 * index counts a phrase only between capitalised words. Said in everyday English the same words are no name ("epic
 * games", "Release notes" opening a sentence): the phrase must carry a sign of the name, a word no everyday English
 * word (jetpack, kotlin) or a capital the sentence does not explain. Returns where the glossary's phrases are written
 * exactly as listed: no word of them is a slip for another term ("Braonáin" of "Ó Braonáin" beside "Braonán").
 */
export function lowerCasedNames(text: string, index: TermIndex, terms: NearMissTerms, out: Proposals): TextRange[] {
  const exact: TextRange[] = [];
  const { byFirst } = terms.listed.byFirstAndLast();
  if (!byFirst.size) return exact;
  const words = index.words;
  const { keys, id } = words;
  const found = new Map<Term, Map<string, TextRange[]>>();
  // The terms each distinct word opens, looked up once per word key rather than once per word of the text.
  const opens = keys.map((k) => byFirst.get(k));
  for (let w = 0; w < words.length; w++) {
    const candidates = opens[id[w]];
    if (!candidates) continue;
    for (const t of candidates) {
      const last = w + t.words.length - 1;
      if (last >= words.length || !sameWords(words, w, t.words)) continue;
      const range = { start: words.start[w], end: words.end[last] };
      const surface = text.slice(range.start, range.end);
      if (surface === t.spelling) exact.push(range);
      // A glossary phrase in lower case is common words: capitals on it are style ("Infrastructure as Code").
      if (surface === t.spelling || t.spelling === t.spelling.toLowerCase() || !caseOnly(surface, t.spelling)) continue;
      if (!nameLike(words, w, last, surface, (key) => terms.isGlossary(key))) continue;
      let bySurface = found.get(t);
      if (!bySurface) found.set(t, (bySurface = new Map()));
      const list = bySurface.get(surface);
      if (list) list.push(range);
      else bySurface.set(surface, [range]);
    }
  }
  if (!found.size) return exact;
  const firstUse = firstUses(text);
  for (const [t, bySurface] of found) {
    const term = terms.asUsed(t);
    for (const [surface, all] of bySurface) pushCandidates(out, all, () => surface, 'case', term, firstUse(term), 0);
  }
  return exact;
}

// Whether the words from `w` on have the keys of the term's words, each after the one before with spaces only.
function sameWords(words: LatinWords, w: number, termWords: readonly string[]): boolean {
  for (let k = 0; k < termWords.length; k++) {
    if (words.keys[words.id[w + k]] !== termWords[k]) return false;
    if (k > 0 && !(words.flags[w + k] & JOINED)) return false;
  }
  return true;
}

// The same words, one space apart, with other capitals; not the whole phrase in capitals (a heading's style).
function caseOnly(surface: string, spelling: string): boolean {
  const a = surface.split(/\s+/);
  const b = spelling.split(/\s+/);
  if (a.length !== b.length || a.some((x, i) => x.toLowerCase() !== b[i].toLowerCase())) return false;
  return surface !== surface.toUpperCase() && a.some((x) => x === x.toLowerCase());
}

// A word no everyday English word, or a capital that does not open a sentence; neither counts on a word the glossary
// lists alone, whose own name it is ("their internal DevOps days" need not be the event DevOps Days).
function nameLike(words: LatinWords, from: number, to: number, surface: string, listed: (key: string) => boolean): boolean {
  const written = surface.split(/\s+/);
  for (let w = from; w <= to; w++) {
    if (listed(words.keys[words.id[w]])) continue;
    if (!isCommonLowerCaseWord(written[w - from])) return true;
    const flags = words.flags[w];
    if (flags & CAPITAL && !(w === from && flags & INITIAL)) return true;
  }
  return false;
}
