import { dominantSurface, firstWords, usedAsName, usedAsNameAt, writtenAs, type TermIndex, type TermStats } from '../../terms/termIndex';
import type { TextRange } from '../../text/offsets';
import type { CheckContext } from '../../engine/types';
import { fold, glossaryTerms, type GlossaryTerms } from './nearMissGlossary';
import { isCommonEnglishWord, isCommonLowerCaseWord } from '../../language/commonEnglish';
import { CJK, isUnitIn } from '../../text/scripts';

/** How a rare phrase differs from the term it stands for. */
export type NearMissKind = 'case' | 'spacing' | 'spelling' | 'sound' | 'joined' | 'homophone';

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
  /** How the term is read, where that is the evidence (the pinyin of a Chinese term). */
  readonly reading?: string;
}

/** A phrase the rare ones are compared with: used at least twice as a name, or listed in the glossary. */
export interface Term {
  readonly key: string;
  readonly spelling: string;
  readonly words: readonly string[];
  readonly count: number;
  readonly stats?: TermStats;
  readonly glossary: boolean;
  /** The characters of its key (`letterSet`). */
  readonly letters: number;
}

/** A near miss with the strength that decides between overlapping ones (glossary, variant, phrase, spelling). */
export interface Candidate extends NearMiss {
  readonly rank: number;
}

/** Words of speaker labels and bylines: their spellings are the speaker checks' business. */
export function speakerWords(ctx: CheckContext): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    for (const w of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) out.add(w);
  };
  for (const s of ctx.transcript.speakers) for (const spelling of s.spellings.keys()) add(spelling);
  for (const b of ctx.transcript.blocks) if (b.kind === 'attribution') add(b.name);
  return out;
}

/**
 * The terms rare phrases are compared with: phrases used at least twice as names, and the glossary's Latin terms
 * (a glossary term takes the place of the document's term with its key). In a CJK document every Latin phrase used
 * twice is a term, thousands of them: each is made on demand, and only the checks that find a rare phrase to
 * compare need them all. The glossary's are made once per glossary (`glossaryTerms`); those the document uses are
 * made again here with its count and occurrences.
 */
export class NearMissTerms {
  readonly listed: GlossaryTerms;
  /** The glossary terms the document uses, by key and by the number of the document's phrase. */
  private readonly used = new Map<string, Term>();
  private readonly usedAt = new Map<number, Term>();
  /** Keys of those that stand in the document's order, in place of its own term, and their phrases' numbers. */
  private readonly placed = new Set<string>();
  private readonly placedAt = new Set<number>();

  constructor(
    private readonly ctx: CheckContext,
    private readonly index: TermIndex,
    private readonly names: Set<string>,
  ) {
    this.listed = glossaryTerms(ctx.glossary);
    for (const g of this.listed.byKey.values()) {
      const s = index.terms.get(g.key);
      if (!s) continue;
      const used = { ...g, count: s.count, stats: s };
      this.used.set(g.key, used);
      this.usedAt.set(s.number, used);
      if (!this.documentTerm(s)) continue;
      this.placed.add(g.key);
      this.placedAt.add(s.number);
    }
  }

  /** Whether the glossary lists a Latin term with this key. */
  isGlossary(key: string): boolean {
    return this.listed.byKey.has(key);
  }

  /** Whether the glossary lists a Latin term with the key of the document's phrase `k`. */
  isGlossaryAt(k: number): boolean {
    return this.usedAt.has(k);
  }

  /** The terms that may be written more than one way: the glossary's the document uses, and the document's not always spelled alike. */
  varying(): readonly Term[] {
    const rest = [...this.used.values()].filter((g) => !this.placed.has(g.key));
    rest.sort((a, b) => this.listed.ordinal(a.key) - this.listed.ordinal(b.key));
    return [
      ...this.inDocument(
        (s) => !s.uniform,
        () => true,
      ),
      ...rest,
    ];
  }

  /**
   * The terms in the document's order (of first use), but those `wanted` rejects by their stats (a document's
   * term, before it is made) or `wantedGlossary` by their key (a glossary term in its place): a search for a few
   * rare phrases needs a few terms. The glossary's other terms follow in glossary order: `glossaryRest`.
   */
  inDocument(wanted: (s: TermStats) => boolean, wantedGlossary: (key: string) => boolean): Term[] {
    const out: Term[] = [];
    const { index, placedAt, usedAt } = this;
    const { terms } = index;
    const count = terms.count;
    for (let k = 0; k < terms.size; k++) {
      if (usedAt.size && usedAt.has(k)) {
        const g = usedAt.get(k)!;
        if (placedAt.has(k) && wantedGlossary(g.key)) out.push(g);
        continue;
      }
      // What `documentTerm` asks first, read off the table: most phrases are used once, and made only if asked for.
      if (count[k] < 2 || !usedAsNameAt(index, k)) continue;
      const s = terms.at(k);
      if (!wanted(s)) continue;
      const t = this.documentTerm(s);
      if (t) out.push(t);
    }
    return out;
  }

  /** A glossary term as this document sees it: with its count and occurrences where the document uses it. */
  asUsed(g: Term): Term {
    return this.used.get(g.key) ?? g;
  }

  /** Glossary terms (a list of `listed`) that do not stand in the document's order, as this document sees them. */
  glossaryRest(list: readonly Term[] | undefined): readonly Term[] {
    if (!list) return NONE;
    if (!this.used.size) return list;
    return list.filter((g) => !this.placed.has(g.key)).map((g) => this.used.get(g.key) ?? g);
  }

