// The sentences of the blocks a later copy lies in, as the check reports it: whole sentences, found where the copy
// starts and ends. A copy grown over thousands of lines holds thousands of blocks between its first and its last,
// and deleting it takes each of those whole: their sentences only matter together, from the first one's start to
// the last one's end. Such a block may be given as one entry of that extent (`whole`), read from its prose without
// segmenting it, when no comment can open a sentence of it (a sentence that does is not prose, and would be left out).
import { proseEnd, proseStart } from '../../document/compact';
import type { Transcript } from '../../document/model';
import { isSpace } from '../../document/parse';
import type { Sentence } from '../../document/sentences';
import type { FoldedUnits } from './foldedUnits';
import type { Spans } from './passageMatch';
import { blockSentencesIn, firstUnitOf, type Units } from './passageUnits';

/** Sentences and their folded spans; `whole[i]` when entry `i` stands for all the sentences of its block. */
export interface SentenceView {
  readonly sentences: Sentence[];
  readonly spans: Spans;
  readonly whole: readonly boolean[];
}

/**
 * The sentences of one block after another. The later copies come in document order, so the blocks of the last copy
 * are all that is kept: a block of thousands of sentences repeating one another is segmented once for all its
 * repeats (rebuilding it each time was quadratic), and a document of a hundred thousand one-line paragraphs keeps
 * none of the others.
 */
export class CopySentences {
  private kept: { blocks: readonly number[]; from: readonly number[]; view: SentenceView; anyWhole: boolean } = {
    blocks: [],
    from: [0],
    view: { sentences: [], spans: { length: 0, start: [], end: [] }, whole: [] },
    anyWhole: false,
  };

  // The first comment opener at or after `commentFrom` (-1: none; -2: not looked for): blocks are asked in order, and
  // the text is searched once for all of them, not to its end from each.
  private commentFrom = 0;
  private comment = -2;
  // The first unit of the block last asked for.
  private unit = 0;

  constructor(
    private readonly t: Transcript,
    private readonly units: Units,
    private readonly fold: FoldedUnits,
    private readonly prose: (s: Sentence) => boolean,
  ) {}

  /** The sentences of `blocks` (ascending); with `inner`, a block between the first and the last may be one entry. */
  of(blocks: readonly number[], inner: boolean): SentenceView {
    // The copies of a block of thousands of sentences repeating one another lie in that block alone, one after
    // another: its view is given again as it is (copied for each, it was quadratic).
    if (this.kept.blocks.length === blocks.length && blocks.every((b, i) => b === this.kept.blocks[i]))
      if (inner || !this.kept.anyWhole) return this.kept.view;
    const sentences: Sentence[] = [];
    const start: number[] = [];
    const end: number[] = [];
    const whole: boolean[] = [];
    let anyWhole = false;
    const from: number[] = [];
    // The units of the block being read: its sentences' folded positions are sought among them, not in the whole
    // folded text (a search there reads a dozen places megabytes apart, for every sentence).
    let [firstUnit, afterUnits] = [0, 0];
    const add = (s: Sentence, isWhole: boolean) => {
      sentences.push(s);
      start.push(this.fold.foldedAt(s.range.start, firstUnit, afterUnits));
      end.push(this.fold.foldedAt(s.range.end, firstUnit, afterUnits));
      whole.push(isWhole);
      anyWhole ||= isWhole;
    };
    const kept = this.kept;
    // Whether kept block k is one entry standing for its sentences (a block without any is the same either way).
    const keptWhole = (k: number) => kept.from[k] < kept.from[k + 1] && kept.view.whole[kept.from[k]];
    // Both lists ascend: one walk along the kept blocks.
    let k = 0;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      from.push(sentences.length);
      const inside = inner && b > 0 && b < blocks.length - 1;
      while (k < kept.blocks.length && kept.blocks[k] < block) k++;
      const reuse = k < kept.blocks.length && kept.blocks[k] === block && (inside || !keptWhole(k));
      if (reuse) {
        const { view } = kept;
        for (let i = kept.from[k]; i < kept.from[k + 1]; i++) {
          sentences.push(view.sentences[i]);
          start.push(view.spans.start[i]);
          end.push(view.spans.end[i]);
          whole.push(view.whole[i]);
          anyWhole ||= view.whole[i];
        }
        continue;
      }
      [firstUnit, afterUnits] = this.unitsOf(block);
      const extent = inside ? this.extent(block) : undefined;
      if (extent !== undefined) {
        if (extent) add(extent, true);
        continue;
      }
      for (const s of blockSentencesIn(this.t, block, this.units)) if (this.prose(s)) add(s, false);
    }
    from.push(sentences.length);
    const view = { sentences, spans: { length: sentences.length, start, end }, whole };
    this.kept = { blocks, from, view, anyWhole };
    return view;
  }

  // The stretch from a block's first sentence to its last, as segmenting would find it (its prose without the white
  // space around it; null when none is left), or undefined when a comment in it could open a sentence.
  private extent(block: number): Sentence | null | undefined {
    const { text, blocks } = this.t;
    let s = proseStart(blocks[block]);
    let e = proseEnd(blocks[block]);
    if (s < 0) return null;
    const comment = this.commentAt(s);
    if (comment >= 0 && comment < e) return undefined;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return e > s ? { range: { start: s, end: e }, block } : null;
  }

  // The units of a block, first and after last. Blocks are mostly asked in order, so the units are walked, and
  // searched only when a block before the last is asked.
  private unitsOf(block: number): [number, number] {
    const { units } = this;
    if (this.unit > 0 && units.block[this.unit - 1] >= block) this.unit = firstUnitOf(units, block);
    while (this.unit < units.length && units.block[this.unit] < block) this.unit++;
    let next = this.unit;
    while (next < units.length && units.block[next] === block) next++;
    return [this.unit, next];
  }

  // The first `<!--` at or after `at`, or -1.
  private commentAt(at: number): number {
    if (this.comment === -2 || at < this.commentFrom || (this.comment >= 0 && this.comment < at)) {
      this.comment = this.t.text.indexOf('<!--', at);
      this.commentFrom = at;
    }
    return this.comment;
  }
}
