import { foreignLatinSpans, LATIN_CANDIDATES } from '../language/foreignText';
import { latinClauses } from '../language/latinRuns';
import { scoreLanguages } from '../language/languageId';
import { proseRange } from '../document/blocks';
import { isBilingual } from '../language/bilingual';
import { languageName } from '../language/languages';
import { proseMasker } from '../document/proseMask';
import { scanMarkers } from '../language/markerScan';
import { foreignScriptFinder, foreignScriptRuns } from '../language/scriptRuns';
import type { Check } from '../engine/types';
import { fromGlossary } from '../terms/glossary';

// A Latin run in non-Latin text must score at least this for its language to be named by the identifier.
const MIN_LATIN_SCORE = 0.1;

function article(name: string): string {
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

// In a bilingual document a passage filling most of its block is the second language, not a stray span.
const WHOLE_BLOCK = 0.6;

/** Spans whose language differs from the document's: untranslated sentences, foreign fragments. */
export const wrongLanguage: Check = {
  id: 'wrong-language',
  description:
    'Flags spans in another language than the document: untranslated sentences left in a translation, foreign fragments in a transcript.',
  defaultLevel: 'warning',
  fixable: false,
  tags: ['translation', 'speech-recognition'],
  scope: 'block',
  run(ctx, report) {
    const home = ctx.transcript.language;
    if (home.tag === 'und') return;
    const bilingual = isBilingual(ctx.transcript);
    const latinHome = home.script === 'Latin';
    // Built once per glossary, not per run: a run checks a few edited blocks, a folder many documents.
    const exempt = fromGlossary(
      ctx.glossary,
      'wrong-language:exempt',
      () =>
        new Set(
          ctx.glossary.entries
            .flatMap((e) => [e.term, e.translation ?? ''])
            .filter(Boolean)
            .map((t) => t.toLowerCase()),
        ),
    );
    const flag = (base: number, start: number, end: number, message: string) => {
      const range = { start: base + start, end: base + end };
      if (!exempt.has(ctx.text.slice(range.start, range.end).toLowerCase())) report({ range, message, suggestions: [] });
    };
    const doc = languageName(home.tag);
    // Blocks come in document order: one pass over the text finds foreign letters and mask triggers for all.
    const foreignScript = foreignScriptFinder(ctx.text, home.tag);
    const mask = proseMasker(ctx.text);
    const markerLanguage = latinHome && LATIN_CANDIDATES.includes(home.tag);
    for (const i of ctx.blocks) {
      const block = ctx.transcript.blocks[i];
      const prose = block && proseRange(block);
      if (!prose || prose.end <= prose.start) continue;
      // In a Latin-script document most blocks have neither another script nor a foreign marker: skip
      // them before copying and masking their text.
      const markers = markerLanguage && scanMarkers(ctx.text, prose.start, prose.end, home.tag).hits.length > 0;
      // Masking only blanks, so a block without a foreign letter has no foreign-script run either.
      const otherScript = foreignScript(prose);
      if (latinHome && !markers && !otherScript) continue;
      const s = mask(prose);
      const stray = (start: number, end: number) => !bilingual || end - start < s.length * WHOLE_BLOCK;
      for (const r of otherScript ? foreignScriptRuns(s, home.tag) : []) {
        if (!stray(r.start, r.end)) continue;
        flag(
          prose.start,
          r.start,
          r.end,
          `${languageName(r.lang)} text in ${article(doc)} document: translate it, or delete it if it does not belong here.`,
        );
      }
      if (latinHome) {
        if (!markers) continue;
        for (const f of foreignLatinSpans(s, home.tag)) {
          flag(
            prose.start,
            f.start,
            f.end,
            `This reads as ${languageName(f.lang)}, not ${doc}: translate it, or correct it from the recording if it was misrecognised.`,
          );
        }
        continue;
      }
      for (const c of latinClauses(s, exempt, bilingual ? s.length * WHOLE_BLOCK : Infinity)) {
        // Function words settle most runs; the identifier is asked only about the rest.
        const r = c.hint === 'und' ? scoreLanguages(s.slice(c.start, c.end), LATIN_CANDIDATES) : undefined;
        const lang = c.hint !== 'und' ? c.hint : r && r.score >= MIN_LATIN_SCORE ? r.best : undefined;
        if (lang)
          flag(
            prose.start,
            c.start,
            c.end,
            `Untranslated ${languageName(lang)} in ${article(doc)} document: translate it, unless it is meant to stay in ${languageName(lang)}.`,
          );
      }
    }
  },
};
