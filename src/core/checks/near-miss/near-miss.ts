import { findNearMisses, type NearMiss } from './nearMissMatch';
import { q as quote } from '../shared/messageStyle';
import { replaceAll } from '../shared/termVariant';
import type { Check, Fix, Report } from '../../engine/types';

/** A rare phrase close to a name or term the document uses more often, or the glossary lists. */
export const nearMiss: Check = {
  id: 'near-miss',
  description:
    'A rare spelling close to a product name, acronym or term that the document uses more often or the glossary lists ("Terrafrom" for "Terraform", "Clown Native Days" for "Cloud Native Days").',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['speech-recognition', 'spelling', 'terms'],
  scope: 'document',
  run(ctx, report) {
    for (const m of findNearMisses(ctx)) report(toReport(m));
  },
};

function explain(m: NearMiss): string {
  const term = m.fromGlossary ? `the glossary term ${quote(m.term)}` : quote(m.term);
  switch (m.kind) {
    case 'case':
    case 'spacing':
      return `${quote(m.text)} is written ${quote(m.term)} ${m.fromGlossary ? 'in the glossary' : 'elsewhere'}: write ${quote(m.term)}.`;
    case 'spelling':
      return `${quote(m.text)} looks like a misspelling of ${term}: replace it with ${quote(m.term)}.`;
    case 'sound':
      return `${quote(m.text)} sounds like ${term} and is probably misheard: replace it with ${quote(m.term)}.`;
    case 'joined':
      return `${quote(m.text)} runs ${m.term.split(' ').map(quote).join(' and ')} together: write ${quote(m.term)}.`;
    case 'homophone':
      return `${quote(m.text)} reads like ${term}, ${m.reading}, in other characters: replace it with ${quote(m.term)}.`;
  }
}

function toReport(m: NearMiss): Report {
  const fixes: Fix[] = [{ title: `Replace with ${quote(m.term)}`, edits: [{ range: m.range, newText: m.term }], preferred: true }];
  if (m.all.length > 1) {
    fixes.push({
      title: `Replace all ${m.all.length} occurrences of ${quote(m.text)} with ${quote(m.term)}`,
      edits: replaceAll(m.all, m.term),
    });
  }
  const related = m.termRange
    ? [{ range: m.termRange, message: `${quote(m.term)} is written this way here, ${m.termCount} times in this document.` }]
    : [];
  return { range: m.range, message: explain(m), suggestions: [m.term], fixes, related };
}
