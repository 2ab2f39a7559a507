// Numbers changed between a sentence and its translation, compared as values (language/numbers.ts reads
// 1,000 / 1 000 / 1.000, 3,5, 三十, 2万, "thirty", "vingt-cinq"). Only a number written with digits can go
// missing: a translator writes "three" as 3 or 三 at will, so numbers in words only ever match, never miss.
import type { AlignedPair } from '../align/align';
import type { PairCheck, PairContext, PairReport, PairSide } from '../engine/types';
import { findNumbers, type NumberMention } from '../language/numbers';
import { changedFromOriginal, counterpart, segmentsRange } from './shared/alignedPairs';

interface Mention extends NumberMention {
  readonly text: string;
  /** Every value the digits may stand for (1,500 is 1500 in English and 1.5 in German). */
  readonly values: readonly number[];
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
      const source = mentions(ctx, [pair], 'source');
      const target = mentions(ctx, [pair], 'target');
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

function mismatch(ctx: PairContext, pair: AlignedPair, missing: Mention[], extra: Mention[]): PairReport {
  const related = counterpart(ctx, pair, 'target', 'The original');
  if (missing.length === 1 && extra.length === 1) {
    const [was, is] = [missing[0], extra[0]];
    return changedFromOriginal(was, is, `The original has ${was.text} where the translation has ${is.text}.`, related);
  }
  const parts = [
    missing.length ? `the original's ${list(missing)} ${missing.length > 1 ? 'are' : 'is'} missing` : '',
    extra.length ? `${list(extra)} ${extra.length > 1 ? 'are' : 'is'} not in the original` : '',
  ].filter(Boolean);
  const message = parts.join('; ');
  return {
    side: 'target',
    range: segmentsRange(ctx.target, pair.target),
    message: `Numbers differ from the original: ${message}.`,
    related,
  };
}

function list(ms: readonly Mention[]): string {
  return ms.map((m) => m.text).join(', ');
}

// The mentions of `from` (digits only) that no mention of `to` matches by value; each mention of `to` matches once.
function unmatched(from: readonly Mention[], to: readonly Mention[]): Mention[] {
  const used = new Uint8Array(to.length);
  const out: Mention[] = [];
  for (const m of from) {
    const k = to.findIndex((n, i) => !used[i] && n.values.some((v) => m.values.some((w) => same(v, w))));
    if (k >= 0) used[k] = 1;
    else if (m.digits) out.push(m);
  }
  return out;
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
  found = side.segments.map((seg) =>
    findNumbers(seg.text).map((n) => {
      const text = seg.text.slice(n.start, n.end);
      return { ...n, start: seg.range.start + n.start, end: seg.range.start + n.end, text, values: readings(text, n.value, decimalComma) };
    }),
  );
  bySide.set(side, found);
  return found;
}

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
