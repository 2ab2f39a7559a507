import { scriptOf } from '../../text/scripts';
import { dominantSurface, usedAsName, type TermIndex, type TermStats } from '../../terms/termIndex';
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

/** The terms rare phrases are compared with: phrases used at least twice as names, and the glossary's Latin terms. */
export function collectTerms(ctx: CheckContext, index: TermIndex, names: Set<string>): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const s of index.terms.values()) {
    if (s.count < 2 || !usedAsName(index, s)) continue;
    const spelling = dominantSurface(s, ctx.text);
    const words = spelling.split(/\s+/).map(fold);
    if (words.some((w) => names.has(w))) continue;
    terms.set(s.key, { key: s.key, spelling, words, count: s.count, stats: s, glossary: false });
  }
  for (const e of ctx.glossary.entries) {
    for (const spelling of [e.term, e.translation]) {
      if (!spelling || !isLatin(spelling) || !/\p{L}/u.test(spelling)) continue;
      const key = fold(spelling);
      const stats = index.terms.get(key);
      terms.set(key, { key, spelling, words: spelling.split(/\s+/).map(fold), count: stats?.count ?? 0, stats, glossary: true });
    }
  }
  return terms;
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
    if (text.slice(s.spans[i], s.spans[i + 1]) === surface) return { start: s.spans[i], end: s.spans[i + 1] };
  return undefined;
}
