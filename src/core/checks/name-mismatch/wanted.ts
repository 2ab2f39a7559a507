// The names expected at one place of a document (a turn's speaker, or the names its title and header fields give),
// prepared once for every name compared with them: their spellings, the forms a name may misspell, the verdicts on
// the names met there lately, and what the findings suggesting one of them share.
import { parseName, type PersonName } from '../../names/names';
import { sameSpelling, SpellingSet } from '../../text/nameKeys';
import type { TextRange } from '../../text/offsets';
import { RecentCache } from '../../text/recentCache';
import { q } from '../shared/messageStyle';
import { NameIndex } from './nameIndex';

// Other expected names offered besides the suggestion: a document may list any number of authors.
const MAX_SUGGESTIONS = 10;
// Candidate spellings beyond this many (expected names and their parts) are searched through an index.
const INDEX_FROM = 16;
// Verdicts kept for the names met lately at one place.
const RECENT_VERDICTS = 256;
// Spellings from this many on are looked up in a set; fewer (a turn's speaker: one) are compared one by one, a set
// costing more to make than that to search.
const SET_FROM = 9;

/** A form of an expected name that a given name may be a spelling of: the whole name, or one of its parts. */
export interface Candidate {
  readonly w: Expected;
  readonly form: string;
  readonly parsed: PersonName;
  /** For a whole name, its position among the document's names (see `documentNames`). */
  readonly occurrence?: number;
}

/** A name the document gives its speaker, and where; as a candidate, the whole name. */
export class Expected implements Candidate {
  constructor(
    readonly name: string,
    readonly range: TextRange,
    /** How to refer to the place in a message: "the title", "the turn's label", "the Author field". */
    readonly where: string,
    readonly occurrence: number,
  ) {}
  get w(): Expected {
    return this;
  }
  get form(): string {
    return this.name;
  }
  /**
   * Parsed where needed (romanising Han names loads a dictionary), through parseName's cache of recent names: the
   * title or a header field may give a hundred thousand names, and their parses kept would outlive the young
   * generation only to be dropped with the check.
   */
  get parsed(): PersonName {
    return parseName(this.name);
  }
}

/** What is wrong with a given name, and the name to use instead. */
export interface Verdict {
  readonly message: string;
  readonly suggestion: string;
  readonly w: Expected;
  /** Whether the name is near the expected one (a misspelling), not another name altogether. */
  readonly near: boolean;
}

/** Spellings to look a name up in, as `spellingKey` folds them. */
export interface Spellings {
  has(name: string): boolean;
}

/** Candidates in order (the first of equally close ones wins), with their spellings and, when many, an index. */
export interface Candidates {
  readonly list: readonly Candidate[];
  readonly spellings: Spellings;
  readonly index?: NameIndex;
}

/** The spellings of a list of names and their index, made for another use. */
export interface Filed {
  readonly spellings: Spellings;
  readonly index: NameIndex;
}

/** What every finding that suggests one expected name says alike: its suggestions, fix title and related place. */
export interface Told {
  readonly w: Expected;
  readonly suggestion: string;
  readonly suggestions: readonly string[];
  readonly title: string;
  readonly related: readonly { range: TextRange; message: string }[];
}

/** Judges a name met at a place where `want` is expected: what is wrong with it, or null. */
export interface Judge {
  judge(name: string, byline: boolean, want: Wanted): Verdict | null;
}

/**
 * The names expected at one place, prepared once for every name compared with them. A few names (a turn's speaker:
 * one) are their own spellings and, as whole names, their own candidates: a turn makes no more objects for them.
 */
export class Wanted implements Spellings, Candidates {
  private spelled?: Spellings;
  private wholes?: Candidates;
  private withParts?: Candidates;
  /**
   * A name repeated here gets the same verdict: judged once while it recurs (by name, self-introductions and
   * bylines apart). A turn's speaker is wanted for the names of that turn, most often one: the first verdict is
   * kept on its own, the recent ones once a second name comes; a document's headers are wanted for every name of
   * a document without turns, a hundred thousand distinct ones in a long list.
   */
  private firstKey?: string;
  private firstVerdict: Verdict | null = null;
  private verdicts?: RecentCache<Verdict | null>;
  private lastTold?: Told;

