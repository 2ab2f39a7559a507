import { documentNames, type NameOccurrence } from '../names/documentNames';
import { fromGlossary, type Glossary } from '../terms/glossary';
import { clusterNames, type Spelling } from '../names/nameClusters';
import { findMentions, fitReplacement, spacesLatinInCjk } from '../names/nameMentions';
import { nameDistance, parseName, type PersonName } from '../names/names';
import type { TextRange } from '../text/offsets';
import type { Check, CheckContext, Report, TextEdit } from '../engine/types';

/** The spelling a cluster should use, and why. */
interface Canonical {
  readonly name: string;
  readonly script: string;
  readonly reason: string;
  /** Its first deliberate occurrence, when the document uses it. */
  readonly first?: TextRange;
}

/** Speaker labels, bylines, header names and mentions that spell one person in different ways, across scripts too. */
export const speakerVariant: Check = {
  id: 'speaker-variant',
  description:
    'One person named with different spellings (labels, bylines, headers, prose), also across Latin, Chinese and Korean letters.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['names', 'speech-recognition', 'translation'],
  scope: 'document',
  run(ctx, report) {
    const occurrences = documentNames(ctx.transcript);
    if (occurrences.length === 0) return;
    const glossary = glossaryNames(ctx.glossary, ctx.transcript.language.tag);
    let spacedCache: boolean | undefined;
    const spaced = () => (spacedCache ??= spacesLatinInCjk(ctx.text));
    for (const cluster of clusterNames(ctx.transcript, occurrences)) {
      const canonical = chooseCanonical(cluster, glossary);
      if (!canonical) continue;
      const variants = cluster.filter((s) => s.name !== canonical.name && (s.uses > 0 || s.parsed.script === canonical.script));
      if (variants.length === 0) continue;
      reportCluster(ctx, cluster, variants, canonical, occurrences, spaced, report);
    }
  },
};

// Glossary first; then the Latin spelling of a translated name when labels or bylines use it (the original
// spelling is the one editors restore, and it is unambiguous where transliterations vary); else the most used.
function chooseCanonical(cluster: Spelling[], glossary: GlossaryNames): Canonical | undefined {
  const listed = glossarySpelling(cluster, glossary);
  if (listed) {
    const inDoc = cluster.find((s) => s.name === listed);
    return {
      name: listed,
      script: parseName(listed).script,
      reason: `the glossary spells it "${listed}"`,
      first: inDoc?.occurrences[0].range,
    };
  }
  if (cluster.length < 2) return undefined;
  const used = cluster.filter((s) => s.uses > 0);
  const pool = used.length > 0 ? used : cluster;
  const latin = pool.filter((s) => s.parsed.script === 'Latin');
  const best = (latin.length > 0 && latin.length < pool.length ? latin : pool)[0];
  const count = describeUses(best);
  const reason = latin.length > 0 && latin.length < pool.length ? `"${best.name}" is the original spelling; ${count}` : count;
  return { name: best.name, script: best.parsed.script, reason, first: best.occurrences[0].range };
}

/** The glossary's spellings in one language, parsed once per glossary: the first with each text, by text. */
interface GlossaryNames {
  readonly names: readonly PersonName[];
  readonly firstByText: ReadonlyMap<string, number>;
}

// The glossary's spellings in this document's language (a row's translation when it is into that language).
function glossaryNames(glossary: Glossary, lang: string): GlossaryNames {
  return fromGlossary(glossary, `speaker-variant:names:${lang}`, () => {
    const names = glossary.entries
      .map((e) => parseName(e.translation && e.translationLang === lang ? e.translation : e.term))
      .filter((p) => p.parts.length > 0 && p.parts.length <= 4);
    const firstByText = new Map<string, number>();
    names.forEach((g, i) => firstByText.has(g.text) || firstByText.set(g.text, i));
    return { names, firstByText };
  });
}

// A glossary spelling that names this person: one the document uses verbatim, else one that sounds the same.
function glossarySpelling(cluster: Spelling[], glossary: GlossaryNames): string | undefined {
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

function describeUses(s: Spelling): string {
  const labels = s.occurrences.filter((o) => o.role === 'label').length;
  const bylines = s.occurrences.filter((o) => o.role === 'attribution').length;
  if (labels > 0) return `${labels} ${labels === 1 ? 'label uses' : 'labels use'} "${s.name}"`;
  if (bylines > 0) return `${bylines} ${bylines === 1 ? 'byline uses' : 'bylines use'} "${s.name}"`;
  return `the ${s.occurrences[0].source} uses "${s.name}"`;
}

function reportCluster(
  ctx: CheckContext,
  cluster: Spelling[],
  variants: Spelling[],
  canonical: Canonical,
  all: readonly NameOccurrence[],
  spaced: () => boolean,
  report: (r: Report) => void,
): void {
  // A one-word Latin name ("Will", "Mark") is too often an ordinary word to be searched for in prose.
  const searchable = cluster.filter((s) => s.parsed.script !== 'Latin' || s.parsed.parts.length > 1);
  const mentions = findMentions(
    ctx.text,
    searchable.map((s) => s.name),
    all.map((o) => o.range),
  );
  const targets: { range: TextRange; name: string }[] = [];
  for (const v of variants) {
    for (const o of v.occurrences) targets.push({ range: o.range, name: v.name });
    for (const range of mentions.get(v.name) ?? []) targets.push({ range, name: v.name });
  }
  targets.sort((a, b) => a.range.start - b.range.start);
  const edits = targets.map((t): TextEdit => ({ range: t.range, newText: fitReplacement(ctx.text, t.range, canonical.name, spaced) }));
  const renameAll = { title: `Rename all to "${canonical.name}"`, edits, preferred: true };
  const related = canonical.first ? [{ range: canonical.first, message: `"${canonical.name}" is used here` }] : [];
  const who = cluster.some((c) => c.occurrences.some((o) => o.role === 'label')) ? 'speaker' : 'person';
  targets.forEach((t, i) => {
    report({
      range: t.range,
      message: `"${t.name}" and "${canonical.name}" look like one ${who} (${canonical.reason}); rename to "${canonical.name}"`,
      suggestions: [canonical.name],
      fixes: [renameAll, { title: `Replace this with "${canonical.name}"`, edits: [edits[i]] }],
      related,
    });
  });
}
