// Scripts and character classes, written once as code point ranges. The per-code-unit table that hot loops
// read and the regex character classes that patterns use are both derived from these ranges, so a scanner
// and a regex never disagree about what is Han, kana, Hangul or Latin.

/** An inclusive range of code points. */
export type CodeRange = readonly [first: number, last: number];

/** Latin letters: ASCII, Latin-1 (without × and ÷), Latin Extended-A and -B, Latin Extended Additional. */
export const LATIN = 1;
/** Han ideographs: Extension A, the URO, compatibility ideographs, 々 and 〇, and planes 2 and 3. */
export const HAN = 2;
/** Hiragana. */
export const HIRAGANA = 4;
/** Katakana and the prolonged sound mark, without the katakana middle dot (punctuation). */
export const KATAKANA = 8;
/** Hangul syllables and jamo (conjoining and compatibility). */
export const HANGUL = 16;
/** Cyrillic letters. */
export const CYRILLIC = 32;
/** Greek letters. */
export const GREEK = 64;
/** Arabic letters. */
export const ARABIC = 128;
/** Full-width Latin letters and digits (Ａ, ａ, ０), Latin written wide. */
export const WIDE_LATIN = 256;
/** CJK and full-width punctuation: 、。「」, the ideographic space, ・, vertical forms, full-width ASCII marks. */
export const CJK_PUNCTUATION = 512;

/** Spaces between words on a line: the space, the tab and the ideographic space (not line breaks). */
export const SPACE = 1024;

/** What joins the parts of one word between two letters: apostrophes and the hyphen ("don't", "Jean-Pierre"). */
export const WORD_JOINER = 2048;

/**
 * How much text a Han, kana or Hangul character carries, in Latin letters: one ideograph says about as much
 * as two and a half letters of an English word, so "long enough", "mostly CJK" and "which script dominates"
 * can each be one threshold for every script.
 */
export const CJK_LETTER_WEIGHT = 2.5;

/** Kana: hiragana and katakana. */
export const KANA = HIRAGANA | KATAKANA;
/** The dense scripts, written without spaces between words: Han, kana and Hangul. */
export const CJK = HAN | KANA | HANGUL;

const RANGES: readonly (readonly [number, readonly CodeRange[]])[] = [
  [
    LATIN,
    [
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xc0, 0xd6],
      [0xd8, 0xf6],
      [0xf8, 0x24f],
      [0x1e00, 0x1eff],
    ],
  ],
  [
    HAN,
    [
      [0x3005, 0x3005],
      [0x3007, 0x3007],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
      [0x20000, 0x3ffff],
    ],
  ],
  [HIRAGANA, [[0x3040, 0x309f]]],
  [
    KATAKANA,
    [
      [0x30a0, 0x30fa],
      [0x30fc, 0x30ff],
    ],
  ],
  [
    HANGUL,
    [
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
      [0xac00, 0xd7af],
    ],
  ],
  [CYRILLIC, [[0x400, 0x4ff]]],
  [GREEK, [[0x370, 0x3ff]]],
  [ARABIC, [[0x600, 0x6ff]]],
  [
    WIDE_LATIN,
    [
      [0xff10, 0xff19],
      [0xff21, 0xff3a],
      [0xff41, 0xff5a],
    ],
  ],
  [
    CJK_PUNCTUATION,
    [
      [0x3000, 0x3004],
      [0x3006, 0x3006],
      [0x3008, 0x303f],
      [0x30fb, 0x30fb],
      [0xfe30, 0xfe4f],
      [0xff00, 0xff0f],
      [0xff1a, 0xff20],
      [0xff3b, 0xff40],
      [0xff5b, 0xff65],
    ],
  ],
  [
    WORD_JOINER,
    [
      [0x27, 0x27],
      [0x2d, 0x2d],
      [0x2019, 0x2019],
    ],
  ],
  [
    SPACE,
    [
      [0x09, 0x09],
      [0x20, 0x20],
      [0x3000, 0x3000],
    ],
  ],
];

/** The ranges of the classes in `classes` (a union of the bits above), in table order. */
export function rangesOf(classes: number): CodeRange[] {
  const out: CodeRange[] = [];
  for (const [bit, ranges] of RANGES) if (classes & bit) out.push(...ranges);
  return out;
}

