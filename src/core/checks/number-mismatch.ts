// Numbers changed between a sentence and its translation, compared as values (language/numbers.ts reads
// 1,000 / 1 000 / 1.000, 3,5, 三十, 2万, "thirty", "vingt-cinq"). Only a number written with digits, or in words
// from ten up, can go missing: a translator writes "three" as 3 or 三 at will, or not at all ("three of us": 我们仨),
// so small numbers in words only ever match, never miss.
import type { AlignedPair } from '../align/align';
import { lengthUnits } from '../align/features';
import type { PairCheck, PairContext, PairReport, PairSide } from '../engine/types';
import { chineseNumeral, findNumbers, inChineseNumerals, saidLoosely, type NumberMention } from '../language/numbers';
import { changedFromOriginal, counterpart, segmentsRange } from './shared/alignedPairs';
import { q, quoteList } from './shared/messageStyle';

interface Mention extends NumberMention {
  readonly text: string;
  /** Every value the digits may stand for (1,500 is 1500 in English and 1.5 in German). */
  readonly values: readonly number[];
  /** A round quantity said loosely, no number to keep: 数千 "thousands", 几十 "dozens", 上百 "a hundred or more". */
  readonly vague?: boolean;
}

/** Numbers that differ between a sentence of the original and its translation. */
export const numberMismatch: PairCheck = {
  id: 'number-mismatch',
  description: 'A number of the original missing from its translation, or a number in the translation that the original does not have.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['translation'],
  scope: 'pair',
  run(ctx, report) {
    const pairs = ctx.pairs;
    pairs.forEach((pair, k) => {
      if (!pair.source.length || !pair.target.length) return;
      // A fragment the alignment left alone beside the pair is most often a piece of it that the sentence splitter
      // cut off on one side only ("am 30." | "Juni …"): its numbers are the pair's.
      const own = [pairs[k - 1], pair, pairs[k + 1]].filter((p): p is AlignedPair => p !== undefined && (p === pair || isFragment(ctx, p)));
      const source = mentions(ctx, own, 'source');
      const target = mentions(ctx, own, 'target');
      if (!source.length && !target.length) return;
      // A number is looked for in the neighbouring pairs too: where a sentence boundary falls differently on the two
      // sides, the aligner may put a number's sentence in the pair next door.
      const around = pairs.slice(Math.max(0, k - 1), k + 2);
      const missing = unmatched(source, mentions(ctx, around, 'target'));
      const extra = unmatched(target, mentions(ctx, around, 'source'));
      // A number dropped or added alone is how translations reword ("in 1956" said once for two sentences): a
      // number changed into another is a mistake.
      if (missing.length && extra.length) report(mismatch(ctx, pair, missing, extra));
    });
  },
};

// Shorter than this (in letters and digits), a sentence alone is a piece of a neighbour.
const FRAGMENT_UNITS = 14;

function isFragment(ctx: PairContext, p: AlignedPair): boolean {
  const [side, indices]: [PairSide, number[]] = p.target.length ? [ctx.target, p.target] : [ctx.source, p.source];
  if (p.source.length && p.target.length) return false;
  return indices.every((i) => lengthUnits(side.segments[i].text) < FRAGMENT_UNITS);
}

function mismatch(ctx: PairContext, pair: AlignedPair, missing: Mention[], extra: Mention[]): PairReport {
  const related = counterpart(ctx, pair, 'target', 'The original');
  if (missing.length === 1 && extra.length === 1) {
    const [was, is] = [missing[0], extra[0]];
    const written = { text: inStyleOf(was, is) };
    return changedFromOriginal(
      written,
      is,
      `The original has ${q(was.text)} where the translation has ${q(is.text)}: write ${q(written.text)}.`,
      related,
    );
  }
  const message = !extra.length
    ? `The original's ${list(missing)} ${missing.length > 1 ? 'are' : 'is'} missing here: add ${missing.length > 1 ? 'them' : 'it'}.`
    : !missing.length
      ? `${list(extra)} ${extra.length > 1 ? 'are' : 'is'} not in the original: check ${extra.length > 1 ? 'them' : 'it'} against it.`
      : `Numbers differ from the original, which has ${list(missing)} where this has ${list(extra)}: write the original's.`;
  return {
    side: 'target',
    range: segmentsRange(ctx.target, pair.target),
    message,
    related,
  };
}

// The original's number written as the translation writes its numbers: in Chinese numerals where it used them
// (四十 for "forty" or 40), in digits where the original wrote words the translation's language may not share.
function inStyleOf(was: Mention, is: Mention): string {
  if (!is.digits && inChineseNumerals(is.text)) {
    const numeral = chineseNumeral(was.value) ?? String(was.value);
    return is.text.startsWith('百分之') ? '百分之' + numeral : numeral;
  }
  return was.digits ? was.text : String(was.value);
}

function list(ms: readonly Mention[]): string {
  return quoteList(ms.map((m) => m.text));
}

