// Runs of letters in a script the document's language does not use: Korean in a Chinese text, Japanese
// kana in a Korean one, a Chinese sentence in English, a Russian phrase anywhere else. The script alone
// names the language, so no statistical identification is needed.
import { isBracketed } from '../document/proseMask';
import type { TextRange } from '../text/offsets';
import {
  ARABIC,
  classSource,
  CYRILLIC,
  GREEK,
  HAN as HAN_CLASS,
  HANGUL as HANGUL_CLASS,
  HIRAGANA,
  KANA as KANA_CLASS,
  SCRIPT_CLASSES,
} from '../text/scripts';
import { languageOfScript } from './languages';

/** A run of foreign-script text: offsets into the scanned string and the language its script implies. */
export interface ScriptRun {
  readonly start: number;
  readonly end: number;
  readonly lang: string;
}

const HAN = classSource(HAN_CLASS);
const KANA = classSource(KANA_CLASS);
const HANGUL = classSource(HANGUL_CLASS);
const CJK = HAN + KANA + HANGUL;

// Latin words, digits and punctuation inside a foreign passage belong to it: one passage, one finding.
const INNER = ' \\t\\x21-\\x7e“”‘’·…';
const HANGUL_RUN = new RegExp(`[${HANGUL}](?:[${HANGUL}${INNER}]*[${HANGUL}])?`, 'g');
// From the first kana to the last one of a stretch of Japanese-looking text (kana among ideographs).
const KANA_RUN = new RegExp(`[${KANA}](?:[${KANA}${HAN}、]*[${KANA}])?`, 'g');
const HAN_RUN = new RegExp(`[${HAN}](?:[${HAN}，、]*[${HAN}])?`, 'g');
const CJK_RUN = new RegExp(`[${CJK}](?:[${CJK}\\s，、。？！：；“”]*[${CJK}])?[。？！]?`, 'g');
// Words of an alphabet other than Latin: the script names the language (Arabic words are set off by spaces only).
const otherRun = (script: 'Cyrillic' | 'Greek' | 'Arabic', between: string) => {
  const letter = `[${classSource(SCRIPT_CLASSES[script])}]`;
  return [languageOfScript(script), new RegExp(`${letter}{2,}(?:${between}+${letter}+)+`, 'g')] as const;
};
const OTHER_RUNS: readonly (readonly [string, RegExp])[] = [
  otherRun('Cyrillic', '[\\s,.;:!?-]'),
  otherRun('Arabic', '\\s'),
  otherRun('Greek', '[\\s,.;:!?-]'),
];
const KANA_CHAR = new RegExp(`[${KANA}]`, 'g');
const HIRAGANA_CHAR = new RegExp(`[${classSource(HIRAGANA)}]`, 'g');
const HANGUL_CHAR = new RegExp(`[${HANGUL}]`, 'g');
const CJK_CHAR = new RegExp(`[${CJK}]`, 'g');
const OTHER = classSource(GREEK | CYRILLIC | ARABIC);
// Whether a block holds any letter foreign to the home language, tested before any run is looked for.
const ANY_FOREIGN: Record<string, RegExp> = {
  zh: new RegExp(`[${KANA}${HANGUL}${OTHER}]`),
  ko: new RegExp(`[${KANA}${HAN}${OTHER}]`),
  ja: new RegExp(`[${HANGUL}${OTHER}]`),
};
const ANY_OTHER = new RegExp(`[${CJK}${OTHER}]`);
// Characters only Chinese writes among ideographs: particles and pronouns a Korean text's Hanja lacks.
const CHINESE_FUNCTION = /[的是了们這这那在我你他说吗呢个没么也都就]/g;

// Whether `s` has at least `n` matches of the global `re`; stops as soon as it knows.
function atLeast(s: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  while (n > 0 && re.exec(s)) n--;
  return n === 0;
}

/**
 * A test of whether a range of `text` holds any letter of a script foreign to `home` (a BCP 47 tag). The
 * next foreign letter found is remembered, so blocks taken in document order cost one regex pass over
 * the whole text, not one per block.
 */
export function foreignScriptFinder(text: string, home: string): (range: TextRange) => boolean {
  const re = new RegExp((ANY_FOREIGN[home] ?? ANY_OTHER).source, 'g');
  // The search started at `from` found the first foreign letter at `at` (text.length: none after it).
  let from = Infinity;
  let at = 0;
  return (range) => {
    if (range.start < from || range.start > at) {
      from = range.start;
      re.lastIndex = from;
      at = re.exec(text)?.index ?? text.length;
    }
    return at < range.end;
  };
}

/** The foreign-script runs of `s` for a document in `home` (a BCP 47 tag), bracketed glosses left out. */
export function foreignScriptRuns(s: string, home: string): ScriptRun[] {
  if (!(ANY_FOREIGN[home] ?? ANY_OTHER).test(s)) return [];
  const out: ScriptRun[] = [];
  const add = (re: RegExp, keep: (run: string) => string | undefined) => {
    for (const m of s.matchAll(re)) {
      const lang = keep(m[0]);
      if (lang && !isBracketed(s, m.index!, m.index! + m[0].length)) out.push({ start: m.index!, end: m.index! + m[0].length, lang });
    }
  };
  // A katakana word or a Hangul name is a name; grammar (hiragana) or a longer run is language.
  if (home === 'zh' || home === 'ko') add(KANA_RUN, (r) => (atLeast(r, HIRAGANA_CHAR, 2) || atLeast(r, KANA_CHAR, 5) ? 'ja' : undefined));
  if (home === 'zh' || home === 'ja') add(HANGUL_RUN, (r) => (atLeast(r, HANGUL_CHAR, 4) ? 'ko' : undefined));
  if (home === 'ko') add(HAN_RUN, (r) => (r.length >= 6 && atLeast(r, CHINESE_FUNCTION, 2) ? 'zh' : undefined));
  if (!['zh', 'ko', 'ja'].includes(home)) {
    add(CJK_RUN, (r) => {
      if (!atLeast(r, CJK_CHAR, 4)) return undefined;
      if (atLeast(r, HANGUL_CHAR, 1)) return 'ko';
      return atLeast(r, KANA_CHAR, 1) ? 'ja' : 'zh';
    });
  }
  for (const [lang, re] of OTHER_RUNS) if (lang !== home) add(re, () => lang);
  return out.sort((a, b) => a.start - b.start);
}
