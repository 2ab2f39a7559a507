// What the user decided about people, kept per workspace beside the glossary (`.interlinear/speakers.json`):
// spellings that are one person though the clustering keeps them apart, and spellings that are two people though
// they look alike. Spellings are compared as `speakerKey` folds them, as turn labels are grouped into speakers.
import { speakerKey } from '../text/nameKeys';

/** The user's decisions about which spellings name one person. */
export interface SpeakerDecisions {
  /** Groups of spellings that are one person each. */
  readonly same: readonly (readonly string[])[];
  /** Pairs of spellings that are two people. */
  readonly apart: readonly (readonly [string, string])[];
}

/** No decisions: the clustering alone says who is who. */
export const EMPTY_SPEAKER_DECISIONS: SpeakerDecisions = { same: [], apart: [] };

/** The decisions compiled for look-ups: the group of a spelling, and whether two spellings were split apart. */
export interface DecisionIndex {
  /** The index of the `same` group holding the spelling, if any. */
  groupOf(name: string): number | undefined;
  /** Whether the user said these two spellings are two people. */
  apart(a: string, b: string): boolean;
  readonly empty: boolean;
}

const compiled = new WeakMap<SpeakerDecisions, DecisionIndex>();

/** The look-ups of a decisions object, compiled once per object (a loaded file is never changed). */
export function decisionIndex(d: SpeakerDecisions): DecisionIndex {
  let index = compiled.get(d);
  if (!index) {
    const groups = new Map<string, number>();
    d.same.forEach((g, i) => g.forEach((n) => groups.set(speakerKey(n), i)));
    const pairs = new Set(d.apart.map(([a, b]) => pairKey(speakerKey(a), speakerKey(b))));
    index = {
      groupOf: (name) => groups.get(speakerKey(name)),
      apart: (a, b) => pairs.size > 0 && pairs.has(pairKey(speakerKey(a), speakerKey(b))),
      empty: groups.size === 0 && pairs.size === 0,
    };
    compiled.set(d, index);
  }
  return index;
}

// An unordered pair of keys as one string.
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The decisions after the user said `names` are one person: their groups joined, splits between them undone. */
export function mergedDecisions(d: SpeakerDecisions, names: readonly string[]): SpeakerDecisions {
  const keys = new Set(names.map(speakerKey));
  const joined = [...names];
  const same: string[][] = [];
  for (const g of d.same) {
    if (g.some((n) => keys.has(speakerKey(n)))) joined.push(...g);
    else same.push([...g]);
  }
  const all = new Set(joined.map(speakerKey));
  same.push(unique(joined));
  const apart = d.apart.filter(([a, b]) => !(all.has(speakerKey(a)) && all.has(speakerKey(b))));
  return { same, apart };
}

/** The decisions after the user said the spellings `part` are another person than the spellings `rest`. */
export function splitDecisions(d: SpeakerDecisions, part: readonly string[], rest: readonly string[]): SpeakerDecisions {
  const partKeys = new Set(part.map(speakerKey));
  const restKeys = new Set(rest.map(speakerKey));
  const same: string[][] = [];
  for (const g of d.same) {
    const inPart = g.filter((n) => partKeys.has(speakerKey(n)));
    const others = g.filter((n) => !partKeys.has(speakerKey(n)));
    if (inPart.length === 0 || !others.some((n) => restKeys.has(speakerKey(n)))) same.push([...g]);
    else for (const kept of [inPart, others]) if (kept.length > 1) same.push(kept);
  }
  const apart = d.apart.map(([a, b]): [string, string] => [a, b]);
  const known = new Set(apart.map(([a, b]) => pairKey(speakerKey(a), speakerKey(b))));
  for (const a of part)
    for (const b of rest) {
      const key = pairKey(speakerKey(a), speakerKey(b));
      if (known.has(key)) continue;
      apart.push([a, b]);
      known.add(key);
    }
  return { same, apart };
}

// Names without repeats under `speakerKey`, the first spelling of each kept.
function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(speakerKey(n)) && (seen.add(speakerKey(n)), true));
}

/** Reads the sidecar's JSON; what cannot be read is left out and said in `problems`, never fatal. */
export function parseSpeakerDecisions(text: string): { value: SpeakerDecisions; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { value: EMPTY_SPEAKER_DECISIONS, problems: [`not JSON (${(error as Error).message}); no decisions read`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { value: EMPTY_SPEAKER_DECISIONS, problems: ['not a JSON object with "same" and "apart"; no decisions read'] };
  const lists = (field: string): string[][] => {
    const raw = (data as Record<string, unknown>)[field];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) return (problems.push(`"${field}" is not a list; ignored`), []);
    return raw.filter((g, i) => {
      const ok = Array.isArray(g) && g.length >= 2 && g.every((n) => typeof n === 'string' && n.trim() !== '');
      if (!ok) problems.push(`"${field}" item ${i + 1} is not a list of two or more names; ignored`);
      return ok;
    }) as string[][];
  };
  const same = lists('same');
  const apart = lists('apart').flatMap((g) => g.slice(1).map((b): [string, string] => [g[0], b]));
  return { value: { same, apart }, problems };
}

/** The sidecar's text: stable order, one group per line where it fits, a line break at the end. */
export function serializeSpeakerDecisions(d: SpeakerDecisions): string {
  const list = (groups: readonly (readonly string[])[]) =>
    groups.length === 0 ? '[]' : `[\n${groups.map((g) => `    ${JSON.stringify(g)}`).join(',\n')}\n  ]`;
  return `{\n  "same": ${list(d.same)},\n  "apart": ${list(d.apart)}\n}\n`;
}
