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
import { blockSentencesIn, firstUnitOf, grown, type Units } from './passageUnits';

/**
 * Sentences as columns of numbers, each entry's block, its start and end in the text, and its folded span; `whole[i]`
 * when entry `i` stands for all the sentences of its block. A copy of thousands of lines is an entry per line: as
 * numbers, not a sentence and its range each.
 */
export interface SentenceView {
  readonly length: number;
  readonly block: ArrayLike<number>;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly spans: Spans;
  /** 1 where the entry stands for all the sentences of its block. */
  readonly whole: ArrayLike<number>;
}

/**
 * A view being built, its columns typed arrays doubled as they fill: pushed to lists, six of them, a copy of thousands
 * of lines was most of the check's time.
 */
class Columns {
  length = 0;
  private room: number;
  // Block, start, end, whole, folded start, folded end.
  private columns: Int32Array<ArrayBuffer>[];
  constructor(room: number) {
    this.room = Math.max(16, room);
    this.columns = Array.from({ length: 6 }, () => new Int32Array(this.room));
  }
  push(block: number, start: number, end: number, whole: number, foldedStart: number, foldedEnd: number): void {
    if (this.length === this.room) {
      this.room *= 2;
      this.columns = this.columns.map((c) => grown(c, this.room));
    }
    const [b, s, e, w, fs, fe] = this.columns;
    const n = this.length++;
    [b[n], s[n], e[n], w[n], fs[n], fe[n]] = [block, start, end, whole, foldedStart, foldedEnd];
  }
  view(): SentenceView {
    const { length } = this;
    const [block, start, end, whole, foldedStart, foldedEnd] = this.columns.map((c) => c.subarray(0, length));
    return { length, block, start, end, whole, spans: { length, start: foldedStart, end: foldedEnd } };
  }
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
    view: new Columns(0).view(),
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
    const { text } = this.t;
    // An entry per block to begin with: most lines of a long copy are one.
    const columns = new Columns(blocks.length);
    let anyWhole = false;
    const from: number[] = [];
    // The units of the block being read: its sentences' folded positions are sought among them, not in the whole
    // folded text (a search there reads a dozen places megabytes apart, for every sentence).
    let [firstUnit, afterUnits] = [0, 0];
    const add = (b: number, s: number, e: number, isWhole: number, fs: number, fe: number) => {
      columns.push(b, s, e, isWhole, fs, fe);
      anyWhole ||= isWhole === 1;
    };
    const addFolding = (b: number, s: number, e: number, isWhole: number) =>
      add(b, s, e, isWhole, this.fold.foldedAt(s, firstUnit, afterUnits), this.fold.foldedAt(e, firstUnit, afterUnits));
    const kept = this.kept;
    // Whether kept block k is one entry standing for its sentences (a block without any is the same either way).
    const keptWhole = (k: number) => kept.from[k] < kept.from[k + 1] && kept.view.whole[kept.from[k]] === 1;
    // Both lists ascend: one walk along the kept blocks.
    let k = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      from.push(columns.length);
      const inside = inner && i > 0 && i < blocks.length - 1;
      while (k < kept.blocks.length && kept.blocks[k] < b) k++;
      if (k < kept.blocks.length && kept.blocks[k] === b && (inside || !keptWhole(k))) {
        const { view } = kept;
        for (let j = kept.from[k]; j < kept.from[k + 1]; j++)
          add(b, view.start[j], view.end[j], view.whole[j], view.spans.start[j], view.spans.end[j]);
        continue;
      }
      [firstUnit, afterUnits] = this.unitsOf(b);
      if (inside) {
        // The stretch from the block's first sentence to its last, as segmenting would find it: its prose without
        // the white space around it (none when nothing is left), unless a comment in it could open a sentence.
        let s = proseStart(this.t.blocks[b]);
        let e = proseEnd(this.t.blocks[b]);
        const comment = this.commentAt(Math.max(s, 0));
        if (comment < 0 || comment >= e) {
          while (s < e && isSpace(text.charCodeAt(s))) s++;
          while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
          if (e > s) addFolding(b, s, e, 1);
          continue;
        }
      }
      for (const sentence of blockSentencesIn(this.t, b, this.units))
        if (this.prose(sentence)) addFolding(b, sentence.range.start, sentence.range.end, 0);
    }
    from.push(columns.length);
    const view = columns.view();
    this.kept = { blocks, from, view, anyWhole };
    return view;
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
