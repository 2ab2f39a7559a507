import type { Block } from '../../document/model';
import type { TextRange } from '../../text/offsets';
import { brackets } from './bracketPairs';
import type { PunctuationScope } from './cjkPunctuation';
import { protectedSpans } from '../shared/protectedSpans';
import { cjkEllipses, halfWidthMarks, spacesAroundFullWidth } from './punctuationMarks';
import { scanPunctuation } from './punctuationScan';
import { curlyQuotes, emptyQuotes, straightQuotes } from './quotePairs';
import type { Check } from '../../engine/types';

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
      const range = punctuatedText(transcript.blocks[index]);
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
      const scope: PunctuationScope = { text, range, protected: protectedSpans(text, range), japanese };
      halfWidthMarks(scope, inv, report);
      cjkEllipses(scope, inv, report);
      spacesAroundFullWidth(scope, inv, report);
      curlyQuotes(scope, inv, report);
      emptyQuotes(scope, inv, report);
      straightQuotes(scope, inv, report);
      brackets(scope, inv, report);
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
