// The other spellings of a speaker as the speaker-variant check clusters them (Anna Berg, 安娜·伯格, 安娜·贝格):
// the same clustering of the same deliberate names, so a hover and the check agree.
import type { Transcript } from '../document/model';
import { perTranscript } from '../document/perTranscript';
import { documentNames } from '../names/documentNames';
import { clusterNames, type Spelling } from '../names/nameClusters';
import { speakerKey } from '../text/nameKeys';

/** Another spelling of a speaker: how many labels and bylines use it, and how often it is written in all. */
export interface SpeakerVariant {
  readonly name: string;
  readonly uses: number;
  readonly occurrences: number;
}

// The clusters of a parse, computed once: a hover per mouse move must not cluster again.
const clusters = perTranscript((t: Transcript) => clusterNames(t, documentNames(t)));

/** The spellings clustered with speaker `key` that fold to another key, most used first; none for role labels. */
export function speakerVariants(t: Transcript, key: string): SpeakerVariant[] {
  const cluster = clusters(t).find((c) => c.some((s) => speakerKey(s.name) === key));
  if (!cluster) return [];
  return cluster
    .filter((s: Spelling) => speakerKey(s.name) !== key)
    .map((s) => ({ name: s.name, uses: s.uses, occurrences: s.occurrences.length }))
    .sort((a, b) => b.uses - a.uses || b.occurrences - a.occurrences);
}
