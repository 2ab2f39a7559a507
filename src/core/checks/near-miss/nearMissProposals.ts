import type { Candidate } from './nearMissTerms';

// A document's term is evidence against this many rare phrases close to it at least, and against as many as the
// document uses it. Real documents offer a term a few slips (at most two in the largest we have); a term that
// dozens of distinct spellings come close to, used less often than they are, is a pattern of the document (a
// template, generated names), and none of them is a slip for it.
const FEWEST_EVIDENCE = 8;

/**
 * The near misses found, with the rare phrases each document term is proposed for. A term proposed for more than
 * it is evidence against is a pattern: its proposals are dropped, later ones are not kept, and the searches skip it.
 * Glossary terms are never patterns: a list the user gave.
 */
export class Proposals {
  private readonly list: Candidate[] = [];
  // Per document term (by spelling), the phrases proposed, by their first occurrence.
  private readonly phrases = new Map<string, Set<string>>();
  private readonly patterns = new Set<string>();

  push(c: Candidate): void {
    if (!c.fromGlossary) {
      if (this.patterns.has(c.term)) return;
      let seen = this.phrases.get(c.term);
      if (!seen) this.phrases.set(c.term, (seen = new Set()));
      seen.add(c.all.length ? `${c.all[0].start}:${c.all[0].end}` : `${c.range.start}:${c.range.end}`);
      if (seen.size > Math.max(FEWEST_EVIDENCE, c.termCount)) {
        this.patterns.add(c.term);
        this.phrases.delete(c.term);
        return;
      }
    }
    this.list.push(c);
  }

  /** Whether the document term with this spelling is a pattern, proposed for more phrases than it is evidence against. */
  isPattern(spelling: string): boolean {
    return this.patterns.size > 0 && this.patterns.has(spelling);
  }

  /** The proposals of terms that are no pattern, in the order found. */
  kept(): Candidate[] {
    return this.patterns.size ? this.list.filter((c) => c.fromGlossary || !this.patterns.has(c.term)) : this.list;
  }
}
