// One sentence translated two ways, or two different sentences translated the same way: either the translation
// drifted, or one copy was fixed and the other not. Only sentences long enough to be worth the same words each
// time, in one-to-one pairs, are compared.
import type { AlignedPair } from '../align/align';
import type { PairCheck, PairContext, PairSide, Side } from '../engine/types';
import { lengthUnits } from '../align/features';

// About four words of English: greetings, answers and fillers may well be rendered differently each time.
const MIN_UNITS = 20;

/** A sentence translated two ways, or two sentences translated one way. */
export const inconsistentTranslation: PairCheck = {
  id: 'inconsistent-translation',
  description: 'The same sentence of the original translated in two ways, or two different sentences translated the same way.',
  defaultLevel: 'info',
  fixable: true,
  tags: ['translation'],
  scope: 'pair',
  run(ctx, report) {
    const ones = ctx.pairs.filter((p) => p.source.length === 1 && p.target.length === 1);
    // The same original, different translations: the less frequent translation is reported, against the usual one.
    for (const group of groups(ctx, ones, 'source')) {
      const byTarget = partition(group, (p) => key(ctx.target, p.target[0]));
      if (byTarget.length < 2) continue;
      const [usual, ...others] = byTarget.sort((a, b) => b.length - a.length || a[0].target[0] - b[0].target[0]);
      const model = ctx.target.segments[usual[0].target[0]];
      for (const p of others.flat()) {
        const seg = ctx.target.segments[p.target[0]];
        report({
          side: 'target',
          range: seg.range,
          message: 'The same sentence of the original is translated differently elsewhere: translate it the same way.',
          suggestions: [model.text],
          fixes: [{ title: 'Translate it as elsewhere', edits: [{ range: seg.range, newText: model.text }] }],
          related: [{ range: model.range, message: `The other translation${usual.length > 1 ? `, used ${usual.length} times` : ''}.` }],
        });
      }
    }
    // Different originals, one translation: each is reported, against the first.
    for (const group of groups(ctx, ones, 'target')) {
      const bySource = partition(group, (p) => key(ctx.source, p.source[0]));
      if (bySource.length < 2) continue;
      const first = bySource[0][0];
      for (const p of bySource.slice(1).flat()) {
        report({
          side: 'target',
          range: ctx.target.segments[p.target[0]].range,
          message: 'This translation also renders a different sentence of the original: check which one it belongs to.',
          related: [
            { range: ctx.target.segments[first.target[0]].range, message: 'The same translation' },
            { range: ctx.source.segments[p.source[0]].range, message: 'This original', inOtherDocument: true },
            { range: ctx.source.segments[first.source[0]].range, message: 'The other original', inOtherDocument: true },
          ],
        });
      }
    }
  },
};

// Pairs whose `side` sentence is the same (folded), long enough, and occurs in more than one pair.
function groups(ctx: PairContext, pairs: readonly AlignedPair[], side: Side): AlignedPair[][] {
  const by = new Map<string, AlignedPair[]>();
  for (const p of pairs) {
    const i = p[side][0];
    if (lengthUnits(ctx[side].segments[i].text) < MIN_UNITS) continue;
    const k = key(ctx[side], i);
    const list = by.get(k);
    if (list) list.push(p);
    else by.set(k, [p]);
  }
  return [...by.values()].filter((g) => g.length > 1);
}

function partition(pairs: readonly AlignedPair[], keyOf: (p: AlignedPair) => string): AlignedPair[][] {
  const by = new Map<string, AlignedPair[]>();
  for (const p of pairs) {
    const k = keyOf(p);
    const list = by.get(k);
    if (list) list.push(p);
    else by.set(k, [p]);
  }
  return [...by.values()];
}

// Sentences compared without case, spacing and punctuation: "OK, so" and "OK so" are one sentence.
function key(side: PairSide, i: number): string {
  return side.segments[i].text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