  constructor(
    readonly names: readonly Expected[],
    /** The spellings and index of these very names, in this order, when the run files them anyway. */
    private readonly filed?: () => Filed,
  ) {}

  /** The spellings of the expected names. */
  get spellings(): Spellings {
    return (this.spelled ??= this.filed ? this.filed().spellings : this.names.length < SET_FROM ? this : spellingsOf(this.names));
  }

  /** As spellings, whether one of the few names has the spelling of `name`. */
  has(name: string): boolean {
    for (const w of this.names) if (sameSpelling(w.name, name)) return true;
    return false;
  }

  /** As candidates, the whole names. */
  get list(): readonly Candidate[] {
    return this.names;
  }

  /** The verdict on `name` met here: the one kept, or `judge`'s. */
  verdict(name: string, byline: boolean, judge: Judge): Verdict | null {
    const key = byline ? `\u0000${name}` : name;
    if (this.firstKey === undefined) {
      this.firstKey = key;
      return (this.firstVerdict = judge.judge(name, byline, this));
    }
    if (key === this.firstKey) return this.firstVerdict;
    const verdicts = (this.verdicts ??= new RecentCache(RECENT_VERDICTS));
    const kept = verdicts.peek(key);
    if (kept !== undefined) return kept;
    const verdict = judge.judge(name, byline, this);
    verdicts.put(key, verdict);
    return verdict;
  }

  /**
   * What findings suggesting `suggestion` for `w` share (the last asked kept): a document's title is suggested to
   * a hundred thousand self-introductions in a long list, and each finding is kept until the run ends.
   */
  told(w: Expected, suggestion: string): Told {
    if (this.lastTold?.w === w && this.lastTold.suggestion === suggestion) return this.lastTold;
    const suggestions = [suggestion];
    for (const x of this.names) {
      if (suggestions.length > MAX_SUGGESTIONS) break;
      if (!suggestions.includes(x.name)) suggestions.push(x.name);
    }
    const related = [{ range: w.range, message: `The speaker's name as ${w.where} gives it, ${q(w.name)}.` }];
    return (this.lastTold = { w, suggestion, suggestions, title: `Replace with ${q(suggestion)}`, related });
  }

  /** The candidates for a given name of one part ("my name is Anna" matches a part) or of several. */
  candidates(onePart: boolean): Candidates {
    return onePart ? (this.withParts ??= this.prepare(true)) : (this.wholes ??= this.prepare(false));
  }

  private prepare(onePart: boolean): Candidates {
    if (!onePart && this.names.length <= INDEX_FROM) return this;
    let list: readonly Candidate[] = this.names;
    if (onePart) {
      const all: Candidate[] = [];
      for (const w of this.names) {
        all.push(w);
        if (w.parsed.parts.length > 1) for (const p of w.parsed.parts) all.push({ w, form: p.text, parsed: parseName(p.text) });
      }
      list = all;
    }
    // Whole names only: their spellings are the expected names' own.
    const spellings = onePart ? spellingsOf(list) : this.spellings;
    if (list.length <= INDEX_FROM) return { list, spellings };
    const index = !onePart && this.filed ? this.filed().index : new NameIndex(list.length, (i) => list[i].parsed);
    return { list, spellings, index };
  }
}

/** A few spellings, compared one by one. */
class FewSpellings implements Spellings {
  constructor(private readonly list: readonly Candidate[]) {}
  has(name: string): boolean {
    for (const c of this.list) if (sameSpelling(c.form, name)) return true;
    return false;
  }
}

function spellingsOf(list: readonly Candidate[]): Spellings {
  if (list.length < SET_FROM) return new FewSpellings(list);
  const set = new SpellingSet();
  for (const c of list) set.add(c.form);
  return set;
}
