import { scriptOf } from '../text/scripts';
import { romanize } from './names';
import { phoneticDistance, phoneticForm } from './phonetic';

/** A Latin name read from a URL: the words of its last path segment, or its domain for a site's home page. */
export interface UrlName {
  /** The segment or domain label as written ("lighthouse", "night-owl"). */
  readonly raw: string;
  readonly words: readonly string[];
  /** How many path segments the URL has: 0 for a home page, 2 for `owner/project`. */
  readonly depth: number;
}

// Path segments that say where on a code host or site a page is, not what it is called.
const PLACE = /^(?:tree|blob|src|wiki|docs?|index|readme|main|master|en|zh|ko|ja|latest|home)$/i;

/** The name a URL points at, when its last meaningful segment (or its domain, for a home page) is one to three words. */
export function nameFromUrl(url: string): UrlName | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:\s]+)(?::\d+)?([^?#\s]*)/i.exec(url);
  if (!m) return undefined;
  const segments = m[2].split('/').filter(Boolean);
  const depth = segments.length;
  const cut = segments.findIndex((s) => /^(?:tree|blob)$/i.test(s));
  if (cut > 0) segments.length = cut;
  while (segments.length && PLACE.test(segments[segments.length - 1].replace(/\.[a-z]+$/i, ''))) segments.pop();
  let raw: string;
  if (segments.length) {
    raw = safeDecode(segments[segments.length - 1])
      .replace(/\.(?:html?|php|aspx?|md|git)$/i, '')
      .replace(/_?\([^)]*\)$/, '');
  } else {
    const labels = m[1]
      .toLowerCase()
      .split('.')
      .filter((l) => l !== 'www');
    if (labels.length < 2) return undefined;
    raw = labels[labels.length - 2];
  }
  const words = raw.split(/[-_+.\s]+/).filter(Boolean);
  if (!words.length || words.length > 3 || raw.length > 40 || words.some((w) => !/^[A-Za-z][A-Za-z0-9]*$/.test(w))) return undefined;
  return { raw, words, depth };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Whether a Latin glossary term is spelled as a proper name (every word capitalised, or an inner capital or
 * digit: "Night Owl", "GraphQL") rather than as a concept ("orchestration", "Infrastructure as Code"). Names keep
 * their Latin spelling in a translation; concepts get the glossary's rendering.
 */
export function isNameSpelling(latin: string): boolean {
  const words = latin.split(/\s+/).filter(Boolean);
  return words.length > 0 && (words.every((w) => /^[A-Z0-9]/.test(w)) || /[a-z][A-Z]|\d/.test(latin));
}

/** How a name from a URL is written in prose: lower-case words capitalised ("night-owl" → "Night Owl"), others kept. */
export function displayName(name: UrlName): string {
  return name.words.map((w) => (w === w.toLowerCase() ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}

/**
 * Whether a CJK rendering is a transliteration of a Latin name (特斯拉 for Tesla, 카카오 for Kakao)
 * rather than a translation of its meaning (灯塔 for Lighthouse): katakana is always a transliteration;
 * Han and Hangul are romanised and compared by sound, allowing the vowel and consonant shifts of loanwords.
 */
export function isTransliteration(cjk: string, latin: string): boolean {
  const letters = [...cjk].filter((c) => scriptOf(c.codePointAt(0)!) !== 'Other');
  if (!letters.length) return false;
  if (letters.every((c) => scriptOf(c.codePointAt(0)!) === 'Kana')) return true;
  const script = letters.some((c) => scriptOf(c.codePointAt(0)!) === 'Hangul') ? 'Hangul' : 'Han';
  const roman = phoneticForm(romanize(letters.join(''), script));
  const target = phoneticForm(romanize(latin, 'Latin'));
  if (!roman || !target) return false;
  return phoneticDistance(roman, target) <= 0.31;
}
