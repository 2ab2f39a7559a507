// A translation's sentence left as it was: equal to its original, or still in the original's language. Short
// sentences are left alone (a name, "OK", a product's name kept on purpose), as are documents in one language.
import type { PairCheck, PairContext } from '../engine/types';
import { foreignLatinLanguage } from '../language/foreignText';
import { isFunctionWord } from '../language/functionWords';
import { languageName, scriptOf } from '../language/language';
import { counterpart } from './shared/alignedPairs';

// A Latin sentence needs this many words, one of them lower-case, to be language rather than a name or a title.
const MIN_WORDS = 3;
// Ideographs, kana or Hangul syllables: as many as make a short sentence.
const MIN_CJK = 4;
// The share of a sentence's letters in the original's script that makes it the original's language.
const MIN_SHARE = 0.7;
// A Latin sentence in a CJK translation is the original's language when it has this many of its function words
// (so that product names and code, also Latin, are not).
const MIN_FUNCTION_WORDS = 2;

/** A sentence of the translation still in the original's language, or equal to the original. */
export const untranslated: PairCheck = {
  id: 'untranslated',
  description: "A sentence of the translation left in the original's language, or identical to its original.",
  defaultLevel: 'warning',
  fixable: false,
  tags: ['translation'],
  scope: 'pair',
  run(ctx, report) {
    const from = ctx.source.transcript.language;
    const into = ctx.target.transcript.language;
    if (from.tag === into.tag || from.tag === 'und' || into.tag === 'und') return;
    const inOriginal = originalLanguageTest(ctx);
    const otherScript = from.script === 'Latin' && into.script !== 'Latin' && into.script !== 'None';
    for (const pair of ctx.pairs) {
      const sources = new Set(pair.source.map((i) => fold(ctx.source.segments[i].text)));
      const whole = fold(pair.source.map((i) => ctx.source.segments[i].text).join(' '));
      for (const j of pair.target) {
        const text = ctx.target.segments[j].text;
        // In a translation written in another script, two function words of the original's language are language
        // however short the sentence ("It is.", "Not yet."): a name or a title has none.
        const short = !isSentence(text);
        if (short && !(otherScript && inOriginal(text))) continue;
        const key = fold(text);
        const same = key === whole || sources.has(key);
        if (!same && !inOriginal(text)) continue;
        report({
          side: 'target',
          range: ctx.target.segments[j].range,
          message: same
            ? 'This sentence is identical to the original: translate it, unless it should stay as it is.'
            : `This sentence is in ${languageName(from.tag)}, the language of the original: translate it.`,
          related: counterpart(ctx, pair, 'target', 'The original'),
        });
      }
    }
  },
};

// Whether a sentence of the translation is written in the original's language.
function originalLanguageTest(ctx: PairContext): (text: string) => boolean {
  const from = ctx.source.transcript.language;
  const into = ctx.target.transcript.language;
  if (from.script === 'Latin' && into.script === 'Latin') return (text) => foreignLatinLanguage(text, into.tag) === from.tag;
  if (from.script === into.script || from.script === 'None') return () => false;
  return (text) => {
    const { share, letters } = scriptShare(text, from.script);
    if (share < MIN_SHARE) return false;
    if (from.script !== 'Latin') return letters >= MIN_CJK;
    let functionWords = 0;
    for (const m of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?/gu))
      if (isFunctionWord(m[0].replace('’', "'"), from.tag)) functionWords++;
    return functionWords >= MIN_FUNCTION_WORDS;
  };
}

function scriptShare(text: string, script: string): { share: number; letters: number } {
  let letters = 0;
  let hits = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (scriptOf(m[0].codePointAt(0)!) === script) hits++;
  }
  return { share: letters ? hits / letters : 0, letters: hits };
}

// Enough words to be language: a name, a title or a one-word answer may well stay as it is.
function isSentence(text: string): boolean {
  let cjk = 0;
  for (const m of text.matchAll(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu))
    if (m && ++cjk >= MIN_CJK) return true;
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= MIN_WORDS && words.some((w) => w.length >= 2 && w === w.toLowerCase() && w !== w.toUpperCase());
}

// Compared without case, punctuation and spacing.
function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
