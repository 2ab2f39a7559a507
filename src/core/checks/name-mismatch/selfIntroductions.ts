// Self-introductions ("my name is …", "我叫…", "제 이름은 …") and the name each one gives. Strong
// cues name the speaker by definition; weak ones ("I'm …", "我是…", "저는 …") are mostly followed by
// something else ("I'm sure", "我是工程师"), so after them only an unmistakable full name counts.
import { hangulWordsAt, joinedNameAt, latinNameAt, nativeHanNameAt, type Span } from '../../names/nameShapes';
import type { TextRange } from '../../text/offsets';
import { RecentCache } from '../../text/recentCache';
import { classSource, HANGUL } from '../../text/scripts';

const HANGUL_LETTER = new RegExp(`[${classSource(HANGUL)}]`);

/** A self-introduction: the name the speaker gives and where it stands. */
export interface SelfIntroduction {
  readonly name: string;
  readonly range: TextRange;
  /** The cue ("my name is"): strong cues always introduce a name, weak ones only before a full name. */
  readonly strong: boolean;
}

// Per language, the phrases after which speakers give their own name.
const CUES: Record<string, { readonly strong: readonly string[]; readonly weak: readonly string[] }> = {
  en: { strong: ['my name is', "my name's", 'my name’s', 'call me'], weak: ["I'm", 'I’m', 'I am', 'this is'] },
  fr: { strong: ["je m'appelle", 'je m’appelle', 'mon nom est'], weak: ['je suis'] },
  de: { strong: ['ich heiße', 'ich heisse', 'mein Name ist'], weak: ['ich bin'] },
  es: { strong: ['me llamo', 'mi nombre es'], weak: ['soy'] },
  it: { strong: ['mi chiamo', 'il mio nome è'], weak: ['sono'] },
  pt: { strong: ['meu nome é', 'me chamo'], weak: ['eu sou'] },
  nl: { strong: ['mijn naam is', 'ik heet'], weak: ['ik ben'] },
  sv: { strong: ['jag heter'], weak: [] },
  pl: { strong: ['nazywam się'], weak: [] },
  zh: { strong: ['我叫', '我的名字是', '我的名字叫'], weak: ['我是'] },
  ko: { strong: ['제 이름은', '내 이름은'], weak: ['저는', '나는'] },
  ja: { strong: ['私の名前は', '僕の名前は'], weak: ['私は'] },
};
// The document's language decides which cues are looked for (one small pattern keeps the scan fast);
// languages the detector cannot tell apart from the detected one are looked for too.
const LOOK_FOR: Record<string, readonly string[]> = {
  en: ['en'],
  de: ['de', 'nl', 'sv', 'pl'],
  fr: ['fr', 'it', 'pt'],
  es: ['es', 'it', 'pt'],
  zh: ['zh'],
  ko: ['ko'],
  ja: ['ja'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
// A cue may start a sentence, so its first letter matches either case; the rest is as written.
const pattern = (cue: string) => {
  const first = cue[0];
  const head = first.toLowerCase() === first.toUpperCase() ? escape(first) : `[${first.toLowerCase()}${first.toUpperCase()}]`;
  return head + escape(cue.slice(1));
};

interface CueSet {
  readonly regex: RegExp;
  /** A cue as matched ("I'm", "i'm", "I  am") read as written, for the few spellings a text repeats. */
  readonly matched: RecentCache<Cue>;
}

/** A cue as the tables write it (lower case, single spaces) and whether it is strong. */
interface Cue {
  readonly cue: string;
  readonly strong: boolean;
}
const cueSets = new Map<string, CueSet>();

function cuesFor(lang: string): CueSet {
  let set = cueSets.get(lang);
  if (set) return set;
  const strength = new Map<string, boolean>();
  const written: string[] = [];
  for (const l of LOOK_FOR[lang] ?? Object.keys(CUES)) {
    for (const [cues, strong] of [
      [CUES[l].strong, true],
      [CUES[l].weak, false],
    ] as const) {
      for (const c of cues) {
        strength.set(c.toLowerCase(), strong);
        written.push(c);
      }
    }
  }
  const all = written.sort((a, b) => b.length - a.length);
  const matched = new RecentCache(64, (m: string): Cue => {
    const cue = m.toLowerCase().replace(/[ \t]+/g, ' ');
    return { cue, strong: strength.get(cue) ?? false };
  });
  set = { regex: new RegExp(all.map(pattern).join('|'), 'gu'), matched };
  cueSets.set(lang, set);
  return set;
}

// Korean copulas and quoting endings glued to a name ("김민수입니다", "김민수라고 합니다").
const KOREAN_ENDING = /(?:입니다|이에요|예요|이고요|이고|이며|이라고|라고|이야|야)$/u;
// "This is X" introduces X only on the phone or on air.
const ON_AIR = /^[ \t]+(?:speaking|here)(?![\p{L}])/iu;
// Opening quotation marks that, left open before the cue, mean someone else's words are being quoted.
const OPENER_CODES = new Set([...'“「『«'].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set([...'”」』»'].map((c) => c.charCodeAt(0)));
const QUOTE_LOOKBACK = 200;

/** Every self-introduction in `text[range]`, looking for the cues of `lang` (a BCP 47 tag; `und` looks for all). */
export function findSelfIntroductions(text: string, lang = 'und', range: TextRange = { start: 0, end: text.length }): SelfIntroduction[] {
  const spans = selfIntroductionSpans(text, lang, range);
  const out: SelfIntroduction[] = [];
  for (let i = 0; i < spans.length; i += 3) {
    out.push({ name: text.slice(spans[i], spans[i + 1]), range: { start: spans[i], end: spans[i + 1] }, strong: spans[i + 2] === 1 });
  }
  return out;
}

/**
 * The self-introductions `findSelfIntroductions` finds, three numbers each: where the name starts and ends in
 * `text`, and 1 after a strong cue or 0. No object per introduction: a long document has a hundred thousand, kept
 * until they are judged.
 */
export function selfIntroductionSpans(text: string, lang = 'und', range: TextRange = { start: 0, end: text.length }): number[] {
  const out: number[] = [];
  const { regex, matched } = cuesFor(lang);
  const slice = range.start === 0 && range.end === text.length ? text : text.slice(range.start, range.end);
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
    // A Latin cue must start a word ("soy", not "Sosoy").
    if (isAsciiLetter(m[0].charCodeAt(0)) && m.index > 0 && isLetterOrMark(slice.charCodeAt(m.index - 1))) continue;
    const { cue, strong } = matched.get(m[0]);
    let at = m.index! + m[0].length;
    while (slice[at] === ' ' || slice[at] === '\t') at++;
    const span = nameAfter(slice, at, cue, strong);
    if (!span || insideQuotation(slice, m.index!)) continue;
    if (cue === 'this is' && !ON_AIR.test(slice.slice(span.end, span.end + 12))) continue;
    out.push(range.start + span.start, range.start + span.end, strong || cue === 'this is' ? 1 : 0);
  }
  return out;
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

// Whether a code unit is a letter or a mark on its own (a surrogate is neither).
function isLetterOrMark(c: number): boolean {
  return c < 0x80 ? isAsciiLetter(c) : LETTER_OR_MARK.test(String.fromCharCode(c));
}

// The name-shaped span at `at`, if the cue's strength allows that shape there.
function nameAfter(text: string, at: number, cue: string, strong: boolean): Span | undefined {
  const latin = latinNameAt(text, at);
  if (latin) return strong || capitalisedWords(text, latin.start, latin.end) >= 2 ? latin : undefined;
  const joined = joinedNameAt(text, at);
  if (joined) return joined;
  if (!strong) return undefined;
  if (cue.startsWith('我')) return nativeHanNameAt(text, at);
  const hangul = HANGUL_LETTER.test(cue) ? hangulWordsAt(text, at) : undefined;
  if (!hangul) return undefined;
  // The name runs up to the word carrying the copula ("… 가르시아라고 합니다"), each word a plausible name part.
  const kept: string[] = [];
  for (const word of text.slice(hangul.start, hangul.end).split(' ')) {
    const bare = word.replace(KOREAN_ENDING, '');
    if (bare.length === 0 || bare.length > 5) return undefined;
    kept.push(bare);
    if (bare !== word) break;
  }
  const name = kept.join(' ');
  return name.length >= 2 ? { start: hangul.start, end: hangul.start + name.length } : undefined;
}

// How many of the words between `from` and `to` (split at spaces and tabs) start with a capital, read in place.
function capitalisedWords(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || (i > from && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 9)) continue;
    if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(String.fromCodePoint(text.codePointAt(i)!))) n++;
  }
  return n;
}

const UPPER_START = /^\p{Lu}/u;

// Whether a quotation opened earlier on the same line (within a short look-back) is still open at `at`.
function insideQuotation(text: string, at: number): boolean {
  let open = 0;
  let straight = 0;
  // Walking backwards, a closing mark met before its opener cancels it.
  for (let i = at - 1; i >= 0 && at - i <= QUOTE_LOOKBACK; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 0x22) straight++;
    else if (OPENER_CODES.has(c)) open++;
    else if (CLOSER_CODES.has(c)) open--;
  }
  return open > 0 || straight % 2 === 1;
}
