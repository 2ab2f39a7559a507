// One linear pass over Latin-script text that finds the words betraying another language: foreign
// function words and, in English, lower-case words with accented letters. It builds no string for
// ordinary words (a hash and a bit table reject them), so a megabyte of English costs a few milliseconds.
import { foreignMarkers } from './functionWords';
import { fillUnits, LATIN } from '../text/scripts';

/** The words of a span and which of them are evidence of a language other than the document's. */
export interface MarkerScan {
  readonly words: number;
  /** Start offsets of the marker words. */
  readonly hits: readonly number[];
  /** Markers per language (accented words name no language). */
  readonly langs: ReadonlyMap<string, number>;
}

interface Table {
  readonly markers: Map<string, string>;
  readonly bits: Uint8Array;
  /** Whether accented letters are foreign to the home language (they are to English). */
  readonly accents: boolean;
}

const BITS = 1 << 14;
const tables = new Map<string, Table>();

// The scanner's hash of a lower-case marker: apostrophes fold to `'` as they do in the scan.
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = (Math.imul(h, 31) + (c === 0x2019 ? 39 : c)) | 0;
  }
  return h & (BITS - 1);
}

function tableFor(home: string): Table {
  let t = tables.get(home);
  if (!t) {
    const markers = foreignMarkers(home);
    const bits = new Uint8Array(BITS);
    for (const w of markers.keys()) bits[hashOf(w)] = 1;
    tables.set(home, (t = { markers, bits, accents: home === 'en' }));
  }
  return t;
}

// Characters after which a capitalised word may simply start a sentence.
const SENTENCE_LEADS = new Uint8Array(0x2030);
for (const c of [10, 0x2e, 0x21, 0x3f, 0xbf, 0xa1, 0x3a, 0x22, 0x201c, 0xab, 0x28, 0x2014, 0x2013, 0x2026]) SENTENCE_LEADS[c] = 1;

// 1: ASCII or Latin-1 lower-case letter, 2: upper-case, 0: anything else (up to the end of Latin Extended-B).
const LETTER = new Uint8Array(0x250);
fillUnits(LETTER, LATIN, 1);
for (let c = 65; c <= 0xde; c++) if (LETTER[c] && (c <= 90 || c >= 0xc0)) LETTER[c] = 2;

/** Scans `text[start, end)` for words that are markers of a language other than `home` (a BCP 47 tag). */
export function scanMarkers(text: string, start: number, end: number, home: string): MarkerScan {
  const { markers, bits, accents } = tableFor(home);
  const hits: number[] = [];
  // Made for the first marker: most spans have none, and a scan is asked for sentence by sentence.
  let langs: Map<string, number> | undefined;
  let words = 0;
  // The last character before the current word that was not a space; a newline counts as one.
  let before = 10;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    let kind = c < 0x250 ? LETTER[c] : 0;
    if (kind === 0) {
      if (c !== 32 && c !== 9 && c !== 13) before = c;
      i++;
      continue;
    }
    // A word: letters, and apostrophes after its first letter, read in a loop of its own.
    const ws = i;
    const lowerStart = kind === 1;
    // "Los Angeles", "De Vries": a capital inside a sentence starts a name, whatever it spells.
    const name = kind === 2 && (before >= 0x2030 || SENTENCE_LEADS[before] === 0);
    let accented = false;
    let h = 0;
    for (;;) {
      if (c >= 0xc0) accented = true;
      h = (Math.imul(h, 31) + (kind === 0 ? 39 : kind === 2 ? c | 32 : c)) | 0;
      if (++i >= end) break;
      c = text.charCodeAt(i);
      kind = c < 0x250 ? LETTER[c] : 0;
      if (kind === 0 && c !== 39 && c !== 0x2019) break;
    }
    words++;
    if (!name) {
      const len = i - ws;
      if (len >= 2 && len <= 12 && bits[h & (BITS - 1)] === 1) {
        const lang = markers.get(text.slice(ws, i).toLowerCase().replace(/’/g, "'"));
        if (lang) {
          hits.push(ws);
          langs ??= new Map();
          langs.set(lang, (langs.get(lang) ?? 0) + 1);
        } else if (accents && accented && lowerStart) hits.push(ws);
      } else if (accents && accented && lowerStart && len >= 2) hits.push(ws);
    }
    before = 97;
  }
  return { words, hits, langs: langs ?? NO_LANGUAGES };
}

const NO_LANGUAGES: ReadonlyMap<string, number> = new Map();
