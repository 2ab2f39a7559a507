import { documentNames, isRoleLabel, type NameOccurrence } from '../../names/documentNames';
import type { Transcript } from '../../document/model';
import { languageName } from '../../language/languages';
import { nameLanguageHint } from '../../names/nameLanguage';
import { nameDistance, parseName, type PersonName } from '../../names/names';
import { spellingKey } from '../../text/nameKeys';
import { blockAt } from '../../document/blocks';
import { quotedPassages, turnAt } from './quotedPassages';
import { findSelfIntroductions } from './selfIntroductions';
import { NameIndex } from './nameIndex';
import { wordsIn } from './wordsInText';
import { RecentCache } from '../../text/recentCache';
import type { TextRange } from '../../text/offsets';
import type { Check, Report } from '../../engine/types';
import { q } from '../shared/messageStyle';

// Names compared at most through an index, over the whole document: names that all start alike (Ka… Berg,
// Ko… Bolt, …) still meet pair by pair. Past this, a name under test is taken to be one the document gives.
const MAX_COMPARISONS = 50_000;
// Other expected names offered besides the suggestion: a document may list any number of authors.
const MAX_SUGGESTIONS = 10;
// Candidate spellings beyond this many (expected names and their parts) are searched through an index.
const INDEX_FROM = 16;
// Verdicts kept for the names met lately at one place.
const RECENT_VERDICTS = 256;

/** What one run shares: what is left of MAX_COMPARISONS. */
interface Run {
  readonly t: Transcript;
  readonly budget: { left: number };
}

/**
 * Every name the document gives on purpose, folded, and indexed to find misspellings of them. The names are parsed
 * to be filed and parsed again when a search finds them: a document may give a hundred thousand names, and
 * parses kept for all of them outlive the young generation only to be dropped with the check.
 */
interface Known {
  readonly keys: ReadonlySet<string>;
  readonly names: readonly string[];
  readonly index: NameIndex;
}

/** A name the document gives its speaker, and where. */
interface Expected {
  readonly name: string;
  /** Parsed on first use: romanising Han names loads a dictionary. */
  readonly parsed: PersonName;
  readonly range: TextRange;
  /** How to refer to the place in a message: "the title", "the turn's label", "the Author field". */
  readonly where: string;
}

/** A self-introduction or a byline naming someone other than the speaker the document names. */
export const nameMismatch: Check = {
  id: 'name-mismatch',
  description:
    "A self-introduction or pull-quote byline whose name differs from the speaker named by the document's title, header or turn label.",
  defaultLevel: 'warning',
  fixable: true,
  tags: ['names', 'speech-recognition'],
  scope: 'document',
  run(ctx, report) {
    const t = ctx.transcript;
    const names = documentNames(t);
    if (names.length === 0) return;
    const bylines = new Map<number, NameOccurrence>();
    for (const o of names) if (o.role === 'attribution') bylines.set(o.range.start, o);
    // Names are parsed where needed, not kept by name for the run: a parse costs less than a lookup in a map of a
    // hundred thousand names.
    const run: Run = { t, budget: { left: MAX_COMPARISONS } };
    let knownCache: Known | undefined;
    const known = () => (knownCache ??= knownNames(names));
    const compare = (given: Given, want: Wanted): Report | undefined => {
      const verdict = want.verdict(given, () => judge(given, want, known, run));
      return verdict && finding(given, verdict, want);
    };
    const noone = new Wanted([]);
    // Names are met turn by turn, in order: only the last turn's expected names are kept.
    let speaker: { turn: number; want: Wanted } | undefined;
    const speakerOf = (turn: number) =>
      speaker?.turn === turn ? speaker.want : (speaker = { turn, want: new Wanted(speakerExpected(t, turn)) }).want;
    // A name given by several headers is expected once, as its first header gives it (the same verdicts).
    const headerNames = new Map<string, Expected>();
    for (const o of names) if (o.role === 'header' && o.speaker && !headerNames.has(o.name)) headerNames.set(o.name, expected(o));
    const headers = new Wanted([...headerNames.values()]);
    const intros = findSelfIntroductions(ctx.text, t.language.tag);
    // After a weak cue, a capitalised word the text also writes in lower case ("I'm Very Happy") is no name.
    // Those words of all intros in one list, lower-cased, intro after intro (a list per intro is an object per line).
    const capitalised: string[] = [];
    const capitalisedFrom = new Int32Array(intros.length + 1);
    for (let i = 0; i < intros.length; i++) {
      if (!intros[i].strong) for (const w of intros[i].name.split(/\s+/)) if (/^\p{Lu}\p{Ll}+$/u.test(w)) capitalised.push(w.toLowerCase());
      capitalisedFrom[i + 1] = capitalised.length;
    }
    const lowerCase = wordsIn(ctx.text, capitalised);
    const writtenLower = (i: number) => {
      for (let w = capitalisedFrom[i]; w < capitalisedFrom[i + 1]; w++) if (lowerCase[w]) return true;
      return false;
    };
    for (let i = 0; i < intros.length; i++) {
      const intro = intros[i];
      if (writtenLower(i)) continue;
      const block = t.blocks[blockAt(t.blocks, intro.range.start)];
      if (block.kind !== 'turn' && block.kind !== 'paragraph' && block.kind !== 'blockquote') continue;
      if (block.kind === 'turn' && intro.range.start < block.textRange.start) continue;
      const turn = turnAt(t, intro.range.start);
      const r = compare({ name: intro.name, range: intro.range, byline: false }, turn !== undefined ? speakerOf(turn) : headers);
      if (r) report(r);
    }
    for (const q of quotedPassages(t)) {
      const byline = t.blocks[q.attribution];
      const name = byline.kind === 'attribution' ? bylines.get(byline.nameRange.start) : undefined;
      if (!name) continue;
      const want = q.turn !== undefined ? speakerOf(q.turn) : t.turns.length === 0 ? headers : noone;
      const r = compare({ name: name.name, range: name.range, byline: true, passage: q.passage }, want);
      if (r) report(r);
    }
  },
};

