import { scriptOf } from '../../text/scripts';
import { isNameSpelling } from '../../names/nameEvidence';
import { fromGlossary, type Glossary } from '../../terms/glossary';
import { bucketOf } from './nearMissNeighbours';
import { letterSet, type Term } from './nearMissTerms';

/** Lower case without spaces, hyphens and apostrophes: the key phrases are grouped by. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[\s'’-]+/g, '');
}

function isLatin(s: string): boolean {
  return /^[\p{L}\p{N}\s'’.&+-]+$/u.test(s) && [...s].every((c) => !/\p{L}/u.test(c) || scriptOf(c.codePointAt(0)!) === 'Latin');
}

/**
 * The glossary's Latin terms as near-miss compares them, the same for every document: made once per glossary, since
 * one run checks many documents with one glossary and a large one has a hundred thousand rows. Each term is as a
 * document that never uses it sees it (count 0, no stats); `NearMissTerms` swaps in its own for the few it uses.
 */
export class GlossaryTerms {
  /** By key, in order of first listing; a later row with the same key gives the spelling. */
  readonly byKey = new Map<string, Term>();
  /** Some term has two words or more. */
  readonly phrases: boolean;
  /** Every spelling the glossary lists, by key (a product and a common word may share one: Cursor, cursor). */
  private readonly spellings = new Map<string, Set<string>>();
  /** Keys of lower-case terms the glossary translates: concepts (cursor → 光标), which a capital makes a name of. */
  private readonly concepts = new Set<string>();
  private order?: Map<string, number>;
  private buckets?: Map<number, Term[]>;
  private anchors?: { readonly byFirst: Map<string, Term[]>; readonly byLast: Map<string, Term[]> };

  constructor(glossary: Glossary) {
    for (const e of glossary.entries) {
      // A translation says what a term means in another language, in any of that language's forms ("operations",
      // "operators", "operational" for 运维): only a name's spelling is fixed wherever it is written.
      const translation = e.translation && isNameSpelling(e.translation) ? e.translation : undefined;
      if (e.translation && !translation && e.term === e.term.toLowerCase()) this.concepts.add(fold(e.term));
      for (const spelling of [e.term, translation]) {
        if (!spelling || !isLatin(spelling) || !/\p{L}/u.test(spelling)) continue;
        const key = fold(spelling);
        const words = spelling.split(/\s+/).map(fold);
        this.byKey.set(key, { key, spelling, words, count: 0, glossary: true, letters: letterSet(key) });
        const listed = this.spellings.get(key);
        if (listed) listed.add(spelling);
        else this.spellings.set(key, new Set([spelling]));
      }
    }
    this.phrases = [...this.byKey.values()].some((t) => t.words.length >= 2);
  }

  /** Whether the glossary lists a lower-case term with this key and a translation: a concept, not a name. */
  isConcept(key: string): boolean {
    return this.concepts.has(key);
  }

  /** Whether the glossary lists this very spelling of the key. */
  lists(key: string, spelling: string): boolean {
    return this.spellings.get(key)?.has(spelling) ?? false;
  }

  /** Where a key stands in the glossary's order. */
  ordinal(key: string): number {
    this.order ??= new Map([...this.byKey.keys()].map((k, i) => [k, i]));
    return this.order.get(key) ?? -1;
  }

  /** The terms by first letter and length (`bucketOf`), each list in glossary order. */
  byBucket(): ReadonlyMap<number, readonly Term[]> {
    if (!this.buckets) {
      this.buckets = new Map();
      for (const t of this.byKey.values()) push(this.buckets, bucketOf(t.key), t);
    }
    return this.buckets;
  }

  /** The terms of two words or more by their first and by their last word, each list in glossary order. */
  byFirstAndLast(): { readonly byFirst: ReadonlyMap<string, readonly Term[]>; readonly byLast: ReadonlyMap<string, readonly Term[]> } {
    if (!this.anchors) {
      const byFirst = new Map<string, Term[]>();
      const byLast = new Map<string, Term[]>();
      for (const t of this.byKey.values()) {
        if (t.words.length < 2) continue;
        push(byFirst, t.words[0], t);
        push(byLast, t.words[t.words.length - 1], t);
      }
      this.anchors = { byFirst, byLast };
    }
    return this.anchors;
  }
}

function push<K>(map: Map<K, Term[]>, key: K, t: Term): void {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

/** The glossary's Latin terms, made once per glossary. */
export function glossaryTerms(glossary: Glossary): GlossaryTerms {
  return fromGlossary(glossary, 'near-miss:terms', () => new GlossaryTerms(glossary));
}
