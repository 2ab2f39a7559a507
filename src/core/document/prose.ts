import { proseRange } from './blocks';
import type { Block, Transcript } from './model';
import type { TextRange } from '../text/offsets';

// Code, URLs, link targets, e-mail addresses, handles and HTML comments: spelled on purpose, never prose.
const NOT_PROSE = /`[^`\n]*`|<!--[^]*?-->|\]\([^)\s]*\)|<?(?:https?:\/\/|www\.)[^\s<>()（）[\]]+>?|@[\w.-]+/g;
// The local part of an e-mail address, read backwards from its @.
const LOCAL_PART = /[\w.+-]/;

// The text of a block a term may stand in: its prose, and the value of a metadata line.
function termText(b: Block): TextRange | undefined {
  return b.kind === 'metadata' ? b.valueRange : proseRange(b);
}

// Several checks read the same ranges of the same document: each list is computed once and shared (read-only).
const proseCache = new WeakMap<Transcript, readonly TextRange[]>();
let verbatimCache: { text: string; ranges: readonly TextRange[] } | undefined;

/** The prose ranges of a transcript in document order. */
export function proseRanges(t: Transcript): readonly TextRange[] {
  let out = proseCache.get(t);
  if (!out) proseCache.set(t, (out = collectProse(t)));
  return out;
}

function collectProse(t: Transcript): TextRange[] {
  const out: TextRange[] = [];
  for (const b of t.blocks) {
    const r = termText(b);
    if (r && r.end > r.start) out.push(r);
  }
  return out;
}

/** Spans of code, URLs, link targets, e-mail addresses, handles and comments, in document order. */
export function verbatimRanges(text: string): readonly TextRange[] {
  // The last text's spans are kept: the checks of one run ask for them several times.
  if (verbatimCache?.text !== text) verbatimCache = { text, ranges: scanVerbatim(text) };
  return verbatimCache.ranges;
}

function scanVerbatim(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of text.matchAll(NOT_PROSE)) {
    let start = m.index!;
    if (m[0][0] === '@') while (start > 0 && LOCAL_PART.test(text[start - 1])) start--;
    // An address may follow the end of the previous span directly; never overlap it.
    if (out.length && start < out[out.length - 1].end) start = out[out.length - 1].end;
    out.push({ start, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Walks sorted, non-overlapping ranges alongside increasing offsets: `inside(offset)` tells whether an
 * offset lies in one of them, in amortised constant time as long as offsets never decrease.
 */
export function rangeCursor(ranges: readonly TextRange[]): { inside(offset: number): boolean } {
  let i = 0;
  return {
    inside(offset: number): boolean {
      while (i < ranges.length && ranges[i].end <= offset) i++;
      return i < ranges.length && ranges[i].start <= offset;
    },
  };
}
