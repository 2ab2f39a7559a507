// The spellings a person's names could all be made into, each for its own reason, the preferred one first: the
// glossary's, the document's own script's most used, the original Latin spelling. The speaker-variant check offers
// each as a fix, the Merge Speakers command as a choice, and the people of a document are named by the first.
import type { Transcript } from '../document/model';
import type { Spelling } from '../names/nameClusters';
import { nameDistance, parseName, type PersonName } from '../names/names';
import { isNameSpelling } from '../names/nameEvidence';
import { fromGlossary, type Glossary } from '../terms/glossary';
import type { TextRange } from '../text/offsets';

/** Why a spelling is a target. */
export type TargetKind = 'glossary' | 'document-script' | 'original' | 'most-used';

/** A spelling to rename a person's names to. */
export interface SpellingTarget {
  readonly name: string;
  readonly kind: TargetKind;
  readonly script: string;
  /** Why, for a message: `the glossary spells it "…"`, `4 labels use "…"`. */
  readonly reason: string;
  /** A short label for a fix's title: "glossary", "most used in Han script", "original spelling". */
  readonly label: string;
  /** Its first deliberate occurrence, when the document uses it. */
  readonly first?: TextRange;
}

/**
 * The targets of one person's spellings, preferred first and each name once. The preferred is the glossary's; else,
 * of the document's script's most used spelling and the original Latin one, the one more labels use (a Chinese
 * edition labelling a person mostly in Chinese keeps a Chinese name); the other is offered beside it. A person spelled
 * one way outside the glossary has no target.
 */
export function spellingTargets(t: Pick<Transcript, 'language'>, cluster: readonly Spelling[], glossary: Glossary): SpellingTarget[] {
  const out: SpellingTarget[] = [];
  const add = (target: SpellingTarget | undefined) => target && !out.some((o) => o.name === target.name) && out.push(target);
  const lang = t.language.tag;
  const listed = glossarySpelling(cluster, glossaryNames(glossary, lang));
  if (listed) {
    const inDoc = cluster.find((s) => s.name === listed);
    add({
      name: listed,
      kind: 'glossary',
      script: parseName(listed).script,
      reason: `the glossary spells it “${listed}”`,
      label: 'glossary',
      first: inDoc?.occurrences[0].range,
    });
  }
  if (cluster.length < 2) return out;
  const used = cluster.filter((s) => s.uses > 0);
  const pool = used.length > 0 ? used : cluster;
  const script = t.language.script;
  const own = pool.filter((s) => inScript(s, script, lang));
  const latin = pool.filter((s) => s.parsed.script === 'Latin');
  const original = latin.length > 0 && latin.length < pool.length;
  const ownTarget =
    own.length > 0 && !(script === 'Latin' && original)
      ? target(
          own[0],
          'document-script',
          describeUses(own[0]),
          own.length < pool.length ? `most used in ${scriptName(script)}` : 'most used',
        )
      : undefined;
  const originalTarget = original
    ? target(latin[0], 'original', `“${latin[0].name}” is the original spelling, ${describeUses(latin[0])}`, 'original spelling')
    : undefined;
  // Between the document's script and the original, the one the labels use more leads (a tie: the document's
  // script, as a translation keeps its own letters); a byline alone does not overrule how every turn is labelled.
  const labels = (s: Spelling | undefined) => s?.occurrences.filter((o) => o.role === 'label').length ?? 0;
  const ownLeads =
    ownTarget && (!originalTarget || labels(own[0]) >= labels(latin[0])) && (labels(own[0]) > 0 || !pool.some((s) => labels(s) > 0));
  if (ownLeads) [ownTarget, originalTarget].forEach(add);
  else [originalTarget, ownTarget].forEach(add);
  if (out.length === 0) add(target(pool[0], 'most-used', describeUses(pool[0]), 'most used'));
  return out;
}

// A spelling of the cluster as a target.
function target(s: Spelling, kind: TargetKind, reason: string, label: string): SpellingTarget {
  return { name: s.name, kind, script: s.parsed.script, reason, label, first: s.occurrences[0].range };
}

// A script as a fix title names it.
function scriptName(script: string): string {
  return script === 'Han' ? 'Chinese characters' : script === 'Latin' ? 'Latin letters' : script;
}

// Whether a spelling is written in the document's script (kana counts as Japanese's, beside Han).
function inScript(s: Spelling, script: string, lang: string): boolean {
  return s.parsed.script === script || (lang === 'ja' && ['Han', 'Hiragana', 'Katakana'].includes(s.parsed.script));
}

/** The glossary's spellings in one language, parsed once per glossary: the first with each text, by text. */
interface GlossaryNames {
  readonly names: readonly PersonName[];
  readonly firstByText: ReadonlyMap<string, number>;
}

// The glossary's spellings in this document's language (a row's translation when it is into that language). A row
// whose Latin side is a common word names a concept (容器, container), not a person.
function glossaryNames(glossary: Glossary, lang: string): GlossaryNames {
  return fromGlossary(glossary, `speaker-variant:names:${lang}`, () => {
    const names = glossary.entries
      .filter((e) => [e.term, e.translation ?? ''].every((s) => !isLatinWords(s) || isNameSpelling(s)))
      .map((e) => parseName(e.translation && e.translationLang === lang ? e.translation : e.term))
      .filter((p) => p.parts.length > 0 && p.parts.length <= 4);
    const firstByText = new Map<string, number>();
    names.forEach((g, i) => firstByText.has(g.text) || firstByText.set(g.text, i));
    return { names, firstByText };
  });
}

function isLatinWords(s: string): boolean {
  return /\p{L}/u.test(s) && /^[\p{Script=Latin}\p{N}\s'’.&+-]+$/u.test(s);
}

// A glossary spelling that names this person: one the document uses verbatim, else one that sounds the same.
function glossarySpelling(cluster: readonly Spelling[], glossary: GlossaryNames): string | undefined {
  // The first in the glossary's order that the cluster spells verbatim.
  let first = Infinity;
  for (const s of cluster) first = Math.min(first, glossary.firstByText.get(s.name) ?? Infinity);
  if (first !== Infinity) return glossary.names[first].text;
  // A consistent spelling is only overruled by a glossary spelling in the same script: a misspelling, not a translation.
  const close = glossary.names.find((g) =>
    cluster.some((s) => (cluster.length > 1 || s.parsed.script === g.script) && nameDistance(s.parsed, g) !== Infinity),
  );
  return close?.text;
}

// “2 labels use “X””, “1 byline uses “X””, “the title uses “X””.
function describeUses(s: Spelling): string {
  const labels = s.occurrences.filter((o) => o.role === 'label').length;
  const bylines = s.occurrences.filter((o) => o.role === 'attribution').length;
  if (labels > 0) return `${labels} ${labels === 1 ? 'label uses' : 'labels use'} “${s.name}”`;
  if (bylines > 0) return `${bylines} ${bylines === 1 ? 'byline uses' : 'bylines use'} “${s.name}”`;
  return `the ${s.occurrences[0].source} uses “${s.name}”`;
}
