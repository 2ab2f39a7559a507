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
    const key = this.keys[id];
    if (MARK_KEYS.has(key)) return 'mark';
    return /^\p{Ll}+$/u.test(key) ? 'cognate' : 'content';
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

/** The features of one segment; anchors are interned in `table`. */
export function segmentFeatures(text: string, table: AnchorTable, extra?: ExtraAnchors): SegmentFeatures {
  const units = lengthUnits(text);
  const keys = new Set<number>();
  for (const n of findNumbers(text)) keys.add(table.id('#' + n.value));
  extra?.(text, (key) => keys.add(table.id(key)));
  for (const m of text.matchAll(WORD)) {
    const key = anchorKey(m[0]);
    if (key) keys.add(table.id(key));
  }
  return { units: Math.max(units, 1), anchors: Int32Array.from(keys).sort() };
}

/** A text's length in units comparable across scripts: a Latin letter or digit 1, an ideograph or Hangul syllable `CJK_UNIT`. */
export function lengthUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) units++;
    else if (c >= 0xc0) {
      const script = scriptOf(text.codePointAt(i)!);
      if (script === 'Han' || script === 'Hangul' || script === 'Kana') units += CJK_UNIT;
      else if (script !== 'Other') units++;
    }
  }
  return units;
}

/** The share of a text's letters that are ideographs (`Han`), or ideographs, Hangul and kana. */
export function nonLatinShare(texts: readonly string[], only?: 'Han'): number {
  let hits = 0;
  let letters = 0;
  for (const t of texts) {
    for (const m of t.matchAll(/\p{L}/gu)) {
      letters++;
      const script = scriptOf(m[0].codePointAt(0)!);
      if (only ? script === only : script === 'Han' || script === 'Hangul' || script === 'Kana') hits++;
    }
  }
  return letters ? hits / letters : 0;
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
