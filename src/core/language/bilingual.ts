// Whether a document is bilingual by design: a source text kept beside its translation, paragraph by
// paragraph, so that whole paragraphs in the second script are no stray foreign text. The document's own
// language is `Transcript.language` (see language.ts); this only weighs its paragraphs against it.
import { COUNTED_SCRIPTS, countScripts } from './language';
import type { Transcript } from '../document/model';
import { perTranscript } from '../document/perTranscript';
import { CJK, CJK_LETTER_WEIGHT, classSource } from '../text/scripts';

/** The share of prose blocks in the second script from which the document counts as bilingual. */
export const BILINGUAL_SHARE = 0.2;
const BILINGUAL_BLOCKS = 3;
const SAMPLE = 200_000;
const CJK_LETTER = new RegExp(`[${classSource(CJK)}]`);
const [LATIN, HAN, KANA, HANGUL] = (['Latin', 'Han', 'Kana', 'Hangul'] as const).map((s) => COUNTED_SCRIPTS.indexOf(s));

/**
 * True when at least `BILINGUAL_SHARE` of the prose blocks (of the first 200 000 characters), and at least
 * three of them, are in the second script (CJK against Latin). A CJK text quotes Latin names and terms in
 * almost every paragraph, so in a CJK document only a paragraph without any CJK counts as Latin; in a Latin
 * document, a paragraph counts as CJK when CJK carries most of it.
 */
export const isBilingual: (t: Transcript) => boolean = perTranscript(countBilingual);

function countBilingual(t: Transcript): boolean {
  const script = t.language.script;
  const cjkHome = script === 'Han' || script === 'Kana' || script === 'Hangul';
  if (!cjkHome && (script !== 'Latin' || !CJK_LETTER.test(t.text.slice(0, SAMPLE)))) return false;
  let home = 0;
  let second = 0;
  for (const b of t.blocks) {
    if (b.range.start > SAMPLE) break;
    if (b.kind !== 'paragraph' && b.kind !== 'turn' && b.kind !== 'quote' && b.kind !== 'blockquote') continue;
    const n = countScripts(t.text, b.contentRange.start, b.contentRange.end);
    const c = (n[HAN] + n[KANA] + n[HANGUL]) * CJK_LETTER_WEIGHT;
    const l = n[LATIN];
    if (c + l === 0) continue;
    if (cjkHome ? c === 0 : c > l) second++;
    else home++;
  }
  return second >= BILINGUAL_BLOCKS && second >= (home + second) * BILINGUAL_SHARE;
}
