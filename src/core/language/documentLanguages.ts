// Which language a document is written in, weighing scripts by how much text a character carries, and
// whether a second script makes up so much of it that the document is bilingual by design.
import type { LanguageGuess } from './language';
import type { Transcript } from '../document/model';

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

// Letters by script in `s[from, to)`, counted in code units as regexes without the `u` flag would:
// one pass with a class table, where a regex per script rescanned the text once each.
const OTHER = 0;
const HAN = 1;
/** Compatibility ideographs, U+F900–FAFF: Han for the document, not for a block. */
const COMPAT = 2;
const KANA = 3;
const HANGUL = 4;
const LATIN = 5;
const CLASS = new Uint8Array(0x10000);
CLASS.fill(LATIN, 65, 91).fill(LATIN, 97, 123).fill(LATIN, 0xc0, 0x250);
CLASS.fill(KANA, 0x3040, 0x3100).fill(HAN, 0x3400, 0xa000).fill(HANGUL, 0xac00, 0xd7b0).fill(COMPAT, 0xf900, 0xfb00);

const CJK_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

function countLetters(s: string, from: number, to: number): Int32Array {
  const n = new Int32Array(6);
  for (let i = from; i < to; i++) n[CLASS[s.charCodeAt(i)]]++;
  n[OTHER] = 0;
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
    const n = countLetters(t.text, b.contentRange.start, b.contentRange.end);
    const c = (n[HAN] + n[KANA] + n[HANGUL]) * CJK_WEIGHT;
    const l = n[LATIN];
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
  const end = Math.min(t.text.length, SAMPLE);
  // Without CJK in the sample the parser's guess stands: one native scan decides that for most documents.
  if (!CJK_LETTER.test(t.text.slice(0, end))) {
    r = { home: guess, bilingual: false };
    cache.set(t, r);
    return r;
  }
  const n = countLetters(t.text, 0, end);
  const han = n[HAN] + n[COMPAT];
  const [kana, hangul, latin] = [n[KANA], n[HANGUL], n[LATIN]];
  const cjk = (han + kana + hangul) * CJK_WEIGHT;
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
