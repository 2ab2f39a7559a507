// Renaming a speaker: every label, byline and header of that person in one set of edits, refused when the new name
// would no longer read as a label or a byline on some line (the line would silently stop being a turn).
import { blockAt } from '../document/blocks';
import type { TextEdit } from '../engine/types';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import type { TextRange } from '../text/offsets';
import { speakerAt, speakerSites, type SiteRole, type SpeakerSite } from './sites';

/** What can be renamed at an offset: the name's range and its spelling there, or why nothing can. */
export type RenameTarget = { readonly range: TextRange; readonly name: string; readonly key: string } | { readonly reason: string };

/** One edit of a rename: the site it rewrites and the name written there before. */
export interface RenameEdit extends TextEdit {
  readonly role: SiteRole;
  readonly oldName: string;
}

/** The edits of a rename, or why it cannot be done. */
export type RenameResult = { readonly edits: RenameEdit[] } | { readonly reason: string };

// A label is recognised by the head of its line: the rest of a long turn need not be re-read to check a new name.
const LINE_HEAD = 240;
// Label lines of one shape (markup, timestamp digits aside) accept the same names: a few are tried, not a million.
const MAX_SHAPES = 24;

/** The speaker name at `offset`, for a rename to start from. */
export function renameTarget(t: Transcript, offset: number): RenameTarget {
  const site = speakerAt(t, offset);
  if (!site) return { reason: 'Place the cursor on a speaker label or on the name in a byline to rename a speaker.' };
  return { range: site.range, name: site.name, key: site.key };
}

/** Renames the speaker named at `offset` to `newName` in every label, byline and header that names them. */
export function renameEdits(t: Transcript, offset: number, newName: string): RenameResult {
  const target = renameTarget(t, offset);
  if ('reason' in target) return target;
  const name = newName.trim();
  if (!name) return { reason: 'A speaker needs a name.' };
  if (/[\r\n\u2028\u2029]/u.test(name)) return { reason: 'A speaker name is one line.' };
  const sites = speakerSites(t, target.key);
  const broken = firstBrokenLine(t, sites, name);
  if (broken !== undefined)
    return {
      reason: `"${name}" would no longer read as a ${broken.role === 'byline' ? 'byline' : 'speaker label'} on line ${broken.line + 1}.`,
    };
  return { edits: sites.filter((s) => s.name !== name).map((s) => ({ range: s.range, newText: name, role: s.role, oldName: s.name })) };
}

// The first label or byline line that would be read as something else with the new name in it (one line per shape).
function firstBrokenLine(t: Transcript, sites: readonly SpeakerSite[], name: string): { line: number; role: string } | undefined {
  const tried = new Set<string>();
  for (const site of sites) {
    if (site.role === 'header' || tried.size >= MAX_SHAPES) continue;
    const { start, end } = lineAround(t.text, site.range);
    const head = Math.min(end, Math.max(site.range.end, start + LINE_HEAD));
    const before = t.text.slice(start, site.range.start);
    const after = t.text.slice(site.range.end, Math.min(head, site.range.end + 16));
    const shape = `${site.role}\u0000${before.replace(/\d/gu, '0')}\u0000${after.replace(/\d/gu, '0')}`;
    if (tried.has(shape)) continue;
    tried.add(shape);
    const line = before + name + t.text.slice(site.range.end, head);
    const block = parseTranscript(line).blocks[0];
    const reads =
      site.role === 'label'
        ? block?.kind === 'turn' && block.speaker.name === name
        : block?.kind === 'attribution' && block.name.startsWith(name);
    if (!reads) return { line: lineNumber(t, site.range.start), role: site.role };
  }
  return undefined;
}

// The line holding a range, without its line break (searched for by hand: `lastIndexOf('\r')` in a file without
// one would read back to its start for every label).
function lineAround(text: string, range: TextRange): TextRange {
  let start = range.start;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  let end = range.end;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return { start, end };
}

const isBreak = (c: number) => c === 10 || c === 13;

// The zero-based line of an offset, from the block that holds it.
function lineNumber(t: Transcript, offset: number): number {
  return t.blocks[blockAt(t.blocks, offset)]?.startLine ?? 0;
}
