import { foldedWeight, foldSpans } from '../../text/fold';
import type { Block } from '../../document/model';
import type { Sentence } from '../../document/sentences';
import { LineIndex, type TextRange } from '../../text/offsets';
import { fencedBlocks } from '../../document/codeFences';
import { opensComment } from '../../document/nonProse';
import { passageDeletion } from './passageDeletion';
import { findRepeatedPassages, type Span } from './passageMatch';
import { blockSentencesIn, passageUnits, unitsWhere } from './passageUnits';
import type { Check } from '../../engine/types';

// Shorter sentences ("So you need one language.", 确实如此。) recur naturally; about 20 Latin letters or 8 ideographs.
const MIN_WEIGHT = 20;
// How much of a sentence a copy may miss at either end and still be the whole sentence.
const EDGE_SLACK = 0.15;

// Pull quotes repeat the body by magazine convention, and headings are short: only running prose is compared.
const PROSE_KINDS = new Set<Block['kind']>(['turn', 'paragraph', 'blockquote']);

/** A block's prose sentences and their folded spans. */
interface View {
  readonly sentences: Sentence[];
  readonly spans: Span[];
}

/** A sentence or passage occurring twice, exactly or nearly: the later copy is flagged, the earlier is related. */
export const duplicatePassage: Check = {
  id: 'duplicate-passage',
  description:
    'A sentence or passage that occurs twice, word for word or nearly (a speech recogniser looping, a paragraph pasted twice); pull quotes are not counted.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['speech-recognition', 'editing'],
  removable: true,
  scope: 'document',
  run(ctx, report) {
    const { text, transcript } = ctx;
    const fenced = fencedBlocks(text, transcript.blocks);
    const prose = transcript.blocks.flatMap((b, i) => (PROSE_KINDS.has(b.kind) && !fenced[i] ? [i] : []));
    // Comments (inline directives come in disable/enable pairs) are not prose either.
    // Units and sentences are trimmed differently (a BOM or U+2028 may open a unit, never a sentence): look
    // past such invisible characters, so both views agree on what is a comment.
    const notCommentAt = (start: number, end: number) => !opensComment(text, visibleStart(text, start, end));
    const notComment = (s: Sentence) => notCommentAt(s.range.start, s.range.end);
    const units = unitsWhere(passageUnits(transcript, prose), notCommentAt);
    if (units.length < 2) return;
    const fold = foldSpans(text, units.start, units.end);
    const spans: Span[] = [];
    for (let k = 0; k < units.length; k++)
      spans.push({ start: fold.starts[k], end: k + 1 < units.length ? fold.starts[k + 1] : fold.folded.length });
    // Each block's prose sentences and their folded spans, built once while its copies are reported: a block of
    // thousands of sentences repeating one another is looked up once per repeat, and rebuilding them each time was
    // quadratic. The later copies come in document order, so the blocks of the last copy are all that is kept (a
    // document of a hundred thousand one-line paragraphs kept every one).
    let kept: { block: number; view: View }[] = [];
    const sentencesOfBlock = (block: number): View => {
      const sentences = blockSentencesIn(transcript, block, units).filter(notComment);
      const spans = sentences.map((s) => ({ start: foldedAt(fold.offsets, s.range.start), end: foldedAt(fold.offsets, s.range.end) }));
      return { sentences, spans };
    };
    const sentencesIn = (blocks: readonly number[]): View => {
      // Both lists ascend: one walk along the kept blocks.
      let k = 0;
      const views = blocks.map((block) => {
        while (k < kept.length && kept[k].block < block) k++;
        return k < kept.length && kept[k].block === block ? kept[k] : { block, view: sentencesOfBlock(block) };
      });
      kept = views;
      if (views.length === 1) return views[0].view;
      return { sentences: views.flatMap((v) => v.view.sentences), spans: views.flatMap((v) => v.view.spans) };
    };
    let lines: LineIndex | undefined;
    // Where the previous later copy's deletion ends: each deletion is widened to clean white space, and two
    // adjacent copies must not both take the line break between them (their fixes would overlap in a fix all).
    let deleted = 0;
    for (const pair of findRepeatedPassages(fold.folded, spans, MIN_WEIGHT)) {
      // The later copy is reported as whole sentences of the blocks it lies in.
      const blocks: number[] = [];
      for (let k = containing(spans, pair.later.start); k <= containing(spans, pair.later.end - 1); k++)
        if (blocks[blocks.length - 1] !== units.block[k]) blocks.push(units.block[k]);
      const { sentences, spans: sentenceSpans } = sentencesIn(blocks);
      const whole = sentenceSpans.length ? wholeSentences(pair.later, sentenceSpans) : undefined;
      if (!whole) continue;
      const [first, last] = whole;
      if (foldedWeight(fold.folded, sentenceSpans[first].start, sentenceSpans[last].end) < MIN_WEIGHT) continue;
      const range = { start: sentences[first].range.start, end: sentences[last].range.end };
      const earlier = originalRange(fold.offsets, text, pair.earlier);
      const exact =
        fold.folded.slice(sentenceSpans[first].start, sentenceSpans[last].end) === fold.folded.slice(pair.earlier.start, pair.earlier.end);
      const edits = passageDeletion(text, transcript.blocks, sentences, first, last).flatMap((e) =>
        e.range.end <= deleted ? [] : [e.range.start < deleted ? { ...e, range: { start: deleted, end: e.range.end } } : e],
      );
      if (edits.length === 0) continue;
      deleted = edits[edits.length - 1].range.end;
      lines ??= new LineIndex(text);
      const at = lines.lineAt(earlier.start) + 1;
      const what = first === last ? 'sentence' : 'passage';
      report({
        range,
        message: `This ${what} ${exact ? 'repeats' : 'nearly repeats'} the text at line ${at}: delete this later copy.`,
        suggestions: [''],
        fixes: [
          {
            title: `Delete the repeated ${what}`,
            edits,
            preferred: true,
          },
        ],
        related: [{ range: earlier, message: `The earlier copy, at line ${at}.` }],
      });
    }
  },
};

// The first offset of [start, end) that String.prototype.trim would keep (white space, BOM and U+2028 skipped).
function visibleStart(text: string, start: number, end: number): number {
  while (start < end && text[start].trim() === '') start++;
  return start;
}

// The first folded position whose original offset is at or after `offset` (offsets rise).
function foldedAt(offsets: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The sentences wholly (but for a little slack at the edges) inside a folded span: [first, last], or undefined.
function wholeSentences(span: Span, spans: readonly Span[]): [number, number] | undefined {
  const k = containing(spans, span.start);
  const m = containing(spans, span.end - 1);
  const slack = (s: Span) => Math.max(2, (s.end - s.start) * EDGE_SLACK);
  const first = span.start - spans[k].start <= slack(spans[k]) ? k : k + 1;
  const last = spans[m].end - span.end <= slack(spans[m]) ? m : m - 1;
  return first <= last ? [first, last] : undefined;
}

// Index of the span holding folded offset `at` (spans tile the folded text).
function containing(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CLOSING = /^[.?!。？！…"”’'）)」』]{1,3}/u;

// The original text a folded span came from, first letter to last and the sentence's closing marks.
function originalRange(offsets: ArrayLike<number>, text: string, span: Span): TextRange {
  const start = offsets[span.start];
  const lastAt = offsets[Math.max(span.start, span.end - 1)];
  const end = lastAt + (text.codePointAt(lastAt)! > 0xffff ? 2 : 1);
  return { start, end: end + (CLOSING.exec(text.slice(end, end + 3))?.[0].length ?? 0) };
}
