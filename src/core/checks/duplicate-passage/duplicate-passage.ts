import { foldedWeight } from '../../text/fold';
import { FoldedUnits } from './foldedUnits';
import type { Block } from '../../document/model';
import type { Sentence } from '../../document/sentences';
import type { TextRange } from '../../text/offsets';
import { lineAt, proseRange } from '../../document/blocks';
import { clauseRepeats, type Repeat } from '../shared/clauseRepeats';
import { fencedBlocks } from '../../document/codeFences';
import { opensComment } from '../../document/nonProse';
import { isSpace } from '../../document/parse';
import { passageDeletion } from './passageDeletion';
import { findRepeatedPassages, type Span, type Spans } from './passageMatch';
import { passageUnits } from './passageUnits';
import { CopySentences, type SentenceView } from './copySentences';
import type { Check } from '../../engine/types';

// Shorter sentences ("So you need one language.", 确实如此。) recur naturally; about 20 Latin letters or 8 ideographs.
const MIN_WEIGHT = 20;
// How much of a sentence a copy may miss at either end and still be the whole sentence.
const EDGE_SLACK = 0.15;

// Pull quotes repeat the body by magazine convention, and headings are short: only running prose is compared.
const PROSE_KINDS = new Set<Block['kind']>(['turn', 'paragraph', 'blockquote']);

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
    // Comments (inline directives come in disable/enable pairs) are not prose either.
    // Units and sentences are trimmed differently (a BOM or U+2028 may open a unit, never a sentence): look
    // past such invisible characters, so both views agree on what is a comment.
    const notCommentAt = (start: number, end: number) => {
      // Most units open with a letter: neither a comment nor anything to look past.
      const c = text.charCodeAt(start);
      return (c !== 0x3c && !isSpace(c)) || !opensComment(text, visibleStart(text, start, end));
    };
    const notComment = (s: Sentence) => notCommentAt(s.range.start, s.range.end);
    const units = passageUnits(transcript, (b, i) => PROSE_KINDS.has(b.kind) && !fenced[i], notCommentAt);
    if (units.length < 2) return;
    const fold = new FoldedUnits(text, units);
    // Each unit's folded span runs to where the next one starts.
    const ends = new Int32Array(units.length);
    for (let k = 0; k < units.length; k++) ends[k] = fold.end(k);
    const spans: Spans = { length: units.length, start: fold.starts, end: ends };
    const copySentences = new CopySentences(transcript, units, fold, notComment);
    // Where the previous later copy's deletion ends: each deletion is widened to clean white space, and two
    // adjacent copies must not both take the line break between them (their fixes would overlap in a fix all).
    let deleted = 0;
    const repeats = new ClauseRepeatsByBlock(text, transcript.blocks);
    for (const pair of findRepeatedPassages(fold.folded, spans, MIN_WEIGHT)) {
      // The later copy is reported as whole sentences of the blocks it lies in.
      const blocks: number[] = [];
      for (let k = spanAt(spans, pair.later.start); k <= spanAt(spans, pair.later.end - 1); k++)
        if (blocks[blocks.length - 1] !== units.block[k]) blocks.push(units.block[k]);
      let view = copySentences.of(blocks, true);
      let whole = wholeSentences(pair.later, view);
      // A block given as one entry stands for its sentences when the copy starts before it and ends after it; where
      // the copy's start or end falls into one, or the copy is that one entry, its sentences are told one by one.
      if (whole?.inner) whole = wholeSentences(pair.later, (view = copySentences.of(blocks, false)));
      if (!whole || whole.first > whole.last) continue;
      const sentenceSpans = view.spans;
      const { first, last } = whole;
      const [foldedStart, foldedEnd] = [sentenceSpans.start[first], sentenceSpans.end[last]];
      if (foldedWeight(fold.folded, foldedStart, foldedEnd) < MIN_WEIGHT) continue;
      const range = { start: view.start[first], end: view.end[last] };
      const earlier = originalRange(fold, text, pair.earlier);
      if (blocks.length === 1 && first === last && repeats.said(blocks[0], earlier, range)) continue;
      const exact = fold.folded.slice(foldedStart, foldedEnd) === fold.folded.slice(pair.earlier.start, pair.earlier.end);
      const edits = passageDeletion(text, transcript.blocks, view, first, last).flatMap((e) =>
        e.range.end <= deleted ? [] : [e.range.start < deleted ? { ...e, range: { start: deleted, end: e.range.end } } : e],
      );
      if (edits.length === 0) continue;
      deleted = edits[edits.length - 1].range.end;
      const at = lineAt(transcript, earlier.start) + 1;
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

// A sentence said again right after itself is the `repetition` check's, as a clause said twice in a row: one
// defect, one finding. Each block's clause repeats are found once, when a copy falls in it.
class ClauseRepeatsByBlock {
  private readonly found = new Map<number, Repeat[]>();
  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
  ) {}

  /** Whether block `index` holds a clause repeat whose first copy overlaps `earlier` and whose repeat overlaps `later`. */
  said(index: number, earlier: TextRange, later: TextRange): boolean {
    let found = this.found.get(index);
    if (!found) {
      const prose = proseRange(this.blocks[index]);
      this.found.set(index, (found = prose ? clauseRepeats(this.text, prose) : []));
    }
    return found.some((r) => overlaps(r.first, earlier) && overlaps(r.rest, later));
  }
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

// The first offset of [start, end) that String.prototype.trim would keep (white space, BOM and U+2028 skipped).
function visibleStart(text: string, start: number, end: number): number {
  while (start < end && text[start].trim() === '') start++;
  return start;
}

// The sentences wholly (but for a little slack at the edges) inside a folded span: first and last (none when first
// is after last), or undefined when there are no sentences. `inner` when the span starts or ends in an entry standing
// for a block's sentences (see `CopySentences`), or is that one entry: sentence by sentence, the answer could differ.
function wholeSentences(span: Span, view: SentenceView): { first: number; last: number; inner: boolean } | undefined {
  const { spans, whole } = view;
  if (spans.length === 0) return undefined;
  const k = spanAt(spans, span.start);
  const m = spanAt(spans, span.end - 1);
  const slack = (i: number) => Math.max(2, (spans.end[i] - spans.start[i]) * EDGE_SLACK);
  const first = span.start - spans.start[k] <= slack(k) ? k : k + 1;
  const last = spans.end[m] - span.end <= slack(m) ? m : m - 1;
  return { first, last, inner: whole[k] === 1 || whole[m] === 1 || (first === last && whole[first] === 1) };
}

// Index of the last span starting at or before folded offset `at` (units tile the folded text; sentences nearly).
function spanAt(spans: Spans, at: number): number {
  const starts = spans.start;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CLOSING = /^[.?!。？！…"”’'）)」』]{1,3}/u;

// The original text a folded span came from, first letter to last and the sentence's closing marks.
function originalRange(fold: FoldedUnits, text: string, span: Span): TextRange {
  const start = fold.originalAt(span.start);
  const lastAt = fold.originalAt(Math.max(span.start, span.end - 1));
  const end = lastAt + (text.codePointAt(lastAt)! > 0xffff ? 2 : 1);
  return { start, end: end + (CLOSING.exec(text.slice(end, end + 3))?.[0].length ?? 0) };
}
