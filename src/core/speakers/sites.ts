// Where a transcript names a person on purpose, as symbol occurrences: the exact range of the name in each turn label,
// byline and header field, so that a rename, a highlight or a reference list touches the name and nothing around it.
import { blockAt } from '../document/blocks';
import type { AttributionBlock, Transcript } from '../document/model';
import { perTranscript } from '../document/perTranscript';
import { documentNames } from '../names/documentNames';
import { speakerKey } from '../text/nameKeys';
import type { TextRange } from '../text/offsets';

/** Where a name stands: a turn's label, a byline under a pull quote, or the title or a header field. */
export type SiteRole = 'label' | 'byline' | 'header';

/** One place that names a speaker. */
export interface SpeakerSite {
  /** The name as written there. */
  readonly name: string;
  /** The speaker it names (see `speakerKey`). */
  readonly key: string;
  /** The name only: no markup, timestamp, colon, dash or role after it. */
  readonly range: TextRange;
  readonly role: SiteRole;
}

/** The name at `offset` (its end included, where a cursor after the name stands), if a label, byline or header names one there. */
export function speakerAt(t: Transcript, offset: number): SpeakerSite | undefined {
  if (t.blocks.length === 0) return undefined;
  const block = t.blocks[blockAt(t.blocks, offset)];
  const within = (r: TextRange) => r.start <= offset && offset <= r.end;
  if (block.kind === 'turn') {
    const { name, key, nameRange } = block.speaker;
    return within(nameRange) ? { name, key, range: nameRange, role: 'label' } : undefined;
  }
  if (block.kind === 'attribution') {
    const site = bylineSite(block);
    return site && within(site.range) ? site : undefined;
  }
  return headerSites(t).find((s) => within(s.range));
}

// The sites of the speakers asked for lately, per parse: highlights follow the cursor, and a document of a million
// turns is not read again for each move within one speaker's name.
const recent = perTranscript((): Map<string, readonly SpeakerSite[]> => new Map());
const RECENT_KEYS = 8;

/** Every label, byline and header naming the speaker `key`, in document order. */
export function speakerSites(t: Transcript, key: string): readonly SpeakerSite[] {
  const known = recent(t);
  let sites = known.get(key);
  if (!sites) {
    if (known.size >= RECENT_KEYS) known.clear();
    known.set(key, (sites = collectSites(t, key)));
  }
  return sites;
}

/** The bylines and header fields naming the speaker `key`, in document order. */
export function speakerMentions(t: Transcript, key: string): readonly SpeakerSite[] {
  return mentionsByKey(t).get(key) ?? [];
}

function collectSites(t: Transcript, key: string): SpeakerSite[] {
  const speaker = t.speakers.find((s) => s.key === key);
  const sites: SpeakerSite[] = (speaker?.turns ?? []).map((turn) => {
    const { name, nameRange } = t.turns[turn].speaker;
    return { name, key, range: nameRange, role: 'label' };
  });
  return sites.concat(speakerMentions(t, key)).sort((a, b) => a.range.start - b.range.start);
}

// Every byline and header field by the speaker it names, once per parse: a document may sign a thousand pull quotes.
const mentionsByKey = perTranscript((t: Transcript): ReadonlyMap<string, SpeakerSite[]> => {
  const byKey = new Map<string, SpeakerSite[]>();
  const add = (site: SpeakerSite) => (byKey.get(site.key) ?? byKey.set(site.key, []).get(site.key)!).push(site);
  for (const b of t.blocks) {
    if (b.kind !== 'attribution') continue;
    const site = bylineSite(b);
    if (site) add(site);
  }
  headerSites(t).forEach(add);
  for (const sites of byKey.values()) sites.sort((a, b) => a.range.start - b.range.start);
  return byKey;
});

// A byline's name without the role or affiliation after it ("—Name, CTO at …"), as the name checks read it.
function bylineSite(b: AttributionBlock): SpeakerSite | undefined {
  const cut = b.name.search(/[,，、(（|/]/u);
  const name = (cut < 0 ? b.name : b.name.slice(0, cut)).replace(/[*_\s]+$/u, '');
  if (!name) return undefined;
  return { name, key: speakerKey(name), range: { start: b.nameRange.start, end: b.nameRange.start + name.length }, role: 'byline' };
}

// The title and header fields that name a person (the name checks' reading of them), once per parse.
const headerSites = perTranscript((t: Transcript): SpeakerSite[] =>
  documentNames(t)
    .filter((o) => o.role === 'header')
    .map((o) => ({ name: o.name, key: speakerKey(o.name), range: o.range, role: 'header' })),
);
