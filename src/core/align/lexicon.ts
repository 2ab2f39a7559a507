// A bilingual lexicon as the aligner uses it: a Chinese word stands for the stems of the English words of its
// glosses, so that a sentence and its translation share anchors even with no number or name in them. The table
// is generated from CC-CEDICT (scripts/lexicon.ts) and loaded by the caller (it is large: never at activation).
import { stem as porter2 } from 'porter2';

/** Chinese headwords with the English stems they translate to. */
export interface Lexicon {
  /** Space-separated stems by headword (split on use: most entries are never looked up). */
  readonly entries: ReadonlyMap<string, string>;
  /** The longest headword, in code units: the window of the longest-match segmentation. */
  readonly longest: number;
}

/** Parses the generated table: `#` comment lines, then `headword<TAB>stem stem …` lines. */
export function parseLexicon(text: string): Lexicon {
  const entries = new Map<string, string>();
  let longest = 1;
  // indexOf and slice instead of split: the table has a hundred thousand lines and is parsed on first use.
  for (let i = 0; i < text.length;) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', i);
    if (text.charCodeAt(i) !== 0x23 && tab > i && tab < end) {
      entries.set(text.slice(i, tab), text.slice(tab + 1, end));
      if (tab - i > longest) longest = tab - i;
    }
    i = end + 1;
  }
  return { entries, longest };
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