/**
 * Sets `bits` in `table` at every UTF-16 code unit of `classes`. An astral range marks the high surrogates
 * that start its characters, so a scanner reading code units meets the class once per character. A long
 * range is filled in one call, keeping the bits its first unit had: a loop over tens of thousands of units at
 * load takes milliseconds before the JIT warms up. The large ranges of the classes overlap nothing, so a table
 * holds one value across each of them until it is marked.
 */
export function markUnits(table: Uint8Array | Uint16Array, classes: number, bits: number): void {
  for (const [first, last] of rangesOf(classes)) {
    const [from, to] = first > 0xffff ? [highSurrogate(first), highSurrogate(last)] : [first, last];
    if (to - from >= SHORT_RANGE) table.fill(table[from] | bits, from, to + 1);
    else for (let c = from; c <= to; c++) table[c] |= bits;
  }
}

const SHORT_RANGE = 32;

/** Sets `table` to `value` at every UTF-16 code unit of `classes` (for a table of codes rather than bits). */
export function fillUnits(table: Uint8Array | Uint16Array, classes: number, value: number): void {
  for (const [first, last] of rangesOf(classes)) {
    const [from, to] = first > 0xffff ? [highSurrogate(first), highSurrogate(last)] : [first, last];
    table.fill(value, from, to + 1);
  }
}

function highSurrogate(cp: number): number {
  return 0xd800 + ((cp - 0x10000) >> 10);
}

// The class bits of every BMP code unit, filled from the ranges (a few fills, no test per unit) on first use:
// the editor loads this module at activation, before any text is read.
let UNITS: Uint16Array | undefined;

function buildUnits(): Uint16Array {
  UNITS = new Uint16Array(0x10000);
  for (const [bit] of RANGES) markUnits(UNITS, bit, bit);
  return UNITS;
}

/**
 * The class bits of a UTF-16 code unit (0 for none, and for NaN, which `charCodeAt` gives past the end).
 * The high surrogate of an astral ideograph counts as Han.
 */
export function unitClass(c: number): number {
  return (UNITS ?? buildUnits())[c] | 0;
}

/** Whether a UTF-16 code unit belongs to one of `classes`. */
export function isUnitIn(c: number, classes: number): boolean {
  return ((UNITS ?? buildUnits())[c] & classes) !== 0;
}

/** Whether a code point belongs to one of `classes`. */
export function isCodePointIn(cp: number, classes: number): boolean {
  if (cp <= 0xffff) return ((UNITS ?? buildUnits())[cp] & classes) !== 0;
  return rangesOf(classes).some(([first, last]) => cp >= first && cp <= last);
}

const hex = (c: number, unicode: boolean) => (unicode && c > 0xffff ? `\\u{${c.toString(16)}}` : `\\u${c.toString(16).padStart(4, '0')}`);

/**
 * The body of a regex character class (without the brackets) matching `classes`: `[${classSource(HAN)}]`.
 * Astral ranges are included only for a regex with the `u` flag (`unicode`); without it a class cannot
 * match a surrogate pair as one character, so they are left out.
 */
export function classSource(classes: number, unicode = false): string {
  return rangesOf(classes)
    .filter(([first]) => unicode || first <= 0xffff)
    .map(([first, last]) => (first === last ? hex(first, unicode) : `${hex(first, unicode)}-${hex(last, unicode)}`))
    .join('');
}

/** The script of a letter as the checks tell scripts apart. */
export type Script = 'Han' | 'Hangul' | 'Kana' | 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Other';

/** The class bits of each script `scriptOf` names. */
export const SCRIPT_CLASSES: Readonly<Record<Exclude<Script, 'Other'>, number>> = {
  Latin: LATIN,
  Han: HAN,
  Kana: KANA,
  Hangul: HANGUL,
  Cyrillic: CYRILLIC,
  Greek: GREEK,
  Arabic: ARABIC,
};

const SCRIPT_BY_BIT = Object.entries(SCRIPT_CLASSES).map(([script, bit]) => [bit, script as Script] as const);

/** The script of one code point (letters only; everything else, full-width Latin included, is `Other`). */
export function scriptOf(cp: number): Script {
  const bits = cp <= 0xffff ? (UNITS ?? buildUnits())[cp] : isCodePointIn(cp, HAN) ? HAN : 0;
  if (bits !== 0) for (const [bit, script] of SCRIPT_BY_BIT) if (bits & bit) return script;
  return 'Other';
}

/** Whether a character is a CJK ideograph, kana or Hangul (full-width punctuation rules apply next to it). */
export function isCjk(ch: string | undefined): boolean {
  return !!ch && isCodePointIn(ch.codePointAt(0)!, CJK);
}
