import type { Transcript } from './model';

/**
 * `compute` memoised per parse. A parse is immutable and several checks of one run read the same things from
 * it (its prose ranges, its names, its term index), so each is computed once and shared, read-only.
 */
export function perTranscript<T>(compute: (t: Transcript) => T): (t: Transcript) => T {
  const cache = new WeakMap<Transcript, { value: T }>();
  return (t) => {
    let entry = cache.get(t);
    if (!entry) cache.set(t, (entry = { value: compute(t) }));
    return entry.value;
  };
}
