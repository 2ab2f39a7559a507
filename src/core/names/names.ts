// Person names across scripts: split into parts, romanised (Han → pinyin, Hangul → Revised
// Romanization, Latin folded to ASCII) and compared with a transliteration-tolerant distance, so
// that one person written in Latin, Chinese and Korean letters is recognised as one name.
import { romanizeHangul } from './hangulRomanize';
import { scriptOf, type Script } from '../text/scripts';
import { RecentCache } from '../text/recentCache';
import { foldLatin, phoneticDistance, phoneticForm, sameOnset } from './phonetic';
import pinyinTable from './pinyinTable.json';

/** One part of a name (a given name, a family name, an initial) with its romanised phonetic form. */
export interface NamePart {
  readonly text: string;
  readonly script: Script;
  /** The phonetic form of the romanised part; empty for parts that cannot be romanised. */
  readonly key: string;
  /** A single Latin letter, possibly with a dot ("J."). */
  readonly initial: boolean;
}

/** A parsed name: its text, its parts, and the script most of its letters are written in. */
export interface PersonName {
  readonly text: string;
  readonly parts: readonly NamePart[];
  readonly script: Script;
}

// Spaces, middle dots and hyphens join the parts of a name in every script this module reads.
const SEPARATORS = /[\s·・•‧\-‐‑_]+/u;

let denseReadings: string[] | undefined;

/** Toneless pinyin of Han text, one reading per character (the most common): transliterated names are read
 * character by character, so context-dependent readings would not help. Characters without one stay as they are. */
export function pinyinOf(han: string): string {
  denseReadings ??= pinyinTable.dense.split(' ');
  const sparse: Record<string, string | undefined> = pinyinTable.sparse;
  let out = '';
  for (const ch of han) out += denseReadings[ch.codePointAt(0)! - pinyinTable.first] || sparse[ch] || ch;
  return out;
}

// Romanised Han and Hangul name parts, for the names of the last few thousand asked.
const romanHan = new RecentCache(4096, (text) => foldLatin(pinyinOf(text)));
const romanHangul = new RecentCache(4096, (text) => foldLatin(romanizeHangul(text)));

/** Romanises text of one script: pinyin without tones for Han, Revised Romanization for Hangul, ASCII folding for Latin. */
export function romanize(text: string, script: Script): string {
  if (script === 'Latin') return foldLatin(text);
  if (script !== 'Han' && script !== 'Hangul') return text.toLowerCase();
  return (script === 'Han' ? romanHan : romanHangul).get(text);
}

/** The script most of a text's letters are written in (`Other` when it has none; the first met of equally many). */
export function dominantScript(text: string): Script {
  // Counted in scratch arrays, scripts in order of first use: a Map per call cost more than the counting.
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let s: number;
    if (c < 0x80) s = (c | 32) >= 97 && (c | 32) <= 122 ? LATIN_INDEX : -1;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      s = SCRIPT_INDEX[scriptOf(cp)];
    }
    if (s >= 0 && counts[s]++ === 0) order[seen++] = s;
  }
  let best: Script = 'Other';
  let n = 0;
  for (let k = 0; k < seen; k++) {
    const s = order[k];
    if (counts[s] > n) {
      best = SCRIPTS[s];
      n = counts[s];
    }
    counts[s] = 0;
  }
  return best;
}

const SCRIPTS: readonly Script[] = ['Latin', 'Han', 'Hangul', 'Kana', 'Cyrillic', 'Greek', 'Arabic'];
const SCRIPT_INDEX: Readonly<Record<Script, number>> = {
  Latin: 0,
  Han: 1,
  Hangul: 2,
  Kana: 3,
  Cyrillic: 4,
  Greek: 5,
  Arabic: 6,
  Other: -1,
};
const LATIN_INDEX = SCRIPT_INDEX.Latin;
const counts = new Int32Array(SCRIPTS.length);
const order = new Int8Array(SCRIPTS.length);

// Recent names, for a name that recurs (a speaker introducing themself in every turn). Kept small: a parse costs
// well under a microsecond.
const parsedRecently = new RecentCache(256, parseUncached);

/** Splits and romanises a name. Digits and punctuation other than separators stay in the parts' text but not in their keys. */
export function parseName(text: string): PersonName {
  return parsedRecently.get(text);
}

function parseUncached(text: string): PersonName {
  return asciiName(text) ?? parseAny(text);
}

// A name of ASCII characters, the usual kind, parsed as `parseAny` would, by code: ASCII needs no normalising, its
// separators are white space, hyphens and underscores, and its edge marks dots and apostrophes. Undefined for
// any other name.
function asciiName(text: string): PersonName | undefined {
  let letters = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    letters ||= isAsciiLetter(c);
  }
  for (let at = 0; at < text.length;) {
    while (at < text.length && isAsciiSeparator(text.charCodeAt(at))) at++;
    let end = at;
    while (end < text.length && !isAsciiSeparator(text.charCodeAt(end))) end++;
    let from = at;
    let to = end;
    at = end;
    while (from < to && (text.charCodeAt(from) === 46 || text.charCodeAt(from) === 39)) from++;
    while (to > from && text.charCodeAt(to - 1) === 39) to--;
    if (from === to) continue;
    const p = text.slice(from, to);
    let letterCount = 0;
    for (let i = from; i < to; i++) if (isAsciiLetter(text.charCodeAt(i))) letterCount++;
    const latin = letterCount > 0;
    const initial = latin && isAsciiLetter(p.charCodeAt(0)) && (p.length === 1 || (p.length === 2 && p.charCodeAt(1) === 46));
    const bare = p.endsWith('.') ? p.slice(0, -1) : p;
    // A part of letters alone folds to itself lowered: foldLatin would look for anything else to drop.
    const folded = latin && letterCount !== bare.length ? foldLatin(bare) : bare.toLowerCase();
    gather({ text: p, script: latin ? 'Latin' : 'Other', key: phoneticForm(folded), initial });
  }
  return { text, parts: gatheredParts(), script: letters ? 'Latin' : 'Other' };
}

