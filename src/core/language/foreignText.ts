// Decides whether a span of a Latin-script document is in another Latin-script language: a cheap
// function-word test picks candidates, statistical identification (languageId) confirms them.
import { FUNCTION_WORD_LANGUAGES, isFunctionWord } from './functionWords';
import { foreignLanguageOf } from './languageId';
import { scanMarkers } from './markerScan';

/** The languages a Latin-script span is compared against: those with function-word tables. */
export const LATIN_CANDIDATES: readonly string[] = FUNCTION_WORD_LANGUAGES;

/**
 * How far (in eld's 0..1 scores) the best foreign language must beat the document's own before a span
 * is called foreign; chosen with scripts/lidBench.ts (docs/lid.md).
 */
export const LID_MARGIN = 0.05;

/** What the function words of a span say: its word count and how many are markers of another language. */
export interface LatinEvidence {
  readonly words: number;
  readonly markers: number;
  /** The language with the most markers, if any. */
  readonly lang?: string;
}

/** Counts the words of `text` and those in it that are markers of a language other than `home`. */
export function latinEvidence(text: string, home: string): LatinEvidence {
  const scan = scanMarkers(text, 0, text.length, home);
  let lang: string | undefined;
  for (const [l, n] of scan.langs) if (!lang || n > scan.langs.get(lang)!) lang = l;
  return lang ? { words: scan.words, markers: scan.hits.length, lang } : { words: scan.words, markers: scan.hits.length };
}

/**
 * Whether a span's function words make it worth identifying: two foreign markers (function words or,
 * in English, accented words), at least one a function word; or one in a span of at most three words
 * ("Merci beaucoup."), which is how short foreign replies look.
 */
export function isForeignCandidate(e: LatinEvidence): boolean {
  // Accented words alone make loan phrases ("pièce de résistance"), not a change of language.
  if (e.words < 2 || e.lang === undefined) return false;
  return e.markers >= 2 || (e.markers === 1 && e.words <= 3);
}

/**
 * The Latin-script language `text` is written in when it is a candidate by its function words and the
 * identifier puts another language at least `margin` ahead of `home`; otherwise `undefined`.
 */
export function foreignLatinLanguage(text: string, home: string, margin = LID_MARGIN): string | undefined {
  if (!readsAsWords(text) || !isForeignCandidate(latinEvidence(text, home))) return undefined;
  return foreignLanguageOf(text, home, LATIN_CANDIDATES, margin);
}

/**
 * Whether most of a span's space-separated tokens are words: letters, with apostrophes or hyphens inside and
 * punctuation around. A sentence in any language passes; line noise, identifiers and random characters do not,
 * although they hold short function words by chance ("de", "la" in "x(de7;la") and would otherwise each cost a
 * run of the identifier, the most expensive step of the check, for nothing.
 */
export function readsAsWords(text: string): boolean {
  let tokens = 0;
  let words = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    tokens++;
    if (WORD_TOKEN.test(token)) words++;
  }
  return 2 * words > tokens;
}

const WORD_TOKEN = /^[\p{Ps}\p{Pi}"'*_¿¡-]*\p{L}[\p{L}\p{M}]*(?:['’.-]\p{L}[\p{L}\p{M}]*)*[\p{Pe}\p{Pf}\p{Po}"'*_-]*$/u;

/** A span of a Latin-script document written in another Latin-script language. */
export interface ForeignSpan {
  /** Offsets into the scanned string. */
  readonly start: number;
  readonly end: number;
  readonly lang: string;
}

const SENTENCE_END = '.!?…';
const CLAUSE_BREAK = /[,;:()"“”«»—–]+/g;

// The sentence around offset `at`: from the previous sentence end or line break to the next one.
function sentenceAround(s: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && s[a - 1] !== '\n' && !(SENTENCE_END.includes(s[a - 1]) && /\s/.test(s[a] ?? ' '))) a--;
  let b = at;
  while (b < s.length && s[b] !== '\n' && !(SENTENCE_END.includes(s[b]) && /\s/.test(s[b + 1] ?? ' '))) b++;
  if (b < s.length && s[b] !== '\n') b++;
  return trim(s, a, b);
}

function trim(s: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:—–-]/.test(s[a])) a++;
  while (b > a && /[\s,;:—–-]/.test(s[b - 1])) b--;
  return [a, b];
}

function clausesOf(s: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  for (const m of s.slice(a, b).matchAll(CLAUSE_BREAK)) {
    out.push(trim(s, from, a + m.index!));
    from = a + m.index! + m[0].length;
  }
  out.push(trim(s, from, b));
  return out.filter(([x, y]) => y > x);
}

/**
 * The sentences of `s` (a block of a `home`-language document, non-prose masked) that are in another
 * Latin-script language, or, when only part of a sentence is, its foreign clauses. Adjacent spans of one
 * language merge, so an untranslated paragraph is one span. Only sentences holding a foreign marker are
 * examined, which keeps the identifier off ordinary text.
 */
export function foreignLatinSpans(s: string, home: string): ForeignSpan[] {
  const { hits } = scanMarkers(s, 0, s.length, home);
  const found: ForeignSpan[] = [];
  let done = -1;
  for (const hit of hits) {
    if (hit < done) continue;
    const [a, b] = sentenceAround(s, hit);
    done = b;
    if (readsAsWords(s.slice(a, b))) for (const f of foreignInSentence(s, a, b, home)) found.push(f);
  }
  const merged: ForeignSpan[] = [];
  for (const f of found) {
    const prev = merged[merged.length - 1];
    if (prev && prev.lang === f.lang && /^[\s\p{P}]*$/u.test(s.slice(prev.end, f.start)))
      merged[merged.length - 1] = { ...prev, end: f.end };
    else merged.push(f);
  }
  return merged;
}

// The whole sentence when it is foreign and none of its clauses reads as the home language; else its
// foreign clauses, or the foreign tail or head of a mixed clause ("and he said je ne sais pas").
function foreignInSentence(s: string, a: number, b: number, home: string): ForeignSpan[] {
  const sentenceLang = foreignLatinLanguage(s.slice(a, b), home);
  const out: ForeignSpan[] = [];
  let homeClause = false;
  for (const [x, y] of clausesOf(s, a, b)) {
    const clause = s.slice(x, y);
    const lang = foreignLatinLanguage(clause, home);
    if (lang) {
      out.push({ start: x, end: y, lang });
      continue;
    }
    if (homeWords(clause, home) > 0) homeClause = true;
    const { hits } = scanMarkers(s, x, y, home);
    if (hits.length < 2) continue;
    const lastEnd = s.slice(hits[hits.length - 1], y).search(/[^\p{L}'’]/u);
    const tail = lastEnd < 0 ? y : hits[hits.length - 1] + lastEnd;
    const spans: [number, number][] = [
      [hits[0], y],
      [x, tail],
      [hits[0], tail],
    ];
    for (const [p, q] of spans) {
      const partLang = foreignLatinLanguage(s.slice(p, q), home);
      if (partLang) {
        out.push({ start: p, end: q, lang: partLang });
        break;
      }
    }
  }
  if (sentenceLang && !homeClause) return [{ start: a, end: b, lang: sentenceLang }];
  return out;
}

function homeWords(text: string, home: string): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}[\p{L}'’]*/gu)) if (isFunctionWord(m[0].toLowerCase(), home)) n++;
  return n;
}
