import { scriptOf } from '../text/scripts';
import type { Transcript } from '../document/model';
import { proseRanges, rangeCursor, verbatimRanges } from '../document/prose';
import type { TextRange } from '../text/offsets';

/** A CJK rendering followed by its Latin source in parentheses: `서비스망(service mesh)`, `服务网格（service mesh）`. */
export interface Gloss {
  /** The Latin text inside the parentheses. */
  readonly latin: string;
  /** `latin` lower-cased with spaces collapsed: the key glosses are grouped by. */
  readonly key: string;
  readonly latinRange: TextRange;
  /** The parentheses with what they hold. */
  readonly parenRange: TextRange;
  /** The rendering before the parentheses, as far as it can be told from the words before them. */
  readonly rendering: string;
  readonly renderingRange: TextRange;
  /** For a Chinese rendering, the run of Han characters before the parentheses (at most twelve). */
  readonly hanRun?: TextRange;
}

const PAREN = /([(（])[ \t]?([A-Za-z][A-Za-z0-9.&'’+\- ]{0,60}?)[ \t]?[)）]/g;
// Chinese words that end a noun phrase when reading backwards: particles, prepositions, light verbs.
const ZH_STOP = new Set(
  [...'的了在是和与及或把被将对从为用即这那个一也都就而并让给以于由向'].concat([
    '进行',
    '使用',
    '通过',
    '称为',
    '叫做',
    '所谓',
    '一种',
    '一个',
    '这个',
    '那个',
  ]),
);
const segmenters = new Map<string, Intl.Segmenter>();

function words(lang: string, text: string): string[] {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return [...s.segment(text)].map((x) => x.segment);
}

/** Every `rendering(Latin)` pair in the prose of a transcript, in document order. */
export function findGlosses(t: Transcript): Gloss[] {
  const text = t.text;
  const out: Gloss[] = [];
  const verbatim = rangeCursor(verbatimRanges(text));
  const prose = proseRanges(t);
  let r = 0;
  // One pass over the whole text rather than one per range over a copy of it: a match that does not fit in its
  // range holds no other opening parenthesis, so no match of the range is lost.
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const open = m.index;
    while (r < prose.length && prose[r].end <= open) r++;
    if (r >= prose.length) break;
    const range = prose[r];
    if (open < range.start || open + m[0].length > range.end || verbatim.inside(open)) continue;
    const latin = m[2].trim();
    const latinStart = open + m[0].indexOf(latin, 1);
    const rendering = renderingBefore(text, open, range.start, latin.split(/\s+/).length);
    if (!rendering) continue;
    const hanRun = script(text[rendering.end - 1]) === 'Han' ? runBefore(text, rendering.end, range.start) : undefined;
    out.push({
      latin,
      key: latin.toLowerCase().replace(/\s+/g, ' '),
      latinRange: { start: latinStart, end: latinStart + latin.length },
      parenRange: { start: open, end: open + m[0].length },
      rendering: text.slice(rendering.start, rendering.end),
      renderingRange: rendering,
      ...(hanRun ? { hanRun } : {}),
    });
  }
  return out;
}

function script(ch: string | undefined): string {
  return ch ? scriptOf(ch.codePointAt(0)!) : 'Other';
}

function runBefore(text: string, end: number, floor: number): TextRange {
  let start = end;
  while (start > floor && end - start < 12 && script(text[start - 1]) === 'Han') start--;
  return { start, end };
}

/**
 * The rendering that ends just before `open`: Korean and Japanese kana words one per Latin word (at most
 * three), Chinese the last word of the clause (or one per Latin word), cut at particles and light verbs.
 */
export function renderingBefore(text: string, open: number, floor: number, latinWords: number): TextRange | undefined {
  let end = open;
  if (text[end - 1] === ' ' || text[end - 1] === '\t') end--;
  const kind = script(text[end - 1]);
  if (kind !== 'Han' && kind !== 'Hangul' && kind !== 'Kana') return undefined;
  let start = end;
  const same = (c: string | undefined) => script(c) === kind || (kind === 'Kana' && (c === 'ー' || c === '・'));
  if (kind === 'Han') {
    start = runBefore(text, end, floor).start;
    const parts = words('zh', text.slice(start, end));
    let taken = '';
    for (let i = parts.length - 1, n = 0; i >= 0 && n < latinWords && !ZH_STOP.has(parts[i]); i--, n++) taken = parts[i] + taken;
    return taken ? { start: end - taken.length, end } : undefined;
  }
  for (let n = 0; n < Math.min(latinWords, 3); n++) {
    let s = start;
    while (s > floor && same(text[s - 1])) s--;
    if (s === start) break;
    start = s;
    if (text[start - 1] !== ' ' || !same(text[start - 2])) break;
    if (n + 1 < Math.min(latinWords, 3)) start--;
  }
  while (text[start] === ' ') start++;
  return start < end ? { start, end } : undefined;
}
