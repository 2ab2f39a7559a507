import { documentNames, type NameOccurrence } from '../../names/documentNames';
import type { Transcript } from '../../document/model';
import { languageName } from '../../language/languages';
import { nameLanguageHint } from '../../names/nameLanguage';
import { nameDistance, parseName, type PersonName } from '../../names/names';
import { SpellingSet } from '../../text/nameKeys';
import { blockAt } from '../../document/blocks';
import { quotedPassages } from './quotedPassages';
import { turnAt } from '../../document/blocks';
import { selfIntroductionSpans } from './selfIntroductions';
import { NameIndex } from './nameIndex';
import { wordsIn } from './wordsInText';
import { Expected, Wanted, type Candidate, type Candidates, type Judge, type Verdict } from './wanted';
import type { TextRange } from '../../text/offsets';
import type { Check, Report } from '../../engine/types';
import { q } from '../shared/messageStyle';

// Names compared at most through an index, over the whole document: names that all start alike (Ka… Berg,
// Ko… Bolt, …) still meet pair by pair. Past this, a name under test is taken to be one the document gives.
const MAX_COMPARISONS = 50_000;

/**
 * Every name the document gives on purpose, with their spellings, and indexed to find misspellings of them. The
 * names are parsed to be filed and parsed again when a search finds them: a document may give a hundred thousand
 * names, and parses kept for all of them outlive the young generation only to be dropped with the check.
 */
interface Known {
  readonly spellings: SpellingSet;
  readonly names: readonly string[];
  /** Where each name stands first, as its position among the document's names. */
  readonly firsts: readonly number[];
  /** For each of the document's names, its position in `names`. */
  readonly positions: Int32Array;
  readonly index: NameIndex;
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
    const run = new Run(t, names);
    const headers = new AgainstHeaders(run, report);
    const { text } = ctx;
    const intros = selfIntroductionSpans(text, t.language.tag);
    // After a weak cue, a capitalised word the text also writes in lower case ("I'm Very Happy") is no name.
    // Those words of all intros in two lists, intro after intro: where they stand in a name of ASCII, lower-cased in
    // others (a list per intro, or a string per word, is an object per line of a long document).
    const count = intros.length / 3;
    const spans: number[] = [];
    const others: string[] = [];
    const spansFrom = new Int32Array(count + 1);
    const othersFrom = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) {
      if (intros[3 * i + 2] === 0) capitalisedWords(text, intros[3 * i], intros[3 * i + 1], spans, others);
      spansFrom[i + 1] = spans.length;
      othersFrom[i + 1] = others.length;
    }
    const lowerCase = wordsIn(text, others, spans);
    const writtenLower = (i: number) => {
      for (let w = othersFrom[i]; w < othersFrom[i + 1]; w++) if (lowerCase[w]) return true;
      for (let w = spansFrom[i]; w < spansFrom[i + 1]; w += 2) if (lowerCase[others.length + w / 2]) return true;
      return false;
    };
    for (let i = 0; i < count; i++) {
      if (writtenLower(i)) continue;
      const start = intros[3 * i];
      const block = t.blocks[blockAt(t.blocks, start)];
      if (block.kind !== 'turn' && block.kind !== 'paragraph' && block.kind !== 'blockquote') continue;
      if (block.kind === 'turn' && start < block.textRange.start) continue;
      const turn = turnAt(t, start);
      const range = { start, end: intros[3 * i + 1] };
      const name = text.slice(start, range.end);
      if (turn !== undefined) {
        const r = run.compare(name, range, undefined, run.speakerOf(turn));
        if (r) report(r);
      } else headers.add(name, range);
    }
    headers.finish();
    const bylines = new Map<number, NameOccurrence>();
    for (const o of names) if (o.role === 'attribution') bylines.set(o.range.start, o);
    for (const q of quotedPassages(t)) {
      const byline = t.blocks[q.attribution];
      const name = byline.kind === 'attribution' ? bylines.get(byline.nameRange.start) : undefined;
      if (!name) continue;
      const want = q.turn !== undefined ? run.speakerOf(q.turn) : t.turns.length === 0 ? run.headers : run.noone;
      const r = run.compare(name.name, name.range, q.passage, want);
      if (r) report(r);
    }
  },
};

// Self-introductions outside turns by this many different names, none near the title's or a header field's, are a
// roster of people (a panel, questions from the floor), not one speaker whose name the recogniser got wrong.
const ROSTER = 3;

/**
 * Self-introductions outside turns, where the title and the speaker header fields say who speaks. A name near
 * theirs is a misspelling at once; a different name is taken for a misrecognition of theirs only while fewer than
 * ROSTER different names are introduced. (Their own name introduced correctly elsewhere says nothing: a speaker
 * who gives their name twice is heard right once as often as a host introduces themself before the guest.)
 */
class AgainstHeaders {
  private unlike: [TextRange, Verdict][] = [];
  private readonly unlikeNames = new Set<string>();

  constructor(
    private readonly run: Run,
    private readonly report: (r: Report) => void,
  ) {}