// A number in words from this value up is a quantity said, not a way of speaking ("one of", 一样, "a couple", 三心二意):
// "forty pages" rendered 五十次 is a number changed, though neither side wrote digits.
const MIN_WORDS_VALUE = 10;

// The mentions of `from` (digits, or words for MIN_WORDS_VALUE and more) that no mention of `to` matches, by value or by digits: each mention of `to`
// matches once.
function unmatched(from: readonly Mention[], to: readonly Mention[]): Mention[] {
  const used = new Uint8Array(to.length);
  const left: Mention[] = [];
  for (const m of from) {
    const k = to.findIndex((n, i) => !used[i] && n.values.some((v) => m.values.some((w) => same(v, w))));
    if (k >= 0) used[k] = 1;
    else if (m.digits || (m.value >= MIN_WORDS_VALUE && !m.vague)) left.push(m);
  }
  if (!left.length) return left;
  // One number on one side may be written as several on the other, its digits grouped otherwise ("031/433611",
  // "031/43 36 11") or split by a sentence boundary that falls inside it ("Fr. 2.70", "2 fr. | 70").
  const free = to.filter((_, i) => !used[i]);
  const done = new Set<Mention>();
  for (const m of left) if (runOf(free, digitsOf(m))) done.add(m);
  for (const n of free) {
    const run = runOf(left, digitsOf(n));
    if (run) for (const m of run) done.add(m);
  }
  return left.filter((m) => !done.has(m));
}

function digitsOf(m: Mention): string {
  return m.text.replace(/\D/g, '');
}

// Two or more consecutive mentions whose digits, one after the other, are `digits`.
function runOf(ms: readonly Mention[], digits: string): Mention[] | undefined {
  for (let a = 0; a < ms.length; a++) {
    let joined = '';
    for (let b = a; b < ms.length && joined.length < digits.length; b++) {
      joined += digitsOf(ms[b]);
      if (b > a && joined === digits) return ms.slice(a, b + 1);
    }
  }
  return undefined;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

function mentions(ctx: PairContext, pairs: readonly AlignedPair[], side: 'source' | 'target'): Mention[] {
  const all = segmentMentions(ctx[side]);
  return pairs.flatMap((p) => p[side].flatMap((i) => all[i]));
}

const bySide = new WeakMap<PairSide, Mention[][]>();

// Each segment's numbers, read once per document (a pair looks at its neighbours' too).
function segmentMentions(side: PairSide): Mention[][] {
  let found = bySide.get(side);
  if (found) return found;
  const decimalComma = DECIMAL_COMMA.has(side.transcript.language.tag);
  found = side.segments.map((seg) => {
    const out: Mention[] = [];
    const times = [...seg.text.matchAll(TIME)];
    for (const n of findNumbers(seg.text)) {
      if (times.some((t) => n.start >= t.index && n.end <= t.index + t[0].length)) continue;
      // A fraction after a whole number is part of it (1 ½ m).
      const fraction = /^ ?([½¼¾])/.exec(seg.text.slice(n.end, n.end + 2));
      const end = fraction ? n.end + fraction[0].length : n.end;
      const value = fraction ? n.value + FRACTIONS[fraction[1]] : n.value;
      const text = seg.text.slice(n.start, end);
      const values = fraction ? [value] : readings(text, n.value, decimalComma);
      // The second year of a span is often cut to its last two digits (1952/53): it stands for both.
      const century = /^\d{2}$/.test(text) ? /(\d{2})\d{2} ?[/–-] ?$/.exec(seg.text.slice(Math.max(0, n.start - 7), n.start)) : null;
      if (century) values.push(Number(century[1] + text));
      const vague = saidLoosely(seg.text, n);
      out.push({ ...n, value, start: seg.range.start + n.start, end: seg.range.start + end, text, values, vague });
    }
    for (const t of times) {
      const value = Number(t[1]) + Number(t[2]) / 100;
      const start = seg.range.start + t.index;
      out.push({ value, start, end: start + t[0].length, digits: true, text: t[0], values: [value] });
    }
    return out.sort((a, b) => a.start - b.start);
  });
  bySide.set(side, found);
  return found;
}

const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

// A time of day, which languages write as 20:30, 20.30 (Uhr) or 20 h 30: read as the one value 20.30.
const TIME = /(?<![\d.,])(\d{1,2}) ?(?::|h\.? ?)(\d{2})(?![\d.,]\d)/g;

// Languages that write a decimal comma (3,5) and group thousands with points or spaces (1.000, 1 000).
const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'el']);

// A single separator before three digits groups thousands in English and Chinese (1,500) but is a decimal comma
// in German or French (1,500 = 1.5): read as the side's language writes it, and both ways when it is not known.
function readings(text: string, value: number, decimalComma: boolean): number[] {
  const m = /^(\d{1,3})([.,])(\d{3})$/.exec(text);
  if (!m) return [value];
  const decimal = Number(`${m[1]}.${m[3]}`);
  const grouped = Number(m[1] + m[3]);
  if (m[2] === ',') return decimalComma ? [decimal, grouped] : [grouped];
  return decimalComma ? [grouped] : [decimal, grouped];
}
