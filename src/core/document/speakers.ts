import type { Block, Speaker } from './model';

export { speakerKey } from '../text/nameKeys';

// One speaker's tally while the turns are read. Most labels of a speaker repeat its first spelling (the parse shares
// one string per spelling), so that one is counted in a field and only other spellings go to a map.
interface Tally {
  readonly first: string;
  firstCount: number;
  others: Map<string, number> | undefined;
  /** The speaker's first and last turn so far, and how many. */
  readonly firstTurn: number;
  lastTurn: number;
  turns: number;
}

/**
 * Groups turns by speaker key, in order of first appearance. Read from the blocks, each turn block opening the next
 * of `Transcript.turns`: the speakers of a million turns are told without the million turns being made. A speaker's
 * list of turns is made when first read (most readers want only the names): till then each turn is a number in a
 * chain linking it to its speaker's next turn.
 */
export function collectSpeakers(blocks: readonly Block[]): Speaker[] {
  // Indexed loops: a for-of makes an iterator result per block until it is optimised, megabytes for a long document.
  let count = 0;
  for (let i = 0; i < blocks.length; i++) if (blocks[i].kind === 'turn') count++;
  const next = new Int32Array(count);
  const byKey = new Map<string, Tally>();
  // The tally of the last label seen: a speaker's turns often follow one another, or their labels share a spelling.
  let last: Tally | undefined;
  let index = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'turn') continue;
    const { key, name } = b.speaker;
    let tally = last?.first === name ? last : byKey.get(key);
    if (!tally) byKey.set(key, (tally = { first: name, firstCount: 0, others: undefined, firstTurn: index, lastTurn: index, turns: 0 }));
    if (name === tally.first) tally.firstCount++;
    else (tally.others ??= new Map()).set(name, (tally.others.get(name) ?? 0) + 1);
    next[tally.lastTurn] = index;
    tally.lastTurn = index++;
    tally.turns++;
    last = tally;
  }
  const speakers: Speaker[] = [];
  for (const [key, { first, firstCount, others, firstTurn, turns }] of byKey) {
    if (!others) {
      speakers.push(new SpeakerData(key, first, new OneSpelling(first, firstCount), next, firstTurn, turns));
      continue;
    }
    // The first spelling was met first: it leads the map, as it would have been inserted first.
    const spellings = new Map([[first, firstCount]]);
    for (const [spelling, count] of others) spellings.set(spelling, count);
    let name = '';
    let best = 0;
    for (const [spelling, count] of spellings) if (count > best) [name, best] = [spelling, count];
    speakers.push(new SpeakerData(key, name, spellings, next, firstTurn, turns));
  }
  return speakers;
}

/** A speaker, its turns listed on first read from the chain of turns `next` (see `collectSpeakers`). */
class SpeakerData implements Speaker {
  readonly #next: Int32Array;
  readonly #firstTurn: number;
  readonly #count: number;
  #turns: number[] | undefined;
  constructor(
    readonly key: string,
    readonly name: string,
    readonly spellings: ReadonlyMap<string, number>,
    next: Int32Array,
    firstTurn: number,
    count: number,
  ) {
    this.#next = next;
    this.#firstTurn = firstTurn;
    this.#count = count;
  }
  get turns(): readonly number[] {
    if (this.#turns) return this.#turns;
    // Sized once: pushed, a list of half a million turns is copied as it grows.
    const turns = new Array<number>(this.#count);
    for (let i = 0, k = this.#firstTurn; i < this.#count; i++, k = this.#next[k]) turns[i] = k;
    return (this.#turns = turns);
  }
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
