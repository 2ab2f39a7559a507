// The document's language: one answer, decided here from the letters of the text, that the parser stores as
// `Transcript.language` and the status bar, the CLI and every check read.
import { FUNCTION_WORD_LANGUAGES, functionWordLanguages } from './functionWords';
import { languageOfScript } from './languages';
import { CJK_LETTER_WEIGHT, fillUnits, SCRIPT_CLASSES, type Script } from '../text/scripts';

export { isCjk, scriptOf, type Script } from '../text/scripts';
export { languageName } from './languages';

/** A document-level language guess from its letters. */
export interface LanguageGuess {
  /** BCP 47 tag: `zh`, `ko`, `ja`, `en`, `de`, `fr`, `es`, `it`, `pt`, `nl`, `ru`, `el`, `ar`, or `und`. */
  readonly tag: string;
  readonly script: Script | 'None';
  /** Share of letters in the dominant script (Han and kana together for Japanese), 0..1. */
  readonly confidence: number;
}

/** The scripts `countScripts` tallies, by index; index 0 counts everything else. */
export const COUNTED_SCRIPTS: readonly Script[] = ['Other', 'Latin', 'Han', 'Kana', 'Hangul', 'Cyrillic', 'Greek', 'Arabic'];
const LATIN = 1;
const HAN = 2;
const KANA = 3;
const HANGUL = 4;
const ALPHABETS = [LATIN, 5, 6, 7];

// The index of each code unit's script, filled from the script ranges on first use (not at activation).
let scriptIndex: Uint8Array | undefined;

function buildScriptIndex(): Uint8Array {
  const index = new Uint8Array(0x10000);
  COUNTED_SCRIPTS.forEach((s, i) => {
    if (s !== 'Other') fillUnits(index, SCRIPT_CLASSES[s], i);
  });
  return (scriptIndex = index);
}

/**
 * Letters of `text[from, to)` by script, indexed as `COUNTED_SCRIPTS`, in one pass over code units (an astral
 * ideograph counts once, by its high surrogate).
 */
export function countScripts(text: string, from: number, to: number): Int32Array {
  const n = new Int32Array(COUNTED_SCRIPTS.length);
  const index = scriptIndex ?? buildScriptIndex();
  for (let i = from; i < to; i++) n[index[text.charCodeAt(i)]]++;
  return n;
}

// Letters sampled for the guess; enough for a stable answer, bounded for huge files (the parser calls this on
// every edit).
const SAMPLE = 64_000;
// Function words settle a Latin-script language within a few pages.
const LATIN_SAMPLE = 20_000;
// Japanese mixes kana into Han; a few percent of kana among the ideographs decides it.
const JAPANESE_KANA = 0.05;

/**
 * The language a text is written in: the one function that decides it. CJK letters weigh `CJK_LETTER_WEIGHT`
 * Latin letters each against the alphabets (a Chinese translation of an English talk quotes names and terms in
 * nearly every sentence and can hold more Latin letters than ideographs, yet it is Chinese); among CJK scripts Hangul makes Korean and a share of kana Japanese; a
 * Latin-script text is told by its function words.
 */
export function guessLanguage(text: string): LanguageGuess {
  const n = countScripts(text, 0, Math.min(text.length, SAMPLE));
  n[0] = 0;
  const letters = n.reduce((a, b) => a + b, 0);
  if (letters === 0) return { tag: 'und', script: 'None', confidence: 0 };
  const cjk = n[HAN] + n[KANA] + n[HANGUL];
  const alphabet = ALPHABETS.reduce((best, i) => (n[i] > n[best] ? i : best), LATIN);
  const share = (count: number) => Math.min(1, count / letters);
  if (cjk * CJK_LETTER_WEIGHT > n[alphabet]) {
    if (n[HANGUL] > n[HAN] && n[HANGUL] > n[KANA]) return { tag: 'ko', script: 'Hangul', confidence: share(n[HANGUL]) };
    if (n[KANA] > (n[HAN] + n[KANA]) * JAPANESE_KANA) return { tag: 'ja', script: 'Kana', confidence: share(n[HAN] + n[KANA]) };
    return { tag: 'zh', script: 'Han', confidence: share(n[HAN]) };
  }
  const script = COUNTED_SCRIPTS[alphabet];
  const tag = script === 'Latin' ? guessLatin(text.slice(0, LATIN_SAMPLE)) : languageOfScript(script);
  return { tag, script, confidence: share(n[alphabet]) };
}

const WORD = /[a-zà-öø-ÿ]+(?:['’][a-zà-öø-ÿ]+)?/gi;

// Picks the Latin-script language whose function words are most frequent (`und` when none occurs).
function guessLatin(text: string): string {
  const counts = new Int32Array(FUNCTION_WORD_LANGUAGES.length);
  for (const [w] of text.matchAll(WORD)) {
    const bits = functionWordLanguages(w.toLowerCase().replace('’', "'"));
    for (let i = 0; bits >> i; i++) if ((bits >> i) & 1) counts[i]++;
  }
  let best = -1;
  counts.forEach((c, i) => {
    if (c > 0 && (best < 0 || c > counts[best])) best = i;
  });
  return best < 0 ? 'und' : FUNCTION_WORD_LANGUAGES[best];
}