// A name's parts are gathered here and copied out at their number: a list grown by pushing keeps room for sixteen,
// and a long document's names are parsed by the hundred thousand. (Emptied by count, not by length: a list cut to
// nothing gives up its room.)
const gathered: NamePart[] = [];
let gatheredCount = 0;

function gather(part: NamePart): void {
  if (gatheredCount < gathered.length) gathered[gatheredCount++] = part;
  else gatheredCount = gathered.push(part);
}

function gatheredParts(): NamePart[] {
  const parts = gathered.slice(0, gatheredCount);
  gatheredCount = 0;
  return parts;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

// White space (as `\s` reads it in ASCII), hyphen and underscore: the ASCII members of SEPARATORS.
function isAsciiSeparator(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 45 || c === 95;
}

function parseAny(text: string): PersonName {
  for (const piece of text.normalize('NFC').split(SEPARATORS)) {
    const p = EDGE_MARK.test(piece) ? piece.replace(EDGE_MARKS, '') : piece;
    if (p === '') continue;
    const script = dominantScript(p);
    const initial = script === 'Latin' && INITIAL.test(p);
    gather({ text: p, script, key: phoneticForm(romanize(p.endsWith('.') ? p.slice(0, -1) : p, script)), initial });
  }
  return { text, parts: gatheredParts(), script: dominantScript(text) };
}

// Dots and apostrophes leading a part, apostrophes trailing it: not part of the name. Looked for before stripping:
// most parts have none.
const EDGE_MARKS = /^[.'’]+|['’]+$/gu;
const EDGE_MARK = /^[.'’]|['’]$/u;
const INITIAL = /^\p{L}\.?$/u;

/** The largest distance at which two parts still count as one name: stricter for two Latin spellings. */
function tolerance(a: NamePart, b: NamePart): number {
  return a.script === 'Latin' && b.script === 'Latin' ? 0.2 : 0.34;
}

// Distance between two parts, or Infinity when they are plainly different.
function partDistance(a: NamePart, b: NamePart, slack: number): number {
  if (!a.key || !b.key) return a.text === b.text ? 0 : Infinity;
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return a.key === b.key ? 0 : Infinity;
    return (a.initial ? b : a).key[0] === (a.initial ? a : b).key[0] ? 0.1 : Infinity;
  }
  if (!sameOnset(a.key, b.key)) return Infinity;
  const most = tolerance(a, b) + slack;
  const d = phoneticDistance(a.key, b.key, most);
  return d <= most ? d : Infinity;
}

// Mean distance of parts paired in order, Infinity when a pair is too far apart.
function alignedDistance(a: readonly NamePart[], b: readonly NamePart[], slack: number): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = partDistance(a[i], b[i], slack);
    if (d === Infinity) return d;
    sum += d;
  }
  return sum / a.length;
}

// Names compared as wholes differ in length by at most this factor (keys in Latin letters: 克劳斯施密特 "kelaosishimite"
// against Klaus Schmidt "klausschmidt" is 1.17).
const WHOLE_LENGTHS = 1.6;

/**
 * How far apart two names are (0 = the same name in any script), or Infinity when they name
 * different people. Parts are paired in order (either order for two-part names); names split
 * differently (克劳斯施密特 / Klaus Schmidt) are compared as wholes. `slack` widens the tolerance.
 */
export function nameDistance(a: PersonName, b: PersonName, slack = 0): number {
  const pa = a.parts;
  const pb = b.parts;
  if (pa.length === 0 || pb.length === 0) return Infinity;
  if (a.text === b.text) return 0;
  if (pa.length === pb.length) {
    const straight = alignedDistance(pa, pb, slack);
    return pa.length === 2 ? Math.min(straight, alignedDistance(pa, [pb[1], pb[0]], slack)) : straight;
  }
  // Only a name run together (no separators) is compared as a whole, never a longer name with a shorter one.
  if (pa.length !== 1 && pb.length !== 1) return Infinity;
  const whole = (parts: readonly NamePart[], script: Script): NamePart => ({
    text: parts.map((p) => p.text).join(''),
    script,
    key: parts.map((p) => p.key).join(''),
    initial: false,
  });
  if (pa.some((p) => p.initial) || pb.some((p) => p.initial)) return Infinity;
  const [one, many, oneScript, manyScript] = pa.length === 1 ? [pa, pb, a.script, b.script] : [pb, pa, b.script, a.script];
  // A name of two syllables is no spelling of one of five (孙悦 and 索菲亚·罗西 share a first sound, nothing more).
  const oneLength = one[0].key.length;
  const manyLength = many.reduce((n, p) => n + p.key.length, 0);
  if (Math.max(oneLength, manyLength) > WHOLE_LENGTHS * Math.min(oneLength, manyLength)) return Infinity;
  // East Asian order puts the family name first: 王小明 is both Wang Xiaoming and Xiaoming Wang.
  const orders = many.length === 2 ? [many, [many[1], many[0]]] : [many];
  return Math.min(...orders.map((parts) => partDistance(whole(one, oneScript), whole(parts, manyScript), slack)));
}
