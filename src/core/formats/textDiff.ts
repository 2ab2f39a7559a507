import { diffArrays, diffChars } from 'diff';
import { commonAffixes } from '../text/offsets';

/** A stretch of two texts: equal in both, or changed (either side may be empty). */
export interface Hunk {
  readonly equal: boolean;
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

// Above this many edits in one changed block of lines, the block is taken as replaced whole, not diffed by character.
const MAX_CHAR_EDITS = 4000;

/**
 * The differences between two texts as alternating hunks: the common start and end are cut off, the middle is
 * diffed by lines, and each block of changed lines by characters (a typo fixed in a long transcript costs little).
 */
export function diffTexts(a: string, b: string): Hunk[] {
  const { prefix, suffix } = commonAffixes(a, b);
  const hunks: Hunk[] = [];
  const push = (equal: boolean, oldLength: number, newLength: number) => {
    if (oldLength === 0 && newLength === 0) return;
    const last = hunks[hunks.length - 1];
    const oldStart = last ? last.oldEnd : 0;
    const newStart = last ? last.newEnd : 0;
    if (last && last.equal === equal) hunks[hunks.length - 1] = { ...last, oldEnd: oldStart + oldLength, newEnd: newStart + newLength };
    else hunks.push({ equal, oldStart, oldEnd: oldStart + oldLength, newStart, newEnd: newStart + newLength });
  };
  push(true, prefix, prefix);
  const oldLines = splitKeep(a.slice(prefix, a.length - suffix));
  const newLines = splitKeep(b.slice(prefix, b.length - suffix));
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed && added) {
      const chars = diffChars(removed, added, { maxEditLength: MAX_CHAR_EDITS });
      if (chars) for (const c of chars) push(!c.added && !c.removed, c.added ? 0 : c.value.length, c.removed ? 0 : c.value.length);
      else push(false, removed.length, added.length);
    } else push(false, removed.length, added.length);
    removed = added = '';
  };
  for (const change of diffArrays(oldLines, newLines)) {
    const value = change.value.join('');
    if (change.removed) removed += value;
    else if (change.added) added += value;
    else {
      flush();
      push(true, value.length, value.length);
    }
  }
  flush();
  push(true, suffix, suffix);
  return hunks;
}

// Lines with their line breaks.
function splitKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** How many code units the two texts share, by the hunks. */
export function sharedLength(hunks: readonly Hunk[]): number {
  let n = 0;
  for (const h of hunks) if (h.equal) n += h.oldEnd - h.oldStart;
  return n;
}

/**
 * Where an offset of the old text is in the new one, text inserted right at it counted before it (so an end offset
 * takes in what was added at the end). Inside a changed stretch the offset moves in proportion, to the nearest blank.
 */
export function mapEnd(hunks: readonly Hunk[], newText: string, offset: number): number {
  let lo = 0;
  let hi = hunks.length - 1;
  // The first hunk that ends at or after the offset.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hunks[mid].oldEnd < offset) lo = mid + 1;
    else hi = mid;
  }
  let h = hunks[lo];
  if (!h) return offset;
  if (h.oldEnd === offset) {
    // At the end of a hunk: past an insertion that follows, if one does.
    const next = hunks[lo + 1];
    if (next && !next.equal && next.oldStart === next.oldEnd) h = next;
    return h.newEnd;
  }
  if (h.equal) return h.newStart + (offset - h.oldStart);
  const exact = h.newStart + Math.round(((offset - h.oldStart) / (h.oldEnd - h.oldStart)) * (h.newEnd - h.newStart));
  for (let d = 0; d < 16; d++) {
    if (exact - d > h.newStart && newText.charCodeAt(exact - d - 1) === 32) return exact - d;
    if (exact + d < h.newEnd && newText.charCodeAt(exact + d) === 32) return exact + d;
  }
  return exact;
}
