// What the aligner knows of one segment: its length in units comparable across scripts, and the anchors
// that tend to survive translation (numbers, names and other cognates, marks such as ? and !). Anchors are
// interned as small integers so that comparing two beads is a merge of two short sorted arrays.
import { scriptOf } from '../language/language';
import { findNumbers } from '../language/numbers';

/** One segment's alignment features. */
export interface SegmentFeatures {
  /** Length in units: Latin-script letters and digits count 1, an ideograph or Hangul syllable `CJK_UNIT`. */
  readonly units: number;
  /** Anchor ids, sorted, without repeats. */
  readonly anchors: Int32Array;
}

// An ideograph or a Hangul syllable carries about as much as three letters of English or German: the ratio
// between the two sides is then estimated from the pair itself, this only keeps mixed-script text comparable.
const CJK_UNIT = 3;
// Words shorter than this are rarely cognates (and often function words).
const MIN_COGNATE = 4;
// Cognates are compared by their first letters: inflection and derivation change the end of a word.
const COGNATE_PREFIX = 5;

/** Interns anchor strings shared by both sides of one alignment. */
export class AnchorTable {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly lexical: number[] = [];
  // The checks ask an anchor's kind over and over.
  private readonly kinds: ('mark' | 'cognate' | 'content')[] = [];

  /** The id of an anchor, made on first sight; keys from a lexicon start with `~`. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.ids.size));
      this.keys.push(key);
      if (key.charCodeAt(0) === 0x7e) this.lexical.push(id);
    }
    return id;
  }

  /** What an anchor is: a mark (? ! quotes), a cognate (a Latin word's first letters), or content (a number, a name, a lexicon word, an acronym, a URL). */
  kind(id: number): 'mark' | 'cognate' | 'content' {
    let kind = this.kinds[id];
    if (kind === undefined) {
      const key = this.keys[id];
      this.kinds[id] = kind = MARK_KEYS.has(key) ? 'mark' : /^\p{Ll}+$/u.test(key) ? 'cognate' : 'content';
    }
    return kind;
  }

  /** The string an anchor was made from: `#` and a number's value, a mark, a name, a cognate's first letters, `~` and a lexicon stem. */
  key(id: number): string {
    return this.keys[id];
  }

  /** The ids of the anchors a lexicon made. */
  get lexicalIds(): readonly number[] {
    return this.lexical;
  }

  /** How many anchors have been seen. */
  get size(): number {
    return this.ids.size;
  }
}

const WORD = /https?:\/\/[^\s<>"“”]+|\p{L}[\p{L}\p{M}'’-]*|[?？!！…“”"「」『』«»:：]/gu;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}s?$/;
// Marks that a translation keeps: questions, exclamations, trailing off, quoted speech, a colon before a list
// or a quotation; quotation marks of every style are one anchor.
const MARKS = new Map<string, string>(
  Object.entries({
    '？': '?',
    '?': '?',
    '！': '!',
    '!': '!',
    '…': '…',
    '“': '"',
    '”': '"',
    '"': '"',
    '「': '"',
    '」': '"',
    '『': '"',
    '』': '"',
    '«': '"',
    '»': '"',
    ':': ':',
    '：': ':',
  }),
);

const MARK_KEYS = new Set(MARKS.values());

/** Adds further anchors of a segment: the lexicon's, where one applies. */
export type ExtraAnchors = (text: string, add: (key: string) => void) => void;

/** The features of one segment; anchors are interned in `table`, tokens' anchors remembered in `known` (pass one map for many segments). */
export function segmentFeatures(
  text: string,
  table: AnchorTable,
  extra?: ExtraAnchors,
  known: Map<string, string | undefined> = new Map(),
): SegmentFeatures {
  const units = lengthUnits(text);
  const keys = new Set<number>();
  for (const n of findNumbers(text)) keys.add(table.id('#' + n.value));
  extra?.(text, (key) => keys.add(table.id(key)));
  for (const m of text.matchAll(WORD)) {
    const token = m[0];
    let key = known.get(token);
    if (key === undefined && !known.has(token)) known.set(token, (key = anchorKey(token)));
    if (key) keys.add(table.id(key));
  }
  return { units: Math.max(units, 1), anchors: Int32Array.from(keys).sort() };
}

/** A text's length in units comparable across scripts: a Latin letter or digit 1, an ideograph or Hangul syllable `CJK_UNIT`. */
export function lengthUnits(text: string): number {
  const weights = (WEIGHTS ??= unitWeights());
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character beyond the basic plane (a rare ideograph) is weighed by its code point; its low half weighs nothing.
    units += c >= 0xd800 && c <= 0xdbff ? weightOf(text.codePointAt(i)!) : weights[c];
  }
  return units;
}

// Each UTF-16 code unit's weight, filled once: a table lookup per character costs far less than asking its script,
// and every segment of both sides is measured (the documents' length ratio measures them all again).
let WEIGHTS: Uint8Array | undefined;
function unitWeights(): Uint8Array {
  const w = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) w[c] = weightOf(c);
  return w;
}

function weightOf(cp: number): number {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 1;
  if (cp < 0xc0) return 0;
  const script = scriptOf(cp);
  return script === 'Han' || script === 'Hangul' || script === 'Kana' ? CJK_UNIT : script !== 'Other' ? 1 : 0;
}

/** The share of a text's letters that are ideographs (`Han`), or ideographs, Hangul and kana. */
export function nonLatinShare(texts: readonly string[], only?: 'Han'): number {
  const shares = scriptShares(texts);
  return only ? shares.han : shares.cjk;
}

/** The shares of a text's letters that are ideographs (`han`), and ideographs, Hangul and kana (`cjk`). */
export function scriptShares(texts: readonly string[]): { readonly han: number; readonly cjk: number } {
  let han = 0;
  let cjk = 0;
  let letters = 0;
  // Code point by code point, as /\p{L}/gu would go, without a match object per letter.
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
        continue;
      }
      const cp = t.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (!isLetter(cp)) continue;
      letters++;
      const script = scriptOf(cp);
      if (script === 'Han') han++;
      if (script === 'Han' || script === 'Hangul' || script === 'Kana') cjk++;
    }
  }
  return letters ? { han: han / letters, cjk: cjk / letters } : { han: 0, cjk: 0 };
}

// Whether a code point is a letter (\p{L}), remembered per code unit below the astral planes: 1 yes, 2 no.
let letterUnits: Uint8Array | undefined;
const LETTER = /^\p{L}$/u;
function isLetter(cp: number): boolean {
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  const known = (letterUnits ??= new Uint8Array(0x10000));
  if (!known[cp]) known[cp] = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return known[cp] === 1;
}

// The anchor a token stands for, or nothing: marks by their ASCII form, URLs whole, acronyms as written,
// Latin words of some length by their folded first letters.
function anchorKey(token: string): string | undefined {
  const mark = MARKS.get(token);
  if (mark) return mark;
  if (token.startsWith('http')) return token;
  if (ACRONYM.test(token)) return token;
  if (token.length < MIN_COGNATE || !/^[\p{Script=Latin}'’-]+$/u.test(token)) return undefined;
  return token
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase()
    .slice(0, COGNATE_PREFIX);
}