  add(name: string, range: TextRange): void {
    const want = this.run.headers;
    const verdict = want.verdict(name, false, this.run);
    if (verdict === null) return;
    if (verdict.near) this.report(finding(range, undefined, verdict, want));
    else if (this.unlikeNames.size < ROSTER) {
      this.unlikeNames.add(name);
      if (this.unlikeNames.size < ROSTER) this.unlike.push([range, verdict]);
      else this.unlike = [];
    }
  }

  /** Reports the different names held, unless they turned out to be other people. */
  finish(): void {
    for (const [range, verdict] of this.unlike) this.report(finding(range, undefined, verdict, this.run.headers));
  }
}

/** What one run of the check shares: the document, its names, the places' expected names, what is left of MAX_COMPARISONS. */
class Run implements Judge {
  left = MAX_COMPARISONS;
  readonly noone = new Wanted([]);
  /** For each turn, the position in `names` of its label, or -1 when the label is a role ("Host") rather than a name. */
  private readonly labels: Int32Array;
  /** Names are met turn by turn, in order: only the last turn's expected names are kept. */
  private speakerTurn = -1;
  private speaker = this.noone;
  private knownNames?: Known;
  private headerNames?: Wanted;
  /** How messages refer to where names stand, by source: made once each, not for each of a hundred thousand fields. */
  private readonly wheres = new Map([
    ['title', 'the title'],
    ['label', "the turn's label"],
  ]);

  constructor(
    readonly t: Transcript,
    private readonly names: readonly NameOccurrence[],
  ) {
    this.labels = new Int32Array(t.turns.length).fill(-1);
    for (let i = 0; i < names.length; i++) if (names[i].role === 'label') this.labels[names[i].turn!] = i;
  }

  /** The document's distinct names, with their spellings, filed on first use. */
  get known(): Known {
    return (this.knownNames ??= knownNames(this.names));
  }

  /** The names of the title and the speaker header fields; one given by several is expected as the first gives it. */
  get headers(): Wanted {
    return (this.headerNames ??= this.headerNamesOf());
  }

  private headerNamesOf(): Wanted {
    // A document naming its people in speaker header fields only has them as its known names, in the same order:
    // they are filed once (a document may give a hundred thousand authors).
    if (this.names.every((o) => o.role === 'header' && o.speaker)) {
      const known = this.known;
      return new Wanted(
        known.firsts.map((i) => this.expected(i)),
        () => known,
      );
    }
    const first = new Map<string, Expected>();
    for (let i = 0; i < this.names.length; i++) {
      const o = this.names[i];
      if (o.role === 'header' && o.speaker && !first.has(o.name)) first.set(o.name, this.expected(i));
    }
    return new Wanted([...first.values()]);
  }

  /** The document's name at `occurrence`, as expected where it stands ("the title", "the Author field"). */
  private expected(occurrence: number): Expected {
    const o = this.names[occurrence];
    let where = this.wheres.get(o.source);
    if (where === undefined) this.wheres.set(o.source, (where = `the ${o.source} field`));
    return new Expected(o.name, o.range, where, occurrence);
  }

  /** The document's names, if filed already. */
  get filed(): Known | undefined {
    return this.knownNames;
  }

  /** The speaker of a turn, unless its label is a role rather than a name. */
  speakerOf(turn: number): Wanted {
    if (this.speakerTurn !== turn) {
      const label = this.labels[turn];
      this.speakerTurn = turn;
      this.speaker = new Wanted(label < 0 ? [] : [this.expected(label)]);
    }
    return this.speaker;
  }

  /** The finding on a self-introduction's name, or on a byline's (with the passage it repeats), where `want` is expected. */
  compare(name: string, range: TextRange, passage: TextRange | undefined, want: Wanted): Report | undefined {
    const verdict = want.verdict(name, passage !== undefined, this);
    return verdict === null ? undefined : finding(range, passage, verdict, want);
  }

  judge(name: string, byline: boolean, want: Wanted): Verdict | null {
    return judge(name, byline, want, this);
  }
}

// The document's distinct names, with their spellings, parsed once and indexed.
function knownNames(names: readonly NameOccurrence[]): Known {
  const spellings = new SpellingSet();
  const firsts: number[] = [];
  const positions = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) {
    positions[i] = spellings.add(names[i].name);
    if (positions[i] === firsts.length) firsts.push(i);
  }
  const list = spellings.names;
  return { spellings, names: list, firsts, positions, index: new NameIndex(list.length, (i) => parseName(list[i])) };
}

// Pushes the words of the name text[start, end) (split at white space) that are a capital and lower-case letters: where
// they stand, for a name of ASCII (the usual kind, read by code), or else lower-cased.
function capitalisedWords(text: string, start: number, end: number, spans: number[], others: string[]): void {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      for (const w of text.slice(start, end).split(/\s+/)) if (CAPITALISED.test(w)) others.push(w.toLowerCase());
      return;
    }
  }
  for (let at = start; at < end;) {
    while (at < end && isAsciiSpace(text.charCodeAt(at))) at++;
    const from = at;
    let lower = 0;
    while (at < end && !isAsciiSpace(text.charCodeAt(at))) if (isAsciiLower(text.charCodeAt(at++))) lower++;
    const c = text.charCodeAt(from);
    if (at - from >= 2 && c >= 65 && c <= 90 && lower === at - from - 1) spans.push(from, at);
  }
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const isAsciiSpace = (c: number) => (c >= 9 && c <= 13) || c === 32;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

