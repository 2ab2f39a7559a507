// Features of runs of up to MAX_SPAN consecutive segments, made once, so the dynamic programme can weigh a
// bead that joins several segments without re-merging their anchors in its inner loop. Everything is held in
// flat typed arrays (one for all runs' anchor ids, with offsets) rather than an array object per run: the
// programme reads them millions of times and the flat layout keeps those reads cheap.
import type { SegmentFeatures } from './features';
import { MAX_SPAN } from './beads';

/** Features of every run of 1…MAX_SPAN segments, indexed by the run's end and length. */
export class Spans {
  /** Units of segments `0 … k - 1` at `k`. */
  readonly prefixUnits: Float64Array;
  /** Total anchor weight of the run ending at `end` of length `len`, at `(end - 1) * MAX_SPAN + len - 1`. */
  readonly mass: Float64Array;
  /** The ids of every run's anchors of some weight, sorted within a run; run `k` (indexed as `mass`) holds `ids[start[k] … start[k + 1])`. */
  readonly ids: Int32Array;
  readonly start: Int32Array;

  constructor(
    segments: readonly SegmentFeatures[],
    readonly weights: Float64Array,
  ) {
    const n = segments.length;
    this.prefixUnits = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) this.prefixUnits[i + 1] = this.prefixUnits[i] + segments[i].units;
    const runs = new Array<Int32Array>(n * MAX_SPAN);
    this.mass = new Float64Array(n * MAX_SPAN);
    let total = 0;
    // Anchors found on one side only weigh nothing: they can never be shared, and are left out.
    const weighty = segments.map((s) => s.anchors.filter((id) => weights[id] !== 0));
    for (let end = 1; end <= n; end++) {
      let merged: Int32Array = weighty[end - 1];
      for (let len = 1; len <= MAX_SPAN; len++) {
        const k = (end - 1) * MAX_SPAN + (len - 1);
        if (len > end) {
          runs[k] = EMPTY;
          continue;
        }
        if (len > 1) merged = union(merged, weighty[end - len]);
        runs[k] = merged;
        total += merged.length;
        let m = 0;
        for (let i = 0; i < merged.length; i++) m += weights[merged[i]];
        this.mass[k] = m;
      }
    }
    this.ids = new Int32Array(total);
    this.start = new Int32Array(n * MAX_SPAN + 1);
    let at = 0;
    for (let k = 0; k < runs.length; k++) {
      this.start[k] = at;
      this.ids.set(runs[k], at);
      at += runs[k].length;
    }
    this.start[runs.length] = at;
  }

  /** Units of segments `end - len … end - 1`. */
  units(end: number, len: number): number {
    return this.prefixUnits[end] - this.prefixUnits[end - len];
  }

  /** Units of every segment. */
  get totalUnits(): number {
    return this.prefixUnits[this.prefixUnits.length - 1];
  }

  /** Units of segments `0 … end - 1`. */
  unitsBefore(end: number): number {
    return this.prefixUnits[end];
  }

  /** Ids of the run's anchors of some weight, sorted. */
  anchorsOf(end: number, len: number): Int32Array {
    const k = (end - 1) * MAX_SPAN + (len - 1);
    return this.ids.subarray(this.start[k], this.start[k + 1]);
  }

  /** Total anchor weight of the run. */
  massOf(end: number, len: number): number {
    return this.mass[(end - 1) * MAX_SPAN + (len - 1)];
  }

  /** Weight of the anchors two sorted runs share. */
  shared(a: Int32Array, b: Int32Array): number {
    let i = 0;
    let j = 0;
    let w = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        w += this.weights[a[i]];
        i++;
        j++;
      }
    }
    return w;
  }
}

const EMPTY = new Int32Array(0);

// The sorted union of two sorted id arrays.
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (!a.length) return b;
  if (!b.length) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[k++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[k++] = b[j++];
    else {
      out[k++] = a[i++];
      j++;
    }
  }
  return out.subarray(0, k);
}
