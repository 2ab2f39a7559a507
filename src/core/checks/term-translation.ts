// Key terms rendered the agreed way: a glossary term of the original whose `translation` the paired sentence of
// the translation does not have (Xbench's key-term check), and a Latin-script name that the translation keeps as
// it is elsewhere but, in this sentence, neither keeps nor transliterates.
import type { AlignedPair } from '../align/align';
import { latinNames, transliteratedNames } from '../align/names';
import type { PairCheck, PairContext, PairReport } from '../engine/types';
import { foldLatin, phoneticForm } from '../names/phonetic';
import { findTerm } from '../terms/findTerm';
import { fromGlossary } from '../terms/glossary';
import { translatesInto } from '../terms/translatesInto';
import { counterpart, segmentsRange, segmentsText } from './shared/alignedPairs';
import { q } from './shared/messageStyle';

/** A glossary term or a kept name of the original that its translation renders otherwise. */
export const termTranslation: PairCheck = {
  id: 'term-translation',
  description:
    "A glossary term of the original not rendered with the glossary's translation, or a name the translation keeps elsewhere but not here.",
  defaultLevel: 'warning',
  fixable: true,
  tags: ['translation', 'glossary'],
  scope: 'pair',
  run(ctx, report) {
    const terms = glossaryTerms(ctx);
    const names = keptNames(ctx);
    if (!terms.length && !names) return;
    for (const pair of ctx.pairs) {
      if (!pair.source.length || !pair.target.length) continue;
      const source = segmentsText(ctx.source, pair.source);
      const target = segmentsText(ctx.target, pair.target);
      const reported = new Set<string>();
      for (const t of terms) {
        if (reported.has(t.term) || !contains(source, t.term) || contains(target, t.translation)) continue;
        reported.add(t.term);
        report(termReport(ctx, pair, t, target));
      }
      if (names) for (const r of nameReports(ctx, pair, names, source, target, reported)) report(r);
    }
  },
};

interface Term {
  readonly term: string;
  readonly translation: string;
}

// The glossary rows that translate from the original's language into the translation's.
function glossaryTerms(ctx: PairContext): Term[] {
  const from = ctx.source.transcript.language.tag;
  const into = ctx.target.transcript.language.tag;
  return fromGlossary(ctx.glossary, `term-translation:${from}:${into}`, () =>
    ctx.glossary.entries.filter((e) => translatesInto(e, from, into)).map((e) => ({ term: e.term, translation: e.translation! })),
  );
}

function termReport(ctx: PairContext, pair: AlignedPair, t: Term, target: string): PairReport {
  const range = segmentsRange(ctx.target, pair.target);
  const related = counterpart(ctx, pair, 'target', 'The original');
  const kept = findTerm(target, t.term);
  if (kept < 0) {
    return {
      side: 'target',
      range,
      message: `The glossary translates ${q(t.term)} as ${q(t.translation)}, which this sentence lacks: use ${q(t.translation)}.`,
      suggestions: [t.translation],
      related,
    };
  }
  // The term itself is left in the translation: replacing it with the glossary's translation is the fix. The
  // joined text of the pair's sentences maps to the document where it was found within one sentence.
  const at = locate(ctx, pair, t.term);
  const keptRange = at ?? range;
  return {
    side: 'target',
    range: keptRange,
    message: `The glossary translates ${q(t.term)} as ${q(t.translation)}: write ${q(t.translation)}.`,
    suggestions: [t.translation],
    fixes: at ? [{ title: `Write ${q(t.translation)}`, edits: [{ range: at, newText: t.translation }], preferred: true }] : [],
    related,
  };
}

function locate(ctx: PairContext, pair: AlignedPair, term: string): { start: number; end: number } | undefined {
  for (const j of pair.target) {
    const seg = ctx.target.segments[j];
    const k = findTerm(seg.text, term);
    if (k >= 0) return { start: seg.range.start + k, end: seg.range.start + k + term.length };
  }
  return undefined;
}

function contains(text: string, term: string): boolean {
  return findTerm(text, term) >= 0;
}

interface KeptNames {
  /** Names (a run of capitalised words) the translation writes as the original does somewhere. */
  readonly kept: ReadonlySet<string>;
  /** Words the original writes in lower case somewhere. */
  readonly lower: ReadonlySet<string>;
  readonly index: NonNullable<ReturnType<typeof latinNames>>;
}

// A run of capitalised words, or an acronym: a name when the original never writes its words in lower case.
const NAME_RUN =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-’']\p{Lu}?[\p{Ll}\p{M}]+)?|\p{Lu}{2,6})(?: (?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}{2,6}))*(?![\p{L}\p{N}])/gu;
// A sentence may call a person "he" or "she" instead of by name: a name missing from it is then no mistake.
const PRONOUNS = /[他她它]|그녀|그들|그는|그가|彼/u;

// Names are checked only where the translation is in another script: in one script a name missing from a
// sentence is mostly a pronoun, and the aligner's own anchors already see names kept.
function keptNames(ctx: PairContext): KeptNames | undefined {
  if (ctx.source.transcript.language.script !== 'Latin' || ctx.target.transcript.language.script === 'Latin') return undefined;
  const sourceTexts = ctx.source.segments.map((s) => s.text);
  const index = latinNames(sourceTexts);
  if (!index) return undefined;
  const lower = new Set<string>();
  for (const t of sourceTexts) for (const m of t.matchAll(/(?<![\p{L}’'])\p{Ll}[\p{Ll}\p{M}]+/gu)) lower.add(m[0]);
  const targetText = ctx.target.text.toLowerCase();
  const kept = new Set<string>();
  for (const t of sourceTexts) {
    for (const name of namesIn(t, lower)) if (targetText.includes(name.toLowerCase())) kept.add(name);
  }
  return kept.size ? { kept, lower, index } : undefined;
}

function namesIn(text: string, lower: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    // Words the original also writes in lower case are ordinary words capitalised to start a sentence.
    const words = m[0].split(' ').filter((w) => !lower.has(w.toLowerCase()));
    if (words.length && words.join(' ').length >= 3) out.push(words.join(' '));
  }
  return out;
}

function* nameReports(
  ctx: PairContext,
  pair: AlignedPair,
  names: KeptNames,
  source: string,
  target: string,
  reported: Set<string>,
): Iterable<PairReport> {
  if (PRONOUNS.test(target)) return;
  const targetLower = target.toLowerCase();
  let sounds: Set<string> | undefined;
  for (const name of namesIn(source, names.lower)) {
    if (!names.kept.has(name) || reported.has(name) || targetLower.includes(name.toLowerCase())) continue;
    if (!sounds) {
      sounds = new Set();
      transliteratedNames(target, names.index, (k) => sounds!.add(k));
    }
    if (name.split(' ').some((w) => sounds!.has('n:' + phoneticForm(foldLatin(w))))) continue;
    reported.add(name);
    yield {
      side: 'target',
      range: segmentsRange(ctx.target, pair.target),
      message: `${q(name)} is kept as it is elsewhere in the translation but not here: write ${q(name)}.`,
      suggestions: [name],
      related: counterpart(ctx, pair, 'target', 'The original'),
    };
  }
}