// The document's distinct names, with their folded spellings, parsed once and indexed.
function knownNames(names: readonly NameOccurrence[]): Known {
  const distinct = new Set<string>();
  for (const o of names) distinct.add(o.name);
  const list = [...distinct];
  const keys = new Set<string>();
  for (const name of list) keys.add(spellingKey(name));
  return { keys, names: list, index: new NameIndex(list.length, (i) => parseName(list[i])) };
}

function expected(o: NameOccurrence): Expected {
  const where = o.source === 'title' ? 'the title' : o.source === 'label' ? LABEL : `the ${o.source} field`;
  return new ExpectedName(o.name, o.range, where);
}

const LABEL = "the turn's label";

class ExpectedName implements Expected {
  private parse?: PersonName;
  constructor(
    readonly name: string,
    readonly range: TextRange,
    readonly where: string,
  ) {}
  get parsed(): PersonName {
    return (this.parse ??= parseName(this.name));
  }
}

// The speaker of a turn, unless its label is a role ("Host") rather than a name.
function speakerExpected(t: Transcript, turn: number): Expected[] {
  const s = t.turns[turn].speaker;
  return isRoleLabel(s.name) ? [] : [new ExpectedName(s.name, s.nameRange, LABEL)];
}

/** The name under test: a self-introduction's, or a pull quote's byline with the passage it repeats. */
interface Given {
  readonly name: string;
  readonly range: TextRange;
  readonly byline: boolean;
  readonly passage?: TextRange;
}

/** What is wrong with a given name, and the name to use instead. */
interface Verdict {
  readonly message: string;
  readonly suggestion: string;
  readonly w: Expected;
}

/** A form of an expected name that a given name may be a spelling of: the whole name, or one of its parts. */
interface Candidate {
  readonly w: Expected;
  readonly form: string;
  readonly parsed: PersonName;
}

/** Candidates in order (the first of equally close ones wins), with their folded spellings and, when many, an index. */
interface Candidates {
  readonly list: readonly Candidate[];
  readonly keys: Keys;
  readonly index?: NameIndex;
}

/** Folded spellings to look a name up in. */
interface Keys {
  has(key: string): boolean;
}

// A few keys (a turn's speaker: one) are searched in a list; a set costs more to make than that to search.
function keysOf(keys: readonly string[]): Keys {
  return keys.length > 8 ? new Set(keys) : { has: (key) => keys.includes(key) };
}

/** The names expected at one place (a turn's speaker, or the headers), prepared once for every name compared with them. */
class Wanted {
  /** The folded spellings of the expected names. */
  readonly keys: Keys;
  private readonly forms: (Candidates | undefined)[] = [];
  /**
   * A name repeated here gets the same verdict: judged once while it recurs (by name, self-introductions and
   * bylines apart). A turn's speaker is wanted for the names of that turn, most often one: the first verdict is
   * kept on its own, the recent ones once a second name comes; a document's headers are wanted for every name of
   * a document without turns, a hundred thousand distinct ones in a long list.
   */
  private firstKey?: string;
  private firstVerdict?: Verdict;
  private verdicts?: RecentCache<Verdict | undefined>;
  private lastTold?: Told;

  constructor(readonly names: readonly Expected[]) {
    this.keys = keysOf(names.map((w) => spellingKey(w.name)));
  }

  verdict(given: Given, judge: () => Verdict | undefined): Verdict | undefined {
    const key = given.byline ? `\u0000${given.name}` : given.name;
    if (this.firstKey === undefined) {
      this.firstKey = key;
      return (this.firstVerdict = judge());
    }
    if (key === this.firstKey) return this.firstVerdict;
    return (this.verdicts ??= new RecentCache(RECENT_VERDICTS)).get(key, judge);
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
    const i = onePart ? 1 : 0;
    return (this.forms[i] ??= this.prepare(onePart));
  }

