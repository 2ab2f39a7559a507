// Which language a document is written in, weighing scripts by how much text a character carries, and
// whether a second script makes up so much of it that the document is bilingual by design.
import type { LanguageGuess } from './language';
import type { Transcript } from './model';

/** The document's main language, and whether it alternates paragraphs in two scripts. */
export interface DocumentLanguages {
  readonly home: LanguageGuess;
  /**
   * True when at least `BILINGUAL_SHARE` of the prose blocks, and at least `BILINGUAL_BLOCKS` of them,
   * are in the second script (CJK against Latin): a source text kept beside its translation.
   */
  readonly bilingual: boolean;
}

/** The share of prose blocks in the second script from which the document counts as bilingual. */
export const BILINGUAL_SHARE = 0.2;
const BILINGUAL_BLOCKS = 3;
// An ideograph or a Hangul syllable carries about as much text as a short Latin word.
const CJK_WEIGHT = 3;
const SAMPLE = 200_000;
const cache = new WeakMap<Transcript, DocumentLanguages>();

function count(s: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s)) n++;
  return n;
}

// Counts the prose blocks (of the sample) in each script. A CJK text quotes Latin names and terms in
// almost every paragraph, so in a CJK document only a paragraph without any CJK counts as Latin; in a
// Latin document, a paragraph counts as CJK when CJK carries most of it.
function isBilingual(t: Transcript, cjkHome: boolean): boolean {
  let home = 0;
  let second = 0;
  for (const b of t.blocks) {
    if (b.range.start > SAMPLE) break;
    if (b.kind !== 'paragraph' && b.kind !== 'turn' && b.kind !== 'quote' && b.kind !== 'blockquote') continue;
    const s = t.text.slice(b.contentRange.start, b.contentRange.end);
    const c = count(s, /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) * CJK_WEIGHT;
    const l = count(s, /[A-Za-z\u00C0-\u024F]/g);
    if (c + l === 0) continue;
    if (cjkHome ? c === 0 : c > l) second++;
    else home++;
  }
  return second >= BILINGUAL_BLOCKS && second >= (home + second) * BILINGUAL_SHARE;
}

/**
 * The parser's guess counts letters, so a short CJK translation full of Latin names can come out as
 * English; here CJK characters weigh three Latin letters each before the main language is decided.
 */
export function documentLanguages(t: Transcript): DocumentLanguages {
  let r = cache.get(t);
  if (r) return r;
  const guess = t.language;
  const sample = t.text.length > SAMPLE ? t.text.slice(0, SAMPLE) : t.text;
  const han = count(sample, /[\u3400-\u9fff\uf900-\ufaff]/g);
  const kana = count(sample, /[\u3040-\u30ff]/g);
  const hangul = count(sample, /[\uac00-\ud7af]/g);
  const cjk = (han + kana + hangul) * CJK_WEIGHT;
  const latin = cjk === 0 ? 0 : count(sample, /[A-Za-z\u00C0-\u024F]/g);
  let home = guess;
  if (guess.script === 'Latin' && cjk > latin) {
    const confidence = cjk / (cjk + latin);
    if (hangul > han) home = { tag: 'ko', script: 'Hangul', confidence };
    else if (kana > (han + kana) * 0.05) home = { tag: 'ja', script: 'Kana', confidence };
    else home = { tag: 'zh', script: 'Han', confidence };
  }
  r = { home, bilingual: cjk > 0 && latin > 0 && isBilingual(t, home.script !== 'Latin') };
  cache.set(t, r);
  return r;
}
