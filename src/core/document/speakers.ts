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
    // The first spelling was met first: it leads the map, as it would have been inserted first.
    const spellings = new Map([[first, firstCount]]);
    if (others) for (const [spelling, count] of others) spellings.set(spelling, count);
    let name = '';
    let best = 0;
    for (const [spelling, count] of spellings) if (count > best) [name, best] = [spelling, count];
    speakers.push({ key, name, spellings, turns: indices });
  }
  return speakers;
}
