// What one line of a saved web page looks like: article prose, a title, or page chrome (menus, counters,
// separators, buttons, tag and comment widgets). Features only; the boilerplate check weighs them.
import { matchVocabulary, NO_VOCABULARY } from './uiVocabulary';
import { HAN, isUnitIn, KANA, SPACE } from '../../text/scripts';

/** The features of one non-blank line. */
export interface ChromeLine {
  /** Words, an ideograph or kana counting half a word. */
  readonly size: number;
  /** Ends as a sentence does (`.`, `?`, `。`, …). */
  readonly sentenceEnd: boolean;
  /** Interface words (menu, login, share, tags, 댓글, 分享, …) make up most of it, or open it as a key. */
  readonly vocabulary: boolean;
  /** Only digits, dates and punctuation: a view counter, a date, a page number. */
  readonly counter: boolean;
  /** Only separator marks such as `|` or `·`. */
  readonly separator: boolean;
  /** Three or more short items between separators: a navigation bar or a breadcrumb. */
  readonly navBar: boolean;
  /** Carries a button or badge glyph (▶, », ☰, ©, …). */
  readonly glyph: boolean;
}

/** Lines up to this size may be chrome by vocabulary alone; longer ones need most of their letters to be it. */
export const SHORT = 8;
/** Lines from this size that end like sentences are article prose. */
export const PROSE = 12;

const ENDERS = '.!?。！？…';
const CLOSERS = `"”’'」』)）`;

/**
 * Whether `t` (trimmed) ends like a sentence: an end mark, then only closing quotes and brackets. Read backwards
 * from the end, where a regex anchored with `$` would be tried at every position of a long line.
 */
export function endsSentence(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.includes(t[i])) i--;
  return i >= 0 && ENDERS.includes(t[i]);
}
const COUNTER = /^[\d\s.,:;/|·•()\-–—+%#]+$/u;
// A time of day or a subtitle cue is transcript structure, not a page counter.
const TIMESTAMP = /\d{1,2}:\d{2}|-->/;
const SEPARATOR = /^[\s|·•‧/\\>»›]+$/u;
const NAV_SPLIT = /\s*[|·•»›>]\s*|\s+\/\s+/u;
const NAV_MARK = /[|·•»›>]|\s\/\s/;
const GLYPH = /[▶►▸▷◀◁«»‹›←→↑↓☰⌂✕✖☆★♥❤⋯©®™🔍👍]/u;

function sizeOf(line: string): number {
  let words = 0;
  let ideographs = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isUnitIn(c, HAN | KANA)) {
      ideographs++;
      inWord = false;
    } else if (isUnitIn(c, SPACE)) inWord = false;
    else if (!inWord && (c > 0x7f || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57))) {
      words++;
      inWord = true;
    }
  }
  return words + ideographs / 2;
}

// Beyond this length a line holds at least PROSE words in any script, and nothing of chrome is looked for.
const LONG = 120;

/** The features of one line (its text without the line break). */
export function chromeLine(line: string): ChromeLine {
  const t = line.trim();
  const sentenceEnd = endsSentence(t);
  if (t.length > LONG)
    return { size: LONG / 4, sentenceEnd, vocabulary: false, counter: false, separator: false, navBar: false, glyph: false };
  const size = sizeOf(t);
  const vocabulary = isVocabulary(t, size);
  const counter = /\d/.test(t) && COUNTER.test(t) && !TIMESTAMP.test(t);
  // A Markdown table row (`| a | b |`) is content, however much it looks like a menu.
  const table = t.length > 1 && t.startsWith('|') && t.endsWith('|');
  const separator = !table && SEPARATOR.test(t);
  const items = !table && NAV_MARK.test(t) ? t.split(NAV_SPLIT).filter((x) => x.trim() !== '') : [];
  const navBar = items.length >= 3 && items.every((x) => sizeOf(x) <= 3);
  const glyph = size <= 2 * PROSE && GLYPH.test(t);
  return { size, sentenceEnd, vocabulary, counter, separator, navBar, glyph };
}

/**
 * Whether interface words make up most of a line or open it as a key (`ChromeLine.vocabulary`), and nothing else
 * about it: all a labelled line is asked before it can be chrome (a speaker turn or a header field otherwise).
 */
export function isInterfaceLine(line: string): boolean {
  const t = line.trim();
  return t.length <= LONG && isVocabulary(t, sizeOf(t));
}

// `vocabulary` of a trimmed line of at most LONG characters and `size` words.
function isVocabulary(t: string, size: number): boolean {
  const vocab = size <= 2 * SHORT ? matchVocabulary(t) : NO_VOCABULARY;
  return vocab.coverage >= 0.5 || (size <= SHORT && vocab.hits > 0 && (vocab.key || vocab.coverage >= 0.3));
}

/**
 * Chrome by itself: interface words, a nav bar, separators. Around the article also counters and button
 * glyphs; inside it interface words only in lines that do not end like a sentence ("Next question.").
 */
export function isStrongChrome(f: ChromeLine, outsideBody: boolean): boolean {
  if (outsideBody) return f.vocabulary || f.navBar || f.glyph || f.separator || f.counter;
  return (f.vocabulary && !f.sentenceEnd) || f.navBar || f.separator;
}

/** Article prose: a long line that ends like a sentence and is not chrome. */
export function isProse(f: ChromeLine): boolean {
  return f.size >= PROSE && f.sentenceEnd && !isStrongChrome(f, true);
}

/**
 * A line that may be the article's title or a sentence of it, never chrome by position alone: it ends
 * like a sentence, or has four or more words (eight ideographs) and nothing of chrome about it.
 */
export function isTitleLike(f: ChromeLine): boolean {
  if (isStrongChrome(f, true)) return false;
  return f.sentenceEnd || f.size >= 4;
}
