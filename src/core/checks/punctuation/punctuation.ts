import type { Block } from '../../document/model';
import type { TextRange } from '../../text/offsets';
import { brackets } from './bracketPairs';
import type { PunctuationScope } from './cjkPunctuation';
import { protectedSpans } from '../shared/protectedSpans';
import { SpaceRuns } from './fixEdits';
import { cjkEllipses, halfWidthMarks, spacesAroundFullWidth } from './punctuationMarks';
import { scanPunctuation } from './punctuationScan';
import { curlyQuotes, emptyQuotes, straightQuotes } from './quotePairs';
import type { Check, Report } from '../../engine/types';

/** The most findings one paragraph reports. */
export const MAX_PER_PARAGRAPH = 1000;
// Thrown by a paragraph's emit once it has reported its most, to stop the rules there.
const ENOUGH = new Error('enough findings for one paragraph');

/** CJK punctuation (full-width marks, quote direction and style, ellipses, spacing) and unbalanced pairs in any script. */
export const punctuation: Check = {
  id: 'punctuation',
  description:
    'Punctuation that machine translation and typing leave wrong: reversed or unmatched quotes, ASCII marks in Chinese or Japanese text, "..." for "……", spaces around full-width marks, unbalanced brackets.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['machine-translation', 'typography'],
  scope: 'block',
  run(ctx, report) {
    const { text, transcript } = ctx;
    const japanese = transcript.language.tag === 'ja';
    for (const index of ctx.blocks) {
      const block = transcript.blocks[index];
      const range = punctuatedText(block);
      if (!range || range.end <= range.start) continue;
      const inv = scanPunctuation(text, range);
      if (
        !inv.curly.length &&
        !inv.straight.length &&
        !inv.brackets.length &&
        !inv.ellipses.length &&
        !inv.spaces.length &&
        !inv.emptyQuotes.length &&
        (inv.firstHan < 0 || !inv.asciiMarks.length)
      )
        continue;
      const scope: PunctuationScope = {
        text,
        range,
        line: block.range,
        spaces: new SpaceRuns(),
        protected: protectedSpans(text, range),
        japanese,
      };
      // A paragraph reports at most MAX_PER_PARAGRAPH findings: a line of a million unmatched marks would
      // otherwise hold a gigabyte of findings no one reads.
      let count = 0;
      const emit = (f: Report) => {
        report(f);
        if (++count === MAX_PER_PARAGRAPH) throw ENOUGH;
      };
      // The rules take the spaces beside their marks in this order (see fixEdits.ts).
      try {
        halfWidthMarks(scope, inv, emit);
        cjkEllipses(scope, inv, emit);
        spacesAroundFullWidth(scope, inv, emit);
        curlyQuotes(scope, inv, emit);
        emptyQuotes(scope, inv, emit);
        straightQuotes(scope, inv, emit);
        brackets(scope, inv, emit);
      } catch (e) {
        if (e !== ENOUGH) throw e;
      }
    }
  },
};

// The part of a block whose punctuation is prose: not a speaker label (its colon is the label's own), not heading markers.
function punctuatedText(b: Block): TextRange | undefined {
  switch (b.kind) {
    case 'turn':
    case 'heading':
      return b.textRange;
    case 'metadata':
      return b.valueRange;
    case 'blank':
      return undefined;
    default:
      return b.contentRange;
  }
}
