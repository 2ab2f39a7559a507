// A bilingual lexicon as the aligner uses it: a Chinese word stands for the stems of the English words of its
// glosses, so that a sentence and its translation share anchors even with no number or name in them. The table
// is generated from CC-CEDICT (scripts/lexicon.ts) and loaded by the caller (it is large: never at activation).
import { stem as porter2 } from 'porter2';

/** Chinese headwords with the English stems they translate to, and the proper names among them. */
export interface Lexicon {
  /** Space-separated stems by headword (split on use: most entries are never looked up). Parsed on first use. */
  readonly entries: ReadonlyMap<string, string>;
  /** The longest headword, in code units: the window of the longest-match segmentation. */
  readonly longest: number;
  /** The stems of one headword, looked up without parsing the whole table. */
  stemsOf(headword: string): string | undefined;
  /** What CC-CEDICT says of a headword it reads only as a foreign proper name (亚马逊 → Amazon). */
  nameOf(headword: string): KnownName | undefined;
  /** The headwords CC-CEDICT gives as Chinese names of a name, by its `nameKey` (amazon → 亚马孙 亚马逊 阿马逊). */
  headwordsNaming(key: string): readonly string[];
}

/** A foreign proper name as CC-CEDICT gives it. */
export interface KnownName {
  /** In Latin letters, as prose writes it: "Amazon", "Bill Gates". */
  readonly name: string;
  /**
   * CC-CEDICT describes something that is no product, organisation or person (普罗米修斯, the Titan; 爪哇, the
   * island): a product named like it is not what the word means.
   */
  readonly other: boolean;
}

