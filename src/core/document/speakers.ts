import type { Speaker, Turn } from './model';

export { speakerKey } from '../text/nameKeys';

// One speaker's tally while the turns are read. Most labels of a speaker repeat its first spelling (the parse shares
// one string per spelling), so that one is counted in a field and only other spellings go to a map.
interface Tally {
  readonly first: string;
  firstCount: number;
  others: Map<string, number> | undefined;
  readonly turns: number[];
}

/** Groups turns by speaker key, in order of first appearance. */
export function collectSpeakers(turns: readonly Turn[]): Speaker[] {
  const byKey = new Map<string, Tally>();
  for (let index = 0; index < turns.length; index++) {
    const { key, name } = turns[index].speaker;
    let tally = byKey.get(key);
    if (!tally) byKey.set(key, (tally = { first: name, firstCount: 0, others: undefined, turns: [] }));
    if (name === tally.first) tally.firstCount++;
    else (tally.others ??= new Map()).set(name, (tally.others.get(name) ?? 0) + 1);
    tally.turns.push(index);
  }
  const speakers: Speaker[] = [];
  for (const [key, { first, firstCount, others, turns: indices }] of byKey) {
    if (!others) {
      speakers.push({ key, name: first, spellings: new OneSpelling(first, firstCount), turns: indices });
      continue;
    }
    // The first spelling was met first: it leads the map, as it would have been inserted first.
    const spellings = new Map([[first, firstCount]]);
    for (const [spelling, count] of others) spellings.set(spelling, count);
    let name = '';
    let best = 0;
    for (const [spelling, count] of spellings) if (count > best) [name, best] = [spelling, count];
    speakers.push({ key, name, spellings, turns: indices });
  }
  return speakers;
}

/**
 * The spellings of a speaker always labelled alike, the usual kind: a map of one entry is ten times the size of
 * this, and a document of a hundred thousand speakers keeps one each.
 */
class OneSpelling implements ReadonlyMap<string, number> {
  constructor(
    private readonly spelling: string,
    private readonly count: number,
  ) {}
  get size(): number {
    return 1;
  }
  get(key: string): number | undefined {
    return key === this.spelling ? this.count : undefined;
  }
  has(key: string): boolean {
    return key === this.spelling;
  }
  forEach(visit: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    visit(this.count, this.spelling, this);
  }
  *entries(): MapIterator<[string, number]> {
    yield [this.spelling, this.count];
  }
  *keys(): MapIterator<string> {
    yield this.spelling;
  }
  *values(): MapIterator<number> {
    yield this.count;
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
