import type { Category } from './model';

// Checks whose findings are about a name, a term, or what a translation leaves out or adds.
const BY_CHECK: Readonly<Record<string, Category>> = {
  'speaker-variant': 'name',
  'name-mismatch': 'name',
  'translated-name': 'name',
  'near-miss': 'term',
  'term-consistency': 'term',
  'term-translation': 'term',
  omission: 'omission',
  addition: 'addition',
  untranslated: 'mistranslation',
  'number-mismatch': 'mistranslation',
  'inconsistent-translation': 'mistranslation',
  'url-mismatch': 'mistranslation',
  punctuation: 'style',
  repetition: 'style',
  'heading-structure': 'style',
};

/** The category a note made from a check's finding gets; a question where the check says nothing more specific. */
export function categoryOfCheck(checkId: string): Category {
  return BY_CHECK[checkId] ?? 'question';
}