// What is wrong with a name that should be one of `want`; null when it is one (or, for a self-introduction, is
// someone else the document names: speakers introduce each other).
function judge(name: string, byline: boolean, want: Wanted, run: Run): Verdict | null {
  if (want.names.length === 0) return null;
  if (want.spellings.has(name)) return null;
  // (Header fields giving all the names there are have the known names' spellings, looked up above.)
  if (!byline && run.known.spellings !== want.spellings && run.known.spellings.has(name)) return null;
  // The name under test goes through parseName's own cache: the run keeps only the names the document gives.
  const parsed = parseName(name);
  if (parsed.parts.length === 0) return null;
  // A label that gives part of the name a speaker introduces themself with names the same person ("Anna:" for
  // Anna Kowalski, "劳拉：" for 劳拉·贝内特): labels are short.
  if (!byline && want.names.some((w) => partOf(w.parsed, parsed))) return null;
  const candidates = want.candidates(parsed.parts.length === 1);
  // Whole names have the expected names' spellings, looked up above.
  if (candidates.spellings !== want.spellings && candidates.spellings.has(name)) return null;
  const close = closest(parsed, candidates, run);
  if (close === 'spent') return null;
  if (close) {
    // A byline may spell the speaker in another script (a translated name): speaker-variant's business.
    if (byline) return null;
    const message = `${q(name)} looks like a misspelling of ${q(close.form)}, the speaker's name in ${close.w.where}: use ${q(close.form)}.`;
    return { message, suggestion: close.form, w: close.w, near: true };
  }
  if (!byline && isKnown(parsed, run)) return null;
  const w = want.names[0];
  const suggestion =
    parsed.parts.length === 1 && w.parsed.parts.length > 1 && w.parsed.script === 'Latin' ? w.parsed.parts[0].text : w.name;
  const message = byline
    ? `This pull quote repeats words that ${q(w.name)} says, but its byline names ${q(name)}: use ${q(suggestion)}.`
    : `The speaker introduces themself as ${q(name)}, but ${w.where} names ${q(w.name)}: use ${q(suggestion)}.${foreignLooking(name, w.name, run.t)}`;
  return { message, suggestion, w, near: false };
}

// Whether every part of `short` is a part of `full`, which has more.
function partOf(short: PersonName, full: PersonName): boolean {
  if (!short.parts.length || short.parts.length >= full.parts.length) return false;
  const parts = new Set(full.parts.map((p) => p.text.toLowerCase()));
  return short.parts.every((p) => parts.has(p.text.toLowerCase()));
}

// The candidate closest to `name` (the first of equally close ones), if any is close; 'spent' when the budget ran out.
function closest(name: PersonName, { list, index }: Candidates, run: Run): Candidate | undefined | 'spent' {
  let best = -1;
  let bestD = Infinity;
  const near = index?.near(name, searched(run));
  // A few candidates are compared one by one; a whole name the document's names are filed with is not even parsed
  // where their index tells it far from `name` (a turn's speaker, in a long list of speakers introducing others).
  const known = near ? undefined : run.filed;
  for (let n = 0; n < (near ? near.length : list.length); n++) {
    if (near && --run.left < 0) return 'spent';
    const i = near ? near[n] : n;
    const { occurrence } = list[i];
    if (known && occurrence !== undefined && !known.index.meets(name, known.positions[occurrence])) continue;
    const d = nameDistance(name, list[i].parsed);
    if (d < bestD || (d === bestD && d !== Infinity && i < best)) {
      best = i;
      bestD = d;
    }
  }
  return best < 0 ? undefined : list[best];
}

// Whether `name` is, by `nameDistance`, one of the document's names (taken to be, once the budget has run out).
function isKnown(name: PersonName, run: Run): boolean {
  const known = run.known;
  for (const i of known.index.near(name, searched(run))) {
    if (--run.left < 0) return true;
    if (nameDistance(name, parseName(known.names[i])) !== Infinity) return true;
  }
  return false;
}

// How many names a search need find: one past what is left of the budget, which runs out on meeting it.
function searched(run: Run): number {
  return Math.max(1, run.left + 1);
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

// The finding on the name at `range` (a byline's, when the passage its quote repeats is given).
function finding(range: TextRange, passage: TextRange | undefined, { message, suggestion, w }: Verdict, want: Wanted): Report {
  const { suggestions, title, related } = want.told(w, suggestion);
  return {
    range,
    message,
    suggestions,
    fixes: [{ title, edits: [{ range, newText: suggestion }], preferred: true }],
    related: passage ? [related[0], { range: passage, message: 'The quoted words in the transcript.' }] : related,
  };
}
