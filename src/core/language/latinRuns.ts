// Latin-script clauses left inside text of another script — an English sentence in a Chinese or Korean
// translation — told apart from the names, product names, acronyms and terms such text always carries.
import { FUNCTION_WORD_LANGUAGES, functionWordLanguages } from './functionWords';
import { isBracketed } from '../document/proseMask';
import { classSource, LATIN } from '../text/scripts';

/** A Latin-script run that reads as a clause of natural language. */
export interface LatinClause {
  /** Offsets into the string that was scanned. */
  readonly start: number;
  readonly end: number;
  /** The language its function words point to, or `und` when they do not decide. */
  readonly hint: string;
}

const L = classSource(LATIN);
const WORD = String.raw`[${L}][${L}0-9'’\-]*`;
// Words joined by spaces and Latin punctuation; a CJK character or full-width punctuation ends the run.
const RUN = new RegExp(String.raw`${WORD}(?:[ \t,.;:!?"“”‘’'/&+%()*=#\-]+(?:${WORD}|[0-9]+))*[.!?]?`, 'g');
const WORDS = new RegExp(WORD, 'g');
// What may come before a sentence's first word: nothing, a line start, an end of sentence, an opening quote.
const SENTENCE_LEAD = /(?:^|[\n。！？!?.：:“"「『])\s*$/u;

/** Minimum words, lower-case words and share of lower-case words for a run to read as a clause. */
const MIN_WORDS = 4;
const MIN_LOWER = 3;
const MIN_LOWER_SHARE = 0.5;
const SAMPLE = 160;
// A clause is a run with at least `MIN_WORDS - 1` spaces: a letter, then that many spaces with nothing but
// run characters between them. One test rules out the many blocks (CJK text with a few Latin terms) that
// have no such stretch, before every run of them is matched.
const RUN_CHAR = String.raw`${L}0-9'’\-\t,.;:!?"“”‘/&+%()*=#`;
const SPACED = new RegExp(String.raw`[${L}](?:[${RUN_CHAR}]* ){${MIN_WORDS - 1}}`);
const OPTION = /(?:^|\s)--?[A-Za-z]/;

/**
 * The Latin runs of `s` that read as clauses: at least four words, mostly lower-case, with a function
 * word (two below six words); not command lines; not bracketed (a gloss, a title); not made of `exempt` terms (glossary entries, lower-cased);
 * shorter than `maxLength`.
 */
export function latinClauses(s: string, exempt: ReadonlySet<string> = new Set(), maxLength = Infinity): LatinClause[] {
  const out: LatinClause[] = [];
  if (!/[A-Za-z]/.test(s) || !SPACED.test(s)) return out;
  for (const m of s.matchAll(RUN)) {
    const start = m.index!;
    const run = m[0];
    if (run.length >= maxLength || !hasSpaces(run, MIN_WORDS - 1)) continue;
    // The head of a long run tells as much as all of it, and bounds the work on untranslated paragraphs.
    const words = (run.length > SAMPLE ? run.slice(0, SAMPLE) : run).match(WORDS) ?? [];
    if (words.length < MIN_WORDS || isBracketed(s, start, start + run.length)) continue;
    if (
      exempt.size > 0 &&
      exempt.has(
        run
          .replace(/[.!?]$/, '')
          .trim()
          .toLowerCase(),
      )
    )
      continue;
    // A command line (`git commit -m fix the build`) is code even outside backticks.
    if (OPTION.test(run)) continue;
    const atSentenceStart = SENTENCE_LEAD.test(s.slice(Math.max(0, start - 8), start));
    let lower = 0;
    const found: number[] = [];
    words.forEach((w, i) => {
      const first = w[0];
      // A capital inside a clause marks a name, a product or an acronym; a sentence's first word is exempt.
      if (first !== first.toLowerCase() && !(i === 0 && atSentenceStart)) return;
      lower++;
      const langs = functionWordLanguages(w.includes('’') ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase());
      if (langs !== 0) found.push(langs);
    });
    // A short run needs two function words to be a clause rather than a term ("IP address and port range").
    if (lower < MIN_LOWER || lower < words.length * MIN_LOWER_SHARE || found.length < (words.length < 6 ? 2 : 1)) continue;
    out.push({ start, end: start + run.length, hint: hintOf(found) });
  }
  return out;
}

// A language whose function words are at least two and twice any other's decides without identification.
function hintOf(found: number[]): string {
  let best = 'und';
  let top = 0;
  let second = 0;
  FUNCTION_WORD_LANGUAGES.forEach((lang, bit) => {
    const n = found.filter((langs) => langs & (1 << bit)).length;
    if (n > top) [best, top, second] = [lang, n, top];
    else if (n > second) second = n;
  });
  return top >= 2 && top >= second * 2 ? best : 'und';
}

// Whether `run` has at least `n` spaces: a cheap bound on its word count before splitting it.
function hasSpaces(run: string, n: number): boolean {
  for (let i = run.indexOf(' '); i >= 0 && n > 0; i = run.indexOf(' ', i + 1)) n--;
  return n === 0;
}
