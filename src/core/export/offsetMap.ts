import type { TextEdit } from '../engine/types';

/**
 * Offsets between a text and the text some non-overlapping edits made of it, both ways: an offset outside every
 * edit moves with the text around it; one inside an edit goes to that edit's start on the other side.
 */
export class OffsetMap {
  // Per edit, sorted: where it starts and ends in the input and in the output.
  private readonly inStart: number[] = [];
  private readonly inEnd: number[] = [];
  private readonly outStart: number[] = [];
  private readonly outEnd: number[] = [];

  /** `edits` sorted by start and not overlapping (as `selectEdits` keeps them). */
  constructor(edits: readonly TextEdit[]) {
    let shift = 0;
    for (const e of edits) {
      this.inStart.push(e.range.start);
      this.inEnd.push(e.range.end);
      this.outStart.push(e.range.start + shift);
      shift += e.newText.length - (e.range.end - e.range.start);
      this.outEnd.push(e.range.end + shift);
    }
  }

  /** The input offset of an output offset. */
  toInput(offset: number): number {
    return map(offset, this.outStart, this.outEnd, this.inStart, this.inEnd);
  }

  /** The output offset of an input offset. */
  toOutput(offset: number): number {
    return map(offset, this.inStart, this.inEnd, this.outStart, this.outEnd);
  }
}

// Maps through the last edit starting at or before `offset` (binary search), from one side's spans to the other's.
function map(offset: number, fromStart: number[], fromEnd: number[], toStart: number[], toEnd: number[]): number {
  let lo = 0;
  let hi = fromStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fromStart[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0) return offset;
  if (offset < fromEnd[k]) return toStart[k];
  return toEnd[k] + (offset - fromEnd[k]);
}
