import { documentNames } from '../names/documentNames';
import { clusterNames, type Spelling } from '../names/nameClusters';
import { findMentions, fitReplacement, spacesLatinInCjk } from '../names/nameMentions';
import { spellingTargets, type SpellingTarget } from '../speakers/spellingTargets';
import { q } from './shared/messageStyle';
import type { TextRange } from '../text/offsets';
import type { Check, CheckContext, Fix, Report } from '../engine/types';

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
    let spacedCache: boolean | undefined;
    const spaced = () => (spacedCache ??= spacesLatinInCjk(ctx.text));
    // Where the deliberate names stand, in document order: mentions are looked for outside them, cluster by cluster.
    let takenCache: TextRange[] | undefined;
    const taken = () => (takenCache ??= occurrences.map((o) => o.range));
    // The user's decisions shape the people: spellings split apart are never reported against each other.
    for (const cluster of clusterNames(ctx.transcript, occurrences, ctx.speakerDecisions)) {
      const targets = spellingTargets(ctx.transcript, cluster, ctx.glossary);
      const canonical = targets[0];
      if (!canonical) continue;
      const variants = cluster.filter((s) => variantOf(s, canonical));
      if (variants.length === 0) continue;
      reportCluster(ctx, cluster, variants, targets, taken, spaced, report);
    }
  },
};

// Whether a spelling is to be renamed to a target: another spelling used in a label or byline, or written in the
// target's script (a Latin name in the header of a Chinese translation is the original, not a variant).
function variantOf(s: Spelling, target: SpellingTarget): boolean {
  return s.name !== target.name && (s.uses > 0 || s.parsed.script === target.script);
}

function reportCluster(
  ctx: CheckContext,
  cluster: Spelling[],
  variants: Spelling[],
  targets: readonly SpellingTarget[],
  taken: () => readonly TextRange[],
  spaced: () => boolean,
  report: (r: Report) => void,
): void {
  const canonical = targets[0];
  // A one-word Latin name ("Will", "Mark") is too often an ordinary word to be searched for in prose.
  const searchable = cluster.filter((s) => s.parsed.script !== 'Latin' || s.parsed.parts.length > 1);
  const mentions = findMentions(
    ctx.text,
    searchable.map((s) => s.name),
    taken(),
  );
  // Every place of every spelling, so that each target's fix can rename whichever spellings are not it.
  const places: { range: TextRange; name: string }[] = [];
  for (const s of cluster) {
    for (const o of s.occurrences) places.push({ range: o.range, name: s.name });
    for (const range of mentions.get(s.name) ?? []) places.push({ range, name: s.name });
  }
  places.sort((a, b) => a.range.start - b.range.start);
  const renameTo = (target: SpellingTarget) =>
    places
      .filter((p) =>
        variantOf(
          cluster.find((s) => s.name === p.name)!,
          target,
        ),
      )
      .map((p) => ({ range: p.range, newText: fitReplacement(ctx.text, p.range, target.name, spaced) }));
  // One fix per target, the preferred first: the user chooses the person's spelling.
  // A spelling the glossary has already is not offered to it again.
  const renames: Fix[] = targets.map((target, i) => ({
    title: `Rename all to ${q(target.name)} (${target.label})`,
    edits: renameTo(target),
    preferred: i === 0,
    ...(target.kind === 'glossary' ? {} : { glossaryTerm: target.name }),
  }));
  // The evidence goes with the spelling kept, not into the message.
  const related = canonical.first ? [{ range: canonical.first, message: `${q(canonical.name)} is kept: ${canonical.reason}.` }] : [];
  const who = cluster.some((c) => c.occurrences.some((o) => o.role === 'label')) ? 'speaker' : 'person';
  const flagged = new Set(variants.map((v) => v.name));
  for (const place of places) {
    if (!flagged.has(place.name)) continue;
    report({
      range: place.range,
      message:
        canonical.kind === 'glossary' && !canonical.first
          ? `${q(place.name)} is spelled ${q(canonical.name)} in the glossary: rename it to ${q(canonical.name)}.`
          : `${q(place.name)} and ${q(canonical.name)} look like one ${who}: rename it to ${q(canonical.name)}.`,
      suggestions: targets.map((t) => t.name).filter((n) => n !== place.name),
      fixes: [
        ...renames,
        {
          title: `Replace this with ${q(canonical.name)}`,
          edits: [{ range: place.range, newText: fitReplacement(ctx.text, place.range, canonical.name, spaced) }],
        },
      ],
      related,
    });
  }
}
