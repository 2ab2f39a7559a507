import type { TextRange } from '../../text/offsets';
import type { Report, TextEdit } from '../../engine/types';
import { q } from './messageStyle';

/** The most case or spacing variants one term can have before they count as a usage of their own. */
export const RARE = 2;

/** One occurrence of a term written differently from its preferred form elsewhere in the document. */
export interface TermVariant {
  readonly range: TextRange;
  readonly text: string;
  readonly preferred: string;
  /** What decided the preferred form. */
  readonly basis: 'glossary' | 'majority';
  /** Why the two forms are one term: a shared Latin gloss, the same letters in other capitals, the same words spaced otherwise. */
  readonly link: { readonly kind: 'gloss'; readonly latin: string } | { readonly kind: 'case' } | { readonly kind: 'spacing' };
  readonly preferredCount: number;
  readonly variantCount: number;
  /** The first use of the preferred form, when the document has one. */
  readonly preferredRange?: TextRange;
  /** Every occurrence of this variant: the "replace all" fix. */
  readonly all: readonly TextRange[];
}

/** Whether one rendering clearly wins: used at least three times and at least twice as often as the other. */
export function clearMajority(preferred: number, variant: number): boolean {
  return preferred >= 3 && preferred >= 2 * variant;
}

/** The finding for one variant occurrence: the preferred form as suggestion, replace this one or all. */
export function variantReport(v: TermVariant): Report {
  const why =
    v.link.kind === 'gloss'
      ? `both render ${q(v.link.latin)}`
      : v.link.kind === 'case'
        ? 'the two differ only in capitals'
        : 'the two differ only in spacing';
  const message =
    v.basis === 'glossary'
      ? `The glossary writes ${q(v.text)} as ${q(v.preferred)}: use ${q(v.preferred)}.`
      : `${q(v.text)} is written ${q(v.preferred)} elsewhere in this document: use ${q(v.preferred)}.`;
  const counts = `${q(v.preferred)} is used here, ${v.preferredCount} times in all against ${v.variantCount} for ${q(v.text)}, and ${why}.`;
  const fixes = [{ title: `Replace with ${q(v.preferred)}`, edits: [{ range: v.range, newText: v.preferred }], preferred: true }];
  if (v.all.length > 1)
    fixes.push({
      title: `Replace all ${v.all.length} occurrences of ${q(v.text)} with ${q(v.preferred)}`,
      edits: replaceAll(v.all, v.preferred),
      preferred: false,
    });
  return {
    range: v.range,
    message,
    suggestions: [v.preferred],
    fixes,
    related: v.preferredRange ? [{ range: v.preferredRange, message: counts }] : [],
  };
}

const shared = new WeakMap<readonly TextRange[], TextEdit[]>();

/** One "replace all" edit list per group of occurrences, shared by their findings (a group may be large). */
export function replaceAll(all: readonly TextRange[], newText: string): TextEdit[] {
  let edits = shared.get(all);
  if (!edits || edits[0]?.newText !== newText) shared.set(all, (edits = all.map((range) => ({ range, newText }))));
  return edits;
}

/** Keeps the first of overlapping variants, in document order. */
export function withoutOverlaps(variants: readonly TermVariant[]): TermVariant[] {
  const sorted = [...variants].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const out: TermVariant[] = [];
  for (const v of sorted) if (!out.length || out[out.length - 1].range.end <= v.range.start) out.push(v);
  return out;
}
