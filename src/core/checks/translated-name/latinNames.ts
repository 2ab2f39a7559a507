import { scriptOf } from '../../text/scripts';
import { isNameSpelling } from '../../names/nameEvidence';
import { isBilingual } from '../../language/bilingual';
import { dominantSurface, firstWordRange, termIndex, wordAt, type TermIndex, type TermStats } from '../../terms/termIndex';
import { CAPITAL, JOINED, MARKED } from '../../terms/latinWords';
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
  private readonly index?: TermIndex;

  constructor(private readonly ctx: CheckContext) {
    this.listed = listedNames(ctx.glossary);
    if (!isBilingual(ctx.transcript)) this.index = termIndex(ctx.transcript);
  }

  get(key: string): LatinName | undefined {
    const listed = this.listed.get(key);
    const found = this.index?.terms.get(key);
    // A word the document writes only inside a longer name ("Android" of "Android Studio") is that name's: its own
    // Chinese name (安卓) beside it is no translation of something the document writes in Latin.
    const s = found && (listed || !onlyInLongerNames(this.index!, found)) ? found : undefined;
    if (!listed && !s) return undefined;
    const written = s ? dominantSurface(s, this.ctx.text) : undefined;
    const spelling = listed ?? written!;
    return {
      spelling,
      ...(s ? { used: { start: s.firstStart, end: s.firstEnd } } : {}),
      named: isNameSpelling(spelling),
    };
  }

  /** Every key: the glossary's, then the document's (`get` may still find no name for one: a word of a longer name). */
  *keys(): Iterable<string> {
    yield* this.listed.keys();
    if (this.index) for (const s of this.index.terms.values()) if (!this.listed.has(s.key)) yield s.key;
  }
}

// Whether every use of a single word joins a capitalised or marked word beside it, as a word of a longer name.
function onlyInLongerNames(index: TermIndex, s: TermStats): boolean {
  const [from, to] = firstWordRange(index, s);
  if (from !== to) return false;
  const { flags } = index.words;
  const nameWord = (w: number) => w >= 0 && w < index.words.length && (flags[w] & (CAPITAL | MARKED)) !== 0;
  for (let k = 0; k < s.spans.length; k += 2) {
    const w = wordAt(index, s.spans[k]);
    if (w < 0) return false;
    const before = flags[w] & JOINED && nameWord(w - 1);
    const after = w + 1 < index.words.length && flags[w + 1] & JOINED && nameWord(w + 1);
    if (!before && !after) return false;
  }
  return true;
}
