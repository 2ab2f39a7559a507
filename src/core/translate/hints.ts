// What a translator is shown beside the sentence they translate: the glossary's terms in it, with the agreed
// translations.
import { findTerm } from '../terms/findTerm';
import type { Glossary } from '../terms/glossary';
import { translatesInto } from '../terms/translatesInto';

/** A glossary term found in a sentence, and how the glossary translates it. */
export interface TermHint {
  readonly term: string;
  readonly translation: string;
  readonly note?: string;
}

/** The glossary rows from `from` into `into` whose term the sentence holds, in the order the sentence has them. */
export function glossaryHints(sentence: string, glossary: Glossary, from: string, into: string): TermHint[] {
  const found: [number, TermHint][] = [];
  for (const e of glossary.entries) {
    if (!translatesInto(e, from, into)) continue;
    const at = findTerm(sentence, e.term);
    if (at >= 0)
      found.push([
        at,
        e.note ? { term: e.term, translation: e.translation!, note: e.note } : { term: e.term, translation: e.translation! },
      ]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, h]) => h);
}
