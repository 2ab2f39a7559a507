import { scriptOf } from '../../text/scripts';
import { dominantSurface, firstWords, usedAsName, writtenAs, type TermIndex, type TermStats } from '../../terms/termIndex';
import type { TextRange } from '../../text/offsets';
import type { CheckContext } from '../../engine/types';

/** How a rare phrase differs from the term it stands for. */
export type NearMissKind = 'case' | 'spacing' | 'spelling' | 'sound';

/** A rare phrase that looks like a slip for a term of the document or the glossary. */
export interface NearMiss {
  readonly range: TextRange;
  readonly text: string;
  readonly kind: NearMissKind;
  /** The spelling to use instead. */
  readonly term: string;
  /** How often the document spells the term that way (0 for a glossary term it never uses). */
  readonly termCount: number;
  readonly fromGlossary: boolean;
  /** The first place the term is used, when it is. */
  readonly termRange?: TextRange;
  /** Every occurrence of the same rare spelling, this one included. */
  readonly all: readonly TextRange[];
}

/** A phrase the rare ones are compared with: used at least twice as a name, or listed in the glossary. */
export interface Term {
  readonly key: string;
  readonly spelling: string;
  readonly words: readonly string[];
  readonly count: number;
  readonly stats?: TermStats;
  readonly glossary: boolean;
}

/** A near miss with the strength that decides between overlapping ones (glossary, variant, phrase, spelling). */
export interface Candidate extends NearMiss {
  readonly rank: number;
}

/** Words of speaker labels and bylines: their spellings are the speaker checks' business. */
export function speakerWords(ctx: CheckContext): Set<string> {
  const out = new Set<string>();
  const add = (name: string) =>
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .forEach((w) => w && out.add(w));
  for (const s of ctx.transcript.speakers) for (const spelling of s.spellings.keys()) add(spelling);
  for (const b of ctx.transcript.blocks) if (b.kind === 'attribution') add(b.name);
  return out;
}

/** Lower case without spaces, hyphens and apostrophes: the key phrases are grouped by. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[\s'’-]+/g, '');
}

function isLatin(s: string): boolean {
  return /^[\p{L}\p{N}\s'’.&+-]+$/u.test(s) && [...s].every((c) => !/\p{L}/u.test(c) || scriptOf(c.codePointAt(0)!) === 'Latin');
}

/**
 * The terms rare phrases are compared with: phrases used at least twice as names, and the glossary's Latin terms
 * (a glossary term takes the place of the document's term with its key). In a CJK document every Latin phrase used
 * twice is a term, thousands of them: each is made on demand, and only the checks that find a rare phrase to
 * compare need them all.
 */
export class NearMissTerms {
  /** The glossary's Latin terms by key. */
  readonly glossary = new Map<string, Term>();
  private every?: Term[];

  constructor(
    private readonly ctx: CheckContext,
    private readonly index: TermIndex,
    private readonly names: Set<string>,
  ) {
    for (const e of ctx.glossary.entries) {
      for (const spelling of [e.term, e.translation]) {
        if (!spelling || !isLatin(spelling) || !/\p{L}/u.test(spelling)) continue;
        const key = fold(spelling);
        const stats = index.terms.get(key);
        this.glossary.set(key, { key, spelling, words: spelling.split(/\s+/).map(fold), count: stats?.count ?? 0, stats, glossary: true });
      }
    }
  }

  /** Every term: the document's in order of first use, then the glossary's that the document does not use as terms. */
  all(): readonly Term[] {
    return (this.every ??= this.inOrder(
      () => true,
      () => true,
    ));
  }

  /** The terms that may be written more than one way: the glossary's, and the document's not always spelled alike. */
  varying(): readonly Term[] {
    return this.some(
      (s) => !s.uniform,
      () => true,
    );
  }

  /**
   * The terms of `all` in its order, but those `wanted` rejects by their stats (a document's term, before it is
   * made) or `wantedGlossary` by their key (a glossary term): a search for a few rare phrases needs a few terms.
   */
  some(wanted: (s: TermStats) => boolean, wantedGlossary: (key: string) => boolean): readonly Term[] {
    if (this.every) return this.every.filter((t) => (t.glossary ? wantedGlossary(t.key) : wanted(t.stats!)));
    return this.inOrder(wanted, wantedGlossary);
  }

  private inOrder(wanted: (s: TermStats) => boolean, wantedGlossary: (key: string) => boolean): Term[] {
    const out: Term[] = [];
    const placed = new Set<string>();
    const glossary = this.glossary.size ? this.glossary : undefined;
    for (const s of this.index.terms.values()) {
      const g = glossary?.get(s.key);
      if (g ? !wantedGlossary(g.key) : !wanted(s)) continue;
      const d = this.documentTerm(s);
      if (!d) continue;
      if (g) placed.add(g.key);
      out.push(g ?? d);
    }
    if (glossary) for (const g of glossary.values()) if (!placed.has(g.key) && wantedGlossary(g.key)) out.push(g);
    return out;
  }

  private documentTerm(s: TermStats): Term | undefined {
    if (s.count < 2 || !usedAsName(this.index, s)) return undefined;
    const spelling = dominantSurface(s, this.ctx.text);
    const words = spelling === s.first ? firstWords(this.index, s) : spelling.split(/\s+/).map(fold);
    if (words.some((w) => this.names.has(w))) return undefined;
    return { key: s.key, spelling, words, count: s.count, stats: s, glossary: false };
  }
}

/** The occurrences of a phrase as ranges. */
export function spansOf(s: TermStats): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < s.spans.length; i += 2) out.push({ start: s.spans[i], end: s.spans[i + 1] });
  return out;
}

/** The first occurrence of a phrase written exactly as `surface`. */
export function firstOf(s: TermStats | undefined, surface: string, text: string): TextRange | undefined {
  if (!s) return undefined;
  for (let i = 0; i < s.spans.length; i += 2)
    if (writtenAs(text, s.spans[i], s.spans[i + 1], surface)) return { start: s.spans[i], end: s.spans[i + 1] };
  return undefined;
}
