import { scriptOf, type Script } from '../text/scripts';

export { isCjk, scriptOf, type Script } from '../text/scripts';

/** A document-level language guess from its letters. */
export interface LanguageGuess {
  /** BCP 47 tag: `zh`, `ko`, `ja`, `en`, `de`, `fr`, `es`, `ru`, `ar`, or `und`. */
  readonly tag: string;
  readonly script: Script | 'None';
  /** Share of letters in the dominant script, 0..1. */
  readonly confidence: number;
}

const SCRIPTS: readonly Script[] = ['Han', 'Hangul', 'Kana', 'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Other'];

// Letters sampled for the guess; enough for a stable answer, bounded for huge files.
const SAMPLE = 64_000;

// Function words settle a Latin-script language within a few pages.
const LATIN_SAMPLE = 20_000;

const LATIN_MARKERS: Record<string, RegExp> = {
  en: /\b(?:the|and|is|of|to|that|you|it|in|we)\b/gi,
  de: /\b(?:der|die|und|ist|nicht|das|wir|ein|ich|zu)\b/gi,
  fr: /\b(?:le|la|les|et|est|une|des|nous|que|pas)\b/gi,
  es: /\b(?:el|los|las|y|es|una|que|por|para|del)\b/gi,
};

/** Guesses a document's language from its dominant script (and function words for Latin text). */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const counts = new Map<Script, number>();
  const tally = new Uint32Array(SCRIPTS.length);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    let cp = sample.charCodeAt(i);
    // ASCII non-letters are most of what is skipped; decide them without a lookup.
    if (cp < 0x41 || (cp > 0x5a && cp < 0x61) || (cp > 0x7a && cp < 0x80)) continue;
    if (cp >= 0xd800 && cp <= 0xdbff) cp = sample.codePointAt(i++)!;
    tally[SCRIPTS.indexOf(scriptOf(cp))]++;
  }
  SCRIPTS.forEach((s, i) => {
    if (s === 'Other' || !tally[i]) return;
    counts.set(s, tally[i]);
    letters += tally[i];
  });
  if (letters === 0) return { tag: 'und', script: 'None', confidence: 0 };
  // Japanese mixes kana into Han; a few percent of kana decides it.
  const kana = counts.get('Kana') ?? 0;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  let [script, n] = ranked[0];
  if (script === 'Han' && kana > letters * 0.05) [script, n] = ['Kana', n + kana];
  const confidence = Math.min(1, n / letters);
  switch (script) {
    case 'Han':
      return { tag: 'zh', script, confidence };
    case 'Hangul':
      return { tag: 'ko', script, confidence };
    case 'Kana':
      return { tag: 'ja', script, confidence };
    case 'Cyrillic':
      return { tag: 'ru', script, confidence };
    case 'Arabic':
      return { tag: 'ar', script, confidence };
    case 'Latin':
      return { tag: guessLatin(sample.slice(0, LATIN_SAMPLE)), script, confidence };
    default:
      return { tag: 'und', script, confidence };
  }
}

// Picks the Latin-script language whose function words are most frequent.
function guessLatin(text: string): string {
  let best = 'und';
  let bestCount = 0;
  for (const [tag, re] of Object.entries(LATIN_MARKERS)) {
    const count = text.match(re)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [tag, count];
  }
  return best;
}
