import { scriptOf } from '../../text/scripts';
import { isNameSpelling } from '../../names/nameEvidence';
import { isBilingual } from '../../language/bilingual';
import { dominantSurface, termIndex, type TermStats } from '../../terms/termIndex';
import { fromGlossary, type Glossary } from '../../terms/glossary';
import type { TextRange } from '../../text/offsets';
import type { CheckContext } from '../../engine/types';
import { nameKey } from '../../align/lexicon';

/** A name the glossary lists or the document writes in Latin script. */
export interface LatinName {
  /** As the glossary spells it, else as the document mostly does. */
  readonly spelling: string;
  /** Its first use in the document, when the document writes it. */
  readonly used?: TextRange;
  /** Spelled as a name (capitals), not as a common word. */
  readonly named: boolean;
}

export function isLatin(s: string): boolean {
  return [...s].every((c) => !/\p{L}/u.test(c) || scriptOf(c.codePointAt(0)!) === 'Latin');
}

// The glossary's Latin names (terms and translations spelled as names) by key, once per glossary.
function listedNames(glossary: Glossary): ReadonlyMap<string, string> {
  return fromGlossary(glossary, 'translated-name:latin', () => {
    const out = new Map<string, string>();
    for (const e of glossary.entries)
      for (const s of [e.term, e.translation ?? '']) if (s && /\p{L}/u.test(s) && isLatin(s) && isNameSpelling(s)) out.set(nameKey(s), s);
    return out;
  });
}

/**
 * The names the glossary or the document writes in Latin, by key. A document that keeps an original beside its
 * translation paragraph by paragraph writes every name both ways by design: there only the glossary counts.
 */
export class LatinNames {
  private readonly listed: ReadonlyMap<string, string>;
  private readonly terms?: { get(key: string): TermStats | undefined; values(): Iterable<TermStats> };

  constructor(private readonly ctx: CheckContext) {
    this.listed = listedNames(ctx.glossary);
    if (!isBilingual(ctx.transcript)) this.terms = termIndex(ctx.transcript).terms;
  }

  get(key: string): LatinName | undefined {
    const listed = this.listed.get(key);
    const s = this.terms?.get(key);
    if (!listed && !s) return undefined;
    const written = s ? dominantSurface(s, this.ctx.text) : undefined;
    const spelling = listed ?? written!;
    return {
      spelling,
      ...(s ? { used: { start: s.firstStart, end: s.firstEnd } } : {}),
      named: isNameSpelling(spelling),
    };
  }

  /** Every key: the glossary's, then the document's. */
  *keys(): Iterable<string> {
    yield* this.listed.keys();
    if (this.terms) for (const s of this.terms.values()) if (!this.listed.has(s.key)) yield s.key;
  }
}
