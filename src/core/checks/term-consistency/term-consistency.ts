import { caseMatters, caseOnly, caseVariantSpans, dominantSurface, surfaces, termIndex, usedAsNameAt } from '../../terms/termIndex';
import { renderingVariants } from './renderingVariants';
import { spacingVariants } from './spacingVariants';
import { clearMajority, RARE, variantReport, withoutOverlaps, type TermVariant } from '../shared/termVariant';
import { fromGlossary, type Glossary } from '../../terms/glossary';
import type { Check, CheckContext } from '../../engine/types';

/** One concept rendered two ways: two renderings of one Latin term, capitals or spacing used inconsistently. */
export const termConsistency: Check = {
  id: 'term-consistency',
  description:
    'One term written two ways in a document (two renderings of the same source term, "GraphQL" and "Graphql", "서비스 메시" and "서비스메시"): suggests the glossary form or the clear majority.',
  defaultLevel: 'info',
  fixable: true,
  tags: ['translation', 'terms', 'consistency'],
  scope: 'document',
  run(ctx, report) {
    const variants = [...renderingVariants(ctx), ...caseVariants(ctx), ...spacingVariants(ctx)];
    for (const v of withoutOverlaps(variants)) report(variantReport(v));
  },
};

// A Latin term used in two capitalisations, the rarer one often enough to be a habit rather than a slip
// (slips of one or two are near-miss findings). Glossary terms are left to near-miss too.
function caseVariants(ctx: CheckContext): TermVariant[] {
  const index = termIndex(ctx.transcript);
  const glossary = glossaryKeys(ctx.glossary);
  const out: TermVariant[] = [];
  const table = index.terms;
  for (let k = 0; k < table.size; k++) {
    // Read off the table first: a list of names has a phrase per name, used once, and only the few kept are made.
    if (table.count[k] <= RARE || !table.varied[k] || !usedAsNameAt(index, k)) continue;
    const stats = table.at(k);
    if (glossary.has(stats.key)) continue;
    const spellings = surfaces(stats, ctx.text);
    const canon = dominantSurface(stats, ctx.text);
    const canonCount = spellings.get(canon)!;
    for (const [surface, n] of spellings) {
      if (surface === canon || n <= RARE || !caseOnly(surface, canon) || !caseMatters(canon, surface)) continue;
      const all = caseVariantSpans(index, ctx.text, stats, surface, canon);
      if (!all.length || !clearMajority(canonCount, n)) continue;
      const preferredRange = { start: stats.spans[0], end: stats.spans[1] };
      for (const range of all)
        out.push({
          range,
          text: surface,
          preferred: canon,
          basis: 'majority',
          link: { kind: 'case' },
          preferredCount: canonCount,
          variantCount: n,
          preferredRange,
          all,
        });
    }
  }
  return out;
}

// The glossary's terms and translations as the term index keys them: once per glossary.
function glossaryKeys(glossary: Glossary): ReadonlySet<string> {
  return fromGlossary(
    glossary,
    'term-consistency:keys',
    () => new Set(glossary.entries.flatMap((e) => [e.term, e.translation ?? '']).map((s) => s.toLowerCase().replace(/[\s'’-]+/g, ''))),
  );
}
