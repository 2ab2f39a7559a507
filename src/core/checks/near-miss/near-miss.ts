import { findNearMisses, type NearMiss } from './nearMissMatch';
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

function quote(s: string): string {
  return `“${s}”`;
}

function explain(m: NearMiss): string {
  const where = m.fromGlossary ? `the glossary term ${quote(m.term)}` : `${quote(m.term)}, which this document uses ${m.termCount} times`;
  switch (m.kind) {
    case 'case':
      return `${quote(m.text)} differs only in capitals from ${where}. Write ${quote(m.term)}.`;
    case 'spacing':
      return `${quote(m.text)} differs only in spaces or hyphens from ${where}. Write ${quote(m.term)}.`;
    case 'spelling':
      return `${quote(m.text)} looks like a misspelling of ${where}. Replace it with ${quote(m.term)}.`;
    case 'sound':
      return `${quote(m.text)} sounds like ${where}: probably misheard. Replace it with ${quote(m.term)}.`;
    case 'joined':
      return `${quote(m.text)} runs together ${m.fromGlossary ? 'the glossary terms' : 'the names'} ${m.term
        .split(' ')
        .map(quote)
        .join(' and ')} without a space. Write ${quote(m.term)}.`;
    case 'homophone':
      return `${quote(m.text)} reads like ${where} (${m.reading}) but is written with other characters: probably a homophone slip. Replace it with ${quote(m.term)}.`;
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
  const related = m.termRange ? [{ range: m.termRange, message: `${quote(m.term)} is written this way here` }] : [];
  return { range: m.range, message: explain(m), suggestions: [m.term], fixes, related };
}
