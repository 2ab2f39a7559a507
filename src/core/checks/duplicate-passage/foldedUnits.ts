// The folded text of the units and the way back to the text it came from. The fold keeps no offset per character
// (four bytes a character, megabytes for a long document, most never read): where a folded position's origin is
// asked, the unit holding it is folded again, and a unit's start and end need not be.
import { foldSpans, type FoldedText } from '../../text/fold';
import type { Units } from './passageUnits';

export class FoldedUnits {
  readonly folded: string;
  /** Where each unit's folded text starts. */
  readonly starts: ArrayLike<number>;

  constructor(
    private readonly text: string,
    private readonly units: Units,
  ) {
    const fold: FoldedText = foldSpans(text, units.start, units.end, false);
    this.folded = fold.folded;
    this.starts = fold.starts;
  }

  /** Where unit `k`'s folded text ends. */
  end(k: number): number {
    return k + 1 < this.units.length ? this.starts[k + 1] : this.folded.length;
  }

  /**
   * The first folded position whose offset in the text is at or after `offset`, sought among units `from` to `to`
   * (exclusive), which hold it: the number of folded characters before `offset`.
   */
  foldedAt(offset: number, from: number, to: number): number {
    const { units } = this;
    // The last unit of the range starting at or before the offset.
    if (to <= from) return from < units.length ? this.starts[from] : this.folded.length;
    let lo = from;
    let hi = to - 1;
    if (units.start[lo] > offset) return this.starts[from];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (units.start[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (offset === units.start[lo]) return this.starts[lo];
    if (offset >= units.end[lo]) return this.end(lo);
    const offsets = this.offsetsOf(lo);
    let before = 0;
    while (before < offsets.length && offsets[before] < offset) before++;
    return this.starts[lo] + before;
  }

  /** The offset in the text of folded position `at`. */
  originalAt(at: number): number {
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    // A unit that folds to nothing shares its start with the next one: the last unit starting at or before the position
    // is the one holding it.
    return this.offsetsOf(lo)[at - this.starts[lo]];
  }

  // Where each folded character of unit `k` came from, the unit folded again.
  private offsetsOf(k: number): ArrayLike<number> {
    return foldSpans(this.text, [this.units.start[k]], [this.units.end[k]]).offsets;
  }
}
