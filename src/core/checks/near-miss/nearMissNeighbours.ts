import type { Term } from './nearMissTerms';

/**
 * How many of the document's terms one rare phrase is compared with at most: the most used of its groups. The
 * largest real documents we have offer a rare word at most 24 terms of its first letter and lengths; text in
 * which short strings recur by chance (random letters, generated identifiers) offers thousands, and when each
 * rare word met each of them the check grew with the square of the text. The output of an exact search can be
 * that large (every rare word close to thousands of terms), so the bound is on the terms a word meets: the most
 * used are the evidence a slip is judged by. The glossary's terms are not bounded: a list the user gave.
 */
export const NEIGHBOURS = 32;

/** A number for a key's first UTF-16 unit and a length, without building a string per term. */
export function bucket(key: string, length: number): number {
  return bucketAt(key.charCodeAt(0), length);
}

/** The bucket of keys that start with UTF-16 unit `unit` and have `length` units. */
export function bucketAt(unit: number, length: number): number {
  return length * 0x10000 + unit;
}

/** The bucket of a key: its first unit and its own length. */
export function bucketOf(key: string): number {
  return bucket(key, key.length);
}

interface Group {
  readonly terms: Term[];
  /** Positions in `terms` of glossary terms, ascending. */
  readonly glossary: number[];
  /** Positions of the document's terms, the most used first (in order among equals); made on first use. */
  byUse?: number[];
  /** The largest count among the group's document terms. */
  mostCount: number;
}

/**
 * Terms grouped by a key (first letter and length; first or last word), each group in the order given, followed
 * by the glossary's terms that `rest` gives for the key (those not already in the order given).
 */
export class TermGroups<K> {
  private readonly groups = new Map<K, Group>();
  private readonly rests = new Map<K, readonly Term[]>();
  private readonly picks = new Map<string, number[][]>();

  constructor(
    terms: readonly Term[],
    keyOf: (t: Term) => K,
    private readonly rest: (key: K) => readonly Term[],
  ) {
    for (const t of terms) {
      const k = keyOf(t);
      let g = this.groups.get(k);
      if (!g) this.groups.set(k, (g = { terms: [], glossary: [], mostCount: 0 }));
      if (t.glossary) g.glossary.push(g.terms.length);
      else if (t.count > g.mostCount) g.mostCount = t.count;
      g.terms.push(t);
    }
  }

  /**
   * Visits the terms of the groups `keys` that a phrase used `count` times is compared with, group by group, each
   * group in its order: every glossary term; the document's terms only if the phrase is `rare`, and then all of
   * them, or when there are more than NEIGHBOURS, the NEIGHBOURS most used of those used at least twice as often as
   * the phrase (the earliest used first among equals). The caller still checks counts (and skips the phrase's own
   * term, never one of the most used: it is used `count` times). `visit` gets the term and the index of its key.
   */
  near(keys: readonly K[], count: number, rare: boolean, visit: (t: Term, k: number) => void): void {
    let own = 0;
    for (let k = 0; k < keys.length; k++) {
      const g = this.groups.get(keys[k]);
      if (g) own += g.terms.length - g.glossary.length;
    }
    // Most rare words of real text meet a handful of terms: then every one, in order.
    const picked = !rare ? [] : own > NEIGHBOURS ? this.mostUsed(keys, count) : undefined;
    for (let k = 0; k < keys.length; k++) {
      const g = this.groups.get(keys[k]);
      if (g && !picked) for (const t of g.terms) visit(t, k);
      else if (g) {
        // The group's glossary terms and its picked document terms, merged in the group's order.
        const mine = picked![k] ?? [];
        let i = 0;
        let j = 0;
        while (i < g.glossary.length || j < mine.length) {
          const p = j >= mine.length || (i < g.glossary.length && g.glossary[i] < mine[j]) ? g.glossary[i++] : mine[j++];
          visit(g.terms[p], k);
        }
      }
      for (const t of this.restOf(keys[k])) visit(t, k);
    }
  }

  // The positions, group by group and ascending, of the NEIGHBOURS most used document terms of `groups` that are
  // used at least twice as often as the phrase: each group's `byUse` merged. The same for every phrase with these
  // groups and count, so kept.
  private mostUsed(keys: readonly K[], count: number): number[][] {
    const id = `${keys.join('\u0000')}\u0000${count}`;
    const known = this.picks.get(id);
    if (known) return known;
    const groups = keys.map((k) => this.groups.get(k));
    const picked = groups.map((): number[] => []);
    const next = groups.map(() => 0);
    const orders = groups.map((g) => (g ? (g.byUse ??= byUse(g)) : []));
    for (let n = 0; n < NEIGHBOURS; n++) {
      let best = -1;
      let bestTerm: Term | undefined;
      for (let k = 0; k < groups.length; k++) {
        if (next[k] >= orders[k].length) continue;
        const t = groups[k]!.terms[orders[k][next[k]]];
        if (t.count < 2 * count) continue;
        if (!bestTerm || t.count > bestTerm.count || (t.count === bestTerm.count && t.stats!.firstStart < bestTerm.stats!.firstStart)) {
          best = k;
          bestTerm = t;
        }
      }
      if (best < 0) break;
      picked[best].push(orders[best][next[best]++]);
    }
    for (const p of picked) p.sort((a, b) => a - b);
    this.picks.set(id, picked);
    return picked;
  }

  /**
   * Whether a phrase used `count` times may be a slip for a term of the groups `keys`: they hold a glossary term, or,
   * if the phrase is `rare`, a document term used at least twice as often. Asked before anything of the phrase is
   * made: in a list of names each used once, every name meets others of its letter and length and none is evidence.
   */
  mayMeet(keys: readonly K[], count: number, rare: boolean): boolean {
    for (let k = 0; k < keys.length; k++) {
      const g = this.groups.get(keys[k]);
      if (g && (g.glossary.length > 0 || (rare && g.mostCount >= 2 * count))) return true;
      if (this.restOf(keys[k]).length > 0) return true;
    }
    return false;
  }

  // Kept only when the glossary has terms for the key: most keys (the anchoring words of phrases) have none.
  private restOf(key: K): readonly Term[] {
    const known = this.rests.get(key);
    if (known) return known;
    const r = this.rest(key);
    if (r.length) this.rests.set(key, r);
    return r;
  }
}

function byUse(g: Group): number[] {
  const out: number[] = [];
  g.terms.forEach((t, p) => t.glossary || out.push(p));
  return out.sort((a, b) => g.terms[b].count - g.terms[a].count || a - b);
}
