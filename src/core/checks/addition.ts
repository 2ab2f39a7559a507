import type { PairCheck } from '../engine/types';
import { counterpart, segmentsRange } from './shared/alignedPairs';
import { unmatchedSentences } from './shared/unmatched';

/** A sentence of the translation that renders nothing in the original. */
export const addition: PairCheck = {
  id: 'addition',
  description: 'A sentence of the translation with no counterpart in the original.',
  defaultLevel: 'warning',
  fixable: false,
  tags: ['translation'],
  scope: 'pair',
  run(ctx, report) {
    for (const u of unmatchedSentences(ctx, 'target')) {
      for (const i of u.indices) {
        const either = u.or === undefined ? [i] : [Math.min(i, u.or), Math.max(i, u.or)];
        report({
          side: 'target',
          range: segmentsRange(ctx.target, either),
          message:
            u.or === undefined
              ? 'This sentence is not in the original: delete it, or check what the original says here.'
              : 'One of these two sentences is not in the original: delete the one that was added.',
          related: counterpart(ctx, u.pair, 'target', 'The original around it'),
        });
      }
    }
  },
};
