import type { Speaker, Turn } from './model';

/** Folds a name for comparison: compatibility forms, case, and the spaces, dots and joiners between parts. */
export function speakerKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·・•‧.\-_'’]+/gu, '');
}

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
