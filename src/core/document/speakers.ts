import type { Speaker, Turn } from './model';

export { speakerKey } from '../text/nameKeys';

/** Groups turns by speaker key, in order of first appearance. */
export function collectSpeakers(turns: readonly Turn[]): Speaker[] {
  const byKey = new Map<string, { spellings: Map<string, number>; turns: number[] }>();
  turns.forEach((turn, index) => {
    let entry = byKey.get(turn.speaker.key);
    if (!entry) byKey.set(turn.speaker.key, (entry = { spellings: new Map(), turns: [] }));
    entry.spellings.set(turn.speaker.name, (entry.spellings.get(turn.speaker.name) ?? 0) + 1);
    entry.turns.push(index);
  });
  return [...byKey].map(([key, { spellings, turns: indices }]) => {
    let name = '';
    let best = 0;
    for (const [spelling, count] of spellings) if (count > best) [name, best] = [spelling, count];
    return { key, name, spellings, turns: indices };
  });
}
