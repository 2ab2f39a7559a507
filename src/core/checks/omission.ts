import type { PairCheck } from '../engine/types';
import { counterpart, segmentsRange } from './shared/alignedPairs';
import { unmatchedSentences } from './shared/unmatched';

/** A sentence of the original that the translation leaves out, wholly or in large part; reported on the original. */
export const omission: PairCheck = {
  id: 'omission',
  description: 'A sentence of the original that the translation leaves out, or renders far shorter than it predicts.',
  defaultLevel: 'warning',
  fixable: false,
  tags: ['translation'],
  scope: 'pair',
  run(ctx, report) {
    for (const u of unmatchedSentences(ctx, 'source')) {
      if (u.partial) {
        report({
          side: 'source',
          range: segmentsRange(ctx.source, u.indices),
          message: 'Partly missing from the translation: its counterpart is far shorter than this predicts.',
          related: counterpart(ctx, u.pair, 'source', 'The shorter translation'),
        });
        continue;
      }
      for (const i of u.indices) {
        const either = u.or === undefined ? [i] : [Math.min(i, u.or), Math.max(i, u.or)];
        report({
          side: 'source',
          range: segmentsRange(ctx.source, either),
          message:
            u.or === undefined
              ? 'This sentence is missing from the translation: translate it there.'
              : 'One of these two sentences is missing from the translation: translate the one that is missing.',
          related: counterpart(ctx, u.pair, 'source', 'The translation around it'),
        });
      }
    }
  },
};