  private prepare(onePart: boolean): Candidates {
    const list: Candidate[] = [];
    for (const w of this.names) {
      list.push({ w, form: w.name, parsed: w.parsed });
      if (onePart && w.parsed.parts.length > 1) for (const p of w.parsed.parts) list.push({ w, form: p.text, parsed: parseName(p.text) });
    }
    // Whole names only: their folded spellings are the expected names' own.
    const keys = onePart ? keysOf(list.map((c) => spellingKey(c.form))) : this.keys;
    return list.length > INDEX_FROM ? { list, keys, index: new NameIndex(list.length, (i) => list[i].parsed) } : { list, keys };
  }
}

// What is wrong with a name that should be one of `want`; nothing when it is one (or, for a
// self-introduction, is someone else the document names: speakers introduce each other).
function judge(given: Given, want: Wanted, known: () => Known, { t, budget }: Run): Verdict | undefined {
  if (want.names.length === 0) return undefined;
  const { name } = given;
  const key = spellingKey(name);
  if (want.keys.has(key) || (!given.byline && known().keys.has(key))) return undefined;
  // The name under test goes through parseName's own cache: the run keeps only the names the document gives.
  const parsed = parseName(name);
  if (parsed.parts.length === 0) return undefined;
  const candidates = want.candidates(parsed.parts.length === 1);
  if (candidates.keys.has(key)) return undefined;
  const close = closest(parsed, candidates, budget);
  if (close === 'spent') return undefined;
  if (close) {
    // A byline may spell the speaker in another script (a translated name): speaker-variant's business.
    if (given.byline) return undefined;
    const message = `${q(name)} looks like a misspelling of ${q(close.form)}, the speaker's name in ${close.w.where}: use ${q(close.form)}.`;
    return { message, suggestion: close.form, w: close.w };
  }
  if (!given.byline && isKnown(parsed, known(), budget)) return undefined;
  const w = want.names[0];
  const suggestion =
    parsed.parts.length === 1 && w.parsed.parts.length > 1 && w.parsed.script === 'Latin' ? w.parsed.parts[0].text : w.name;
  const message = given.byline
    ? `This pull quote repeats words that ${q(w.name)} says, but its byline names ${q(name)}: use ${q(suggestion)}.`
    : `The speaker introduces themself as ${q(name)}, but ${w.where} names ${q(w.name)}: use ${q(suggestion)}.${foreignLooking(name, w.name, t)}`;
  return { message, suggestion, w };
}

// The candidate closest to `name` (the first of equally close ones), if any is close; 'spent' when the budget ran out.
function closest(name: PersonName, { list, index }: Candidates, budget: Run['budget']): Candidate | undefined | 'spent' {
  let best = -1;
  let bestD = Infinity;
  const near = index?.near(name, searched(budget));
  for (let n = 0; n < (near ? near.length : list.length); n++) {
    if (near && --budget.left < 0) return 'spent';
    const i = near ? near[n] : n;
    const d = nameDistance(name, list[i].parsed);
    if (d < bestD || (d === bestD && d !== Infinity && i < best)) {
      best = i;
      bestD = d;
    }
  }
  return best < 0 ? undefined : list[best];
}

// Whether `name` is, by `nameDistance`, one of the document's names (taken to be, once the budget has run out).
function isKnown(name: PersonName, known: Known, budget: Run['budget']): boolean {
  for (const i of known.index.near(name, searched(budget))) {
    if (--budget.left < 0) return true;
    if (nameDistance(name, parseName(known.names[i])) !== Infinity) return true;
  }
  return false;
}

// How many names a search need find: one past what is left of the budget, which runs out on meeting it.
function searched(budget: Run['budget']): number {
  return Math.max(1, budget.left + 1);
}

// A second sentence when the name's spelling points to another language than the document's and the expected
// name's: the recogniser reached for a name of that language.
function foreignLooking(name: string, wanted: string, t: Transcript): string {
  if (t.language.script !== 'Latin') return '';
  const hint = nameLanguageHint(name);
  if (!hint || hint === t.language.tag || hint === nameLanguageHint(wanted)) return '';
  const language = languageName(hint);
  return ` The recogniser probably heard ${/^[AEIOU]/.test(language) ? 'an' : 'a'} ${language} name.`;
}

function finding(given: Given, { message, suggestion, w }: Verdict, want: Wanted): Report {
  const { suggestions, title, related } = want.told(w, suggestion);
  return {
    range: given.range,
    message,
    suggestions,
    fixes: [{ title, edits: [{ range: given.range, newText: suggestion }], preferred: true }],
    related: given.passage ? [...related, { range: given.passage, message: 'The quoted words in the transcript.' }] : related,
  };
}

/** What every finding that suggests one expected name says alike: its suggestions, fix title and related place. */
interface Told {
  readonly w: Expected;
  readonly suggestion: string;
  readonly suggestions: readonly string[];
  readonly title: string;
  readonly related: readonly { range: TextRange; message: string }[];
}
