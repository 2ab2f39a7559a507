// What a person's name looks like in running text and in headers, in Latin, Han and Hangul
// letters. Shape only: whether a span *is* a name is decided by where it stands (a self-introduction,
// a byline, an author field) and by comparing it with the document's other names.
import { classSource, HAN, HANGUL, KATAKANA } from '../text/scripts';

const PARTICLE = String.raw`(?:de|da|di|del|della|der|den|du|van|von|le|la|bin|ibn|al|el|dos|das|ten|ter|zu|y)`;
// A capitalised word with lower-case letters after the capital (so "IT" and "JavaScript" are not names),
// optionally hyphenated (Anne-Marie) or with a Gaelic/Scots prefix (O'Neil, McBride).
const WORD = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const UNIT = `(?:${WORD}|${INITIAL})`;
const LATIN_NAME = new RegExp(String.raw`${UNIT}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,2}${UNIT}){0,3}(?![\p{L}\p{M}\p{N}])`, 'uy');
const HAN_OR_KATAKANA = `[${classSource(HAN | KATAKANA, true)}]`;
const JOINED_NAME = new RegExp(`${HAN_OR_KATAKANA}{1,8}(?:[·・•‧]${HAN_OR_KATAKANA}{1,10}){1,2}`, 'uy');
// Long enough to take a copula glued to the name (김민수입니다); callers trim it and check the length.
const HANGUL_LETTER = `[${classSource(HANGUL)}]`;
const HANGUL_NAME = new RegExp(`${HANGUL_LETTER}{1,9}(?: ${HANGUL_LETTER}{1,9}){0,2}`, 'uy');

// The most common Chinese family names: a native Han name (no middle dot) must start with one.
const HAN_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const HAN_COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '司徒', '东方'];
const HAN_LETTER = new RegExp(`[${classSource(HAN, true)}]`, 'u');
const HAN_BOUNDARY = /[\s，。,.！!？?；;、：:（）()“”"'「」]/u;

/** A span of text, as offsets into the string searched. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// The sticky patterns of the shapes are read by `test`, which leaves `lastIndex` where the match ends: `exec` would
// make a match and its text for every self-introduction of a long document.

/** The capitalised Latin name (1–4 words, particles allowed inside) starting exactly at `at`, if any. */
export function latinNameAt(text: string, at: number): Span | undefined {
  LATIN_NAME.lastIndex = at;
  return LATIN_NAME.test(text) ? { start: at, end: LATIN_NAME.lastIndex } : undefined;
}

/** A Han or Katakana transliteration joined by middle dots (玛丽亚·加西亚) starting at `at`, if any. */
export function joinedNameAt(text: string, at: number): Span | undefined {
  JOINED_NAME.lastIndex = at;
  return JOINED_NAME.test(text) ? { start: at, end: JOINED_NAME.lastIndex } : undefined;
}

/** A native Chinese name at `at`: a run of 2–4 Han characters that starts with a common family name and ends at a boundary. */
export function nativeHanNameAt(text: string, at: number): Span | undefined {
  let run = 0;
  while (run < 5 && at + run < text.length && HAN_LETTER.test(text[at + run])) run++;
  if (run < 2 || run > 4) return undefined;
  const after = text[at + run];
  if (after !== undefined && !HAN_BOUNDARY.test(after)) return undefined;
  const name = text.slice(at, at + run);
  return HAN_SURNAMES.has(name[0]) || HAN_COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? { start: at, end: at + run } : undefined;
}

/** Hangul words (one to three, each up to 9 syllables) at `at`; the caller trims particles and copulas. */
export function hangulWordsAt(text: string, at: number): Span | undefined {
  HANGUL_NAME.lastIndex = at;
  return HANGUL_NAME.test(text) ? { start: at, end: HANGUL_NAME.lastIndex } : undefined;
}

/** Whether `text` as a whole is a Latin name of `min`–4 words. */
export function isLatinName(text: string, min = 1): boolean {
  const span = latinNameAt(text, 0);
  return !!span && span.end === text.length && text.split(/[ \t]+/).length >= min;
}

/**
 * Whether a header value or a title is shaped like a person's name: a Latin name of two or more
 * words, or a transliteration joined by middle dots; `field` (an author or speaker field, which says
 * itself that it holds a name) also accepts one Latin word, a native Chinese name and Hangul words.
 */
export function isPersonShaped(raw: string, field = false): boolean {
  const text = raw.trim();
  if (text.length === 0 || text.length > 60) return false;
  if (isLatinName(text, field ? 1 : 2)) return true;
  const joined = joinedNameAt(text, 0);
  if (joined && joined.end === text.length) return true;
  if (!field) return false;
  const native = nativeHanNameAt(text, 0);
  if (native && native.end === text.length) return true;
  const hangul = hangulWordsAt(text, 0);
  return !!hangul && hangul.end === text.length && text.split(' ').every((w) => w.length <= 5);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Occurrences of `word` in `text` standing as a whole word (case-sensitive), counted up to `limit`. */
export function countWord(text: string, word: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < limit; at = text.indexOf(word, at + word.length)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + word.length] ?? '')) n++;
  }
  return n;
}
