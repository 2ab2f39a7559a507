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
      for (const range of u.partial ? [segmentsRange(ctx.source, u.indices)] : u.indices.map((i) => ctx.source.segments[i].range)) {
        report({
          side: 'source',
          range,
          message: u.partial
            ? 'Partly missing from the translation: its counterpart is far shorter than this predicts.'
            : 'Missing from the translation: no sentence there renders this one.',
          related: counterpart(ctx, u.pair, 'source', u.partial ? 'The shorter translation' : 'The translation around it'),
        });
      }
    }
  },
};