/** The key names are matched by: lower case without spaces, hyphens and apostrophes ("Red Hat" → "redhat"). */
export function nameKey(s: string): string {
  return s.toLowerCase().replace(/[\s'’-]+/g, '');
}

// The lines that start the parts: names by headword, headwords by name key, stems by headword. The names come first,
// so that they are read without the stems.
const PARTS = ['#names\n', '\n#named\n', '\n#stems\n'] as const;
// A table this small costs nothing to parse, in any order; the shipped one (megabytes, sorted) is searched in place
// until something needs all of it.
const SMALL = 1 << 16;
const NONE: readonly string[] = [];

/**
 * Reads the generated table: `#` comment lines; a `#names` line and `headword<TAB>Name[<TAB>other]` lines; a `#named` line and
 * `key<TAB>headword headword …` lines; a `#stems` line and `headword<TAB>stem stem …` lines; each part sorted by
 * its first column (code units). A table without these lines is all stems. Nothing is parsed until asked for.
 */
export function parseLexicon(text: string): Lexicon {
  const cut = text.indexOf(PARTS[2]);
  if (cut < 0)
    return lexiconOf(
      () => '',
      () => text,
      false,
    );
  return lexiconOf(
    () => text.slice(0, cut + 1),
    () => text.slice(cut + PARTS[2].length),
    text.length >= SMALL,
  );
}

/**
 * The table from its UTF-8 bytes, each part decoded on first use: a check that needs only the names (a few hundred
 * kilobytes) never decodes the stems (a few megabytes).
 */
export function readLexicon(bytes: Uint8Array): Lexicon {
  const cut = markerAt(bytes, PARTS[2]);
  const utf8 = new TextDecoder('utf-8');
  if (cut < 0) return parseLexicon(utf8.decode(bytes));
  return lexiconOf(
    () => utf8.decode(bytes.subarray(0, cut + 1)),
    () => utf8.decode(bytes.subarray(cut + PARTS[2].length)),
    bytes.length >= SMALL,
  );
}

// Where a marker line (`\n#…\n`) stands in bytes: found by its `#`, which only comment and marker lines start with.
function markerAt(bytes: Uint8Array, marker: string): number {
  for (let i = bytes.indexOf(0x23); i >= 0; i = bytes.indexOf(0x23, i + 1)) {
    let k = 0;
    while (k < marker.length && bytes[i - 1 + k] === marker.charCodeAt(k)) k++;
    if (k === marker.length) return i - 1;
  }
  return -1;
}

/** One part of the table: its lines by their first column. */
interface Part {
  get(key: string): string | undefined;
}

// A part of `text` from `from` to `to`: a sorted part of a large table is searched in place, any other parsed.
function part(text: string, from: number, to: number, sorted: boolean): Part {
  if (!sorted) {
    const lines = parseLines(text, from, to).entries;
    return { get: (key) => lines.get(key) };
  }
  return { get: (key) => findLine(text, from, to, key) };
}

// A lexicon whose parts are read by `namesText` (comments and the two name parts) and `stemsText` when first
// needed; in a `sorted` table they are looked up in place until something needs all the stems.
function lexiconOf(namesText: () => string, stemsText: () => string, sorted: boolean): Lexicon {
  let stems: string | undefined;
  let table: { entries: Map<string, string>; longest: number } | undefined;
  let names: [Part, Part] | undefined;
  const text = () => (stems ??= stemsText());
  const parsed = () => (table ??= parseLines(text(), 0, text().length));
  const nameParts = () => {
    if (!names) {
      const t = namesText();
      const a = t.indexOf(PARTS[0]);
      const b = t.indexOf(PARTS[1]);
      names =
        a < 0 || b < a
          ? [part('', 0, 0, false), part('', 0, 0, false)]
          : [part(t, a + PARTS[0].length, b + 1, sorted), part(t, b + PARTS[1].length, t.length, sorted)];
    }
    return names;
  };
  return {
    get entries() {
      return parsed().entries;
    },
    get longest() {
      return parsed().longest;
    },
    stemsOf: (word) => (table || !sorted ? parsed().entries.get(word) : findLine(text(), 0, text().length, word)),
    nameOf: (word) => {
      const line = nameParts()[0].get(word);
      if (!line) return undefined;
      const tab = line.indexOf('\t');
      return tab < 0 ? { name: line, other: false } : { name: line.slice(0, tab), other: line.slice(tab + 1) === 'other' };
    },
    headwordsNaming: (key) => nameParts()[1].get(key)?.split(' ') ?? NONE,
  };
}

function parseLines(text: string, from: number, to: number): { entries: Map<string, string>; longest: number } {
  const entries = new Map<string, string>();
  let longest = 1;
  // indexOf and slice instead of split: the table has a hundred thousand lines and is parsed on first use.
  for (let i = from; i < to;) {
    let end = text.indexOf('\n', i);
    if (end < 0 || end > to) end = to;
    const tab = text.indexOf('\t', i);
    if (text.charCodeAt(i) !== 0x23 && tab > i && tab < end) {
      entries.set(text.slice(i, tab), text.slice(tab + 1, end));
      if (tab - i > longest) longest = tab - i;
    }
    i = end + 1;
  }
  return { entries, longest };
}

// Binary search of the sorted lines in [from, to) for the one whose first column is `key`; `from` starts a line.
function findLine(text: string, from: number, to: number, key: string): string | undefined {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const tab = text.indexOf('\t', start);
    if (tab < 0 || tab > end) return undefined;
    const head = text.slice(start, tab);
    if (head === key) return text.slice(tab + 1, end);
    if (head < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

// Words that carry no content: glosses and English prose are full of them.
const STOP = new Set(
  (
    'the and for with from that this these those are was were been being has have had not but its his her their our your you ' +
    'they them him she one ones who whom what which when where why how all any some such etc also very can could would should ' +
    'will may might must shall into onto out over under about than then there here just only used use using sth someone something ' +
    'abbr variant surname old see name place kind type etc lit fig esp act make get put take give let'
  ).split(' '),
);

/**
 * The stem an English word is compared by ("recordings" and "record", "hoping" and "hope" agree: Porter2, the
 * Snowball English stemmer), or nothing for a word without content.
 */
export function stem(word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length < 3 || STOP.has(w)) return undefined;
  const s = porter2(w);
  return s.length >= 3 ? s : undefined;
}

/** The English stems of the Chinese words in `text`, by longest match from the left over each run of ideographs. */
export function lexiconStems(text: string, lexicon: Lexicon, into: (stem: string) => void): void {
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const s = run[0];
    for (let i = 0; i < s.length;) {
      let len = Math.min(lexicon.longest, s.length - i);
      for (; len > 0; len--) {
        const glosses = lexicon.entries.get(s.slice(i, i + len));
        if (glosses) {
          for (const g of glosses.split(' ')) into(g);
          break;
        }
      }
      i += Math.max(len, 1);
    }
  }
}

/** Whether aligning these texts may use the Chinese–English lexicon (worth loading it): one of them has ideographs near its start. */
export function mayUseLexicon(texts: readonly string[]): boolean {
  return texts.some((t) => /\p{Script=Han}/u.test(t.slice(0, 20_000)));
}