  private documentTerm(s: TermStats): Term | undefined {
    if (s.count < 2 || !usedAsName(this.index, s)) return undefined;
    const spelling = dominantSurface(s, this.ctx.text);
    const words = spelling === s.first ? firstWords(this.index, s) : spelling.split(/\s+/).map(fold);
    if (words.some((w) => this.names.has(w))) return undefined;
    return { key: s.key, spelling, words, count: s.count, stats: s, glossary: false, letters: letterSet(s.key) };
  }
}

/**
 * The characters of a key as a set of 32 bits (the low five bits of each UTF-16 unit: a to z apart). A character
 * of one key that the other lacks costs an edit at least, so the bits one set has and the other lacks bound the
 * distance of the two keys from below, at the cost of a few operations.
 */
export function letterSet(key: string): number {
  let set = 0;
  for (let i = 0; i < key.length; i++) set |= 1 << (key.charCodeAt(i) & 31);
  return set;
}

/** The fewest edits that can turn a key with `letterSet` `a` into one with `b`. */
export function editsAtLeast(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const NONE: readonly Term[] = [];

/** The occurrences of a phrase as ranges. */
export function spansOf(s: TermStats): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0; i < s.spans.length; i += 2) out.push({ start: s.spans[i], end: s.spans[i + 1] });
  return out;
}

/**
 * One candidate per occurrence of a rare spelling near `term`, each knowing all of them; a glossary term ranks
 * first, a document's term at `rank`.
 */
export function pushCandidates(
  out: { push(candidate: Candidate): void },
  all: readonly TextRange[],
  textOf: (range: TextRange) => string,
  kind: NearMissKind,
  term: Term,
  termRange: TextRange | undefined,
  rank: number,
): void {
  for (const range of all)
    out.push({
      range,
      text: textOf(range),
      kind,
      term: term.spelling,
      termCount: term.count,
      fromGlossary: term.glossary,
      termRange,
      all,
      rank: term.glossary ? 0 : rank,
    });
}

/** The first occurrence of a phrase written exactly as `surface`. */
export function firstOf(s: TermStats | undefined, surface: string, text: string): TextRange | undefined {
  if (!s) return undefined;
  for (let i = 0; i < s.spans.length; i += 2)
    if (writtenAs(text, s.spans[i], s.spans[i + 1], surface)) return { start: s.spans[i], end: s.spans[i + 1] };
  return undefined;
}

/** The first use of each term as it is spelled (`firstOf`), looked up once per term: many rare words may share one. */
export function firstUses(text: string): (t: Term) => TextRange | undefined {
  const known = new Map<Term, TextRange | undefined>();
  return (t) => {
    if (!known.has(t)) known.set(t, firstOf(t.stats, t.spelling, text));
    return known.get(t);
  };
}

// The endings that inflect nouns and adjectives (plural, case, gender) in languages whose prose writes the word with
// a capital as often as a name: German nouns always, French and the others at a sentence start. German's -s is left
// out: it marks foreign words and names, which are what a slip is looked for in ("Jenkin" for Jenkins).
const ENDINGS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['e', 'n', 'en', 'er', 'ern', 'em', 'es', 'r']),
  fr: new Set(['e', 's', 'es', 'x']),
  es: new Set(['s', 'es', 'a', 'o', 'as', 'os']),
  it: new Set(['a', 'e', 'i', 'o']),
  pt: new Set(['s', 'es', 'a', 'o', 'as', 'os']),
  nl: new Set(['e', 'en', 'n', 's']),
};

/** The inflecting endings of a document's language, if it is one whose words inflect so (`inflected`). */
export function endingsOf(tag: string): ReadonlySet<string> | undefined {
  return ENDINGS[tag];
}

/** Whether one key is the other with one of `endings` ("wochen" and "woche", "läufer" and "läufe" in German). */
export function inflected(a: string, b: string, endings: ReadonlySet<string> | undefined): boolean {
  if (!endings) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length - short.length <= 3 && long.startsWith(short) && endings.has(long.slice(short.length));
}

// How far to look either side of a word for the letters around it.
const AROUND = 24;

/**
 * Whether the word at `range` is an everyday English word said in English: one a recogniser wrote because it heard
 * it ("the console of my boat"), never a slip for a term. In Chinese or Korean prose the same word is a name
 * written in lower case (我们用consul做服务发现), and stays a candidate. `lowerCase`: only words mostly written in
 * lower case count ("the consul", not "kafka": a name in lower case is still the name).
 */
export function commonWordInEnglish(text: string, range: TextRange, lowerCase = false): boolean {
  const word = text.slice(range.start, range.end);
  if (!(lowerCase ? isCommonLowerCaseWord(word) : isCommonEnglishWord(word))) return false;
  return !cjkLetterAt(text, range.start - 1, -1) && !cjkLetterAt(text, range.end, 1);
}

// Whether the first letter from `at` going `step` (within AROUND units, past spaces, digits and punctuation) is CJK.
function cjkLetterAt(text: string, at: number, step: 1 | -1): boolean {
  for (let n = 0; n < AROUND && at >= 0 && at < text.length; n++, at += step) {
    const c = text.charCodeAt(at);
    if (isUnitIn(c, CJK)) return true;
    if (LETTER.test(text[at])) return false;
  }
  return false;
}

const LETTER = /\p{L}/u;
