// Wall-clock timing for the benchmarks: several calls after one warm-up, in milliseconds.

/** The times of `runs` calls after one warm-up, sorted, in milliseconds. */
export function times(runs: number, fn: () => void): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

/** Median wall time in milliseconds of `runs` calls after one warm-up. */
export function median(runs: number, fn: () => void): number {
  const sorted = times(runs, fn);
  return sorted[Math.floor(sorted.length / 2)];
}
