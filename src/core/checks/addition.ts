import type { PairCheck } from '../engine/types';
import { counterpart } from './shared/alignedPairs';
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
        report({
          side: 'target',
          range: ctx.target.segments[i].range,
          message: 'Not in the original: no sentence there corresponds to this one.',
          related: counterpart(ctx, u.pair, 'target', 'The original around it'),
        });
      }
    }
  },
};
