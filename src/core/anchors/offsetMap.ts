import { diffArrays, diffChars } from 'diff';
import { commonAffixes, type TextRange } from '../text/offsets';

/** One stretch of the previous text, `oldStart..oldEnd`, that became `newStart..newEnd` of the current text. */
export interface Replacement {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/** An edit described against the previous text (the shape of the engine's `TextEdit` and of VS Code's content changes). */
export interface EditLike {
  readonly range: TextRange;
  readonly newText: string;
}

// Lines between the points where the two texts are synchronised before a diff (see lineChanges).
const SYNC_STEP = 128;
// How far from where it is expected a synchronising run of lines is looked for, in lines.
const SYNC_WINDOW = 256;
// Equal lines in a row that synchronise the two texts.
const SYNC_RUN = 3;
// Lines that may differ before the line diff gives up: past it the texts are too different for a diff to say where
// anything went, and Myers' algorithm would cost quadratic time finding that out.
const MAX_LINE_EDITS = 2_000;
// A changed stretch of lines is diffed character by character when both sides are at most this long.
const MAX_HUNK_CHARS = 20_000;
// Characters that may differ inside one stretch before it is kept as one whole replacement.
const MAX_HUNK_EDITS = 2_000;

/**
 * Where offsets of a previous text are in the current one, from the stretches that were replaced (sorted, apart).
 * Text inserted exactly at a span's edge stays outside the span, as an editor's tracked ranges behave.
 */
export class ChangeMap {
  private readonly starts: number[];

  constructor(readonly replacements: readonly Replacement[]) {
    this.starts = replacements.map((r) => r.oldStart);
  }

  /** Where a span's start goes: past text inserted at it; to the start of a replacement that swallowed it. */
  mapStart(offset: number): number {
    const r = this.replacements[this.lastAtOrBefore(offset, true)];
    if (!r) return offset;
    return offset >= r.oldEnd ? offset + r.newEnd - r.oldEnd : r.newStart;
  }

  /** Where a span's end goes: before text inserted at it; to the end of a replacement that swallowed it. */
  mapEnd(offset: number): number {
    const r = this.replacements[this.lastAtOrBefore(offset, false)];
    if (!r) return offset;
    return offset >= r.oldEnd ? offset + r.newEnd - r.oldEnd : r.newEnd;
  }

  /** The span in the current text, or undefined when the whole of a non-empty span was deleted. */
  mapRange(range: TextRange): TextRange | undefined {
    if (range.start === range.end) {
      const at = this.mapStart(range.start);
      return { start: at, end: at };
    }
    const start = this.mapStart(range.start);
    const end = this.mapEnd(range.end);
    return end > start ? { start, end } : undefined;
  }

  // Index of the last replacement starting before `offset` (or at it, when `inclusive`); -1 when none.
  private lastAtOrBefore(offset: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset || (inclusive && this.starts[mid] === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** The map of edits made to the previous text (non-overlapping, each against the previous text, in any order). */
export function offsetMapOfEdits(edits: readonly EditLike[]): ChangeMap {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const out: Replacement[] = [];
  let shift = 0;
  for (const e of sorted) {
    const start = Math.min(e.range.start, e.range.end);
    const end = Math.max(e.range.start, e.range.end);
    push(out, { oldStart: start, oldEnd: end, newStart: start + shift, newEnd: start + shift + e.newText.length });
    shift += e.newText.length - (end - start);
  }
  return new ChangeMap(out);
}

/**
 * The map from `previous` to `text` by a text diff (the `diff` package): lines first, then characters inside each
 * changed stretch of lines. Undefined when the texts differ too much for a diff to tell where anything went (a file
 * rewritten): the caller then finds its spans by their quotes.
 */
export function offsetMapOfDiff(previous: string, text: string): ChangeMap | undefined {
  const { prefix, suffix } = commonAffixes(previous, text);
  // A small change is diffed character by character outright: lines are too coarse where short lines repeat.
  if (previous.length - prefix - suffix <= MAX_HUNK_CHARS && text.length - prefix - suffix <= MAX_HUNK_CHARS) {
    const fine = hunkReplacements(
      previous.slice(prefix, previous.length - suffix),
      text.slice(prefix, text.length - suffix),
      prefix,
      prefix,
    );
    if (fine.length !== 1 || fine[0].oldEnd - fine[0].oldStart !== previous.length - prefix - suffix) return new ChangeMap(fine);
  }
  const a = splitKeepingBreaks(previous.slice(prefix, previous.length - suffix));
  const b = splitKeepingBreaks(text.slice(prefix, text.length - suffix));
  // Lines compared as numbers: the diff compares tokens many times over, strings would be compared char by char.
  const ids = new Map<string, number>();
  const id = (line: string) => {
    let v = ids.get(line);
    if (v === undefined) ids.set(line, (v = ids.size));
    return v;
  };
  const changes = lineChanges(a.map(id), b.map(id));
  if (!changes) return undefined;
  const out: Replacement[] = [];
  let oldAt = prefix;
  let newAt = prefix;
  let lineA = 0;
  let lineB = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c.added && !c.removed) {
      const length = sumLengths(a, lineA, lineA + c.count);
      oldAt += length;
      newAt += length;
      lineA += c.count;
      lineB += c.count;
      continue;
    }
    // A removed run and the added run next to it (in either order) form one changed stretch.
    let removed = 0;
    let added = 0;
    for (; i < changes.length && (changes[i].added || changes[i].removed); i++) {
      if (changes[i].removed) removed += changes[i].count;
      else added += changes[i].count;
    }
    i--;
    const before = a.slice(lineA, lineA + removed).join('');
    const after = b.slice(lineB, lineB + added).join('');
    hunkReplacements(before, after, oldAt, newAt).forEach((r) => push(out, r));
    oldAt += before.length;
    newAt += after.length;
    lineA += removed;
    lineB += added;
  }
  return new ChangeMap(out);
}

/**
 * The line diff of two texts' lines (as ids), cut into independent stretches at runs of equal lines found where the
 * previous run says they should be: Myers' algorithm costs the square of the differences in each stretch, not in the
 * whole text, so edits spread through a large file stay cheap. Any equal run is a valid cut (the result is always a
 * correct edit script); in a text that repeats itself it may not be the shortest. Undefined when the texts differ
 * too much (no run found for most cuts, or more than MAX_LINE_EDITS lines changed in a stretch).
 */
function lineChanges(a: readonly number[], b: readonly number[]): { count: number; added: boolean; removed: boolean }[] | undefined {
  const cuts: [number, number][] = [[0, 0]];
  let missed = 0;
  let tried = 0;
  for (let i = SYNC_STEP; i + SYNC_RUN <= a.length; i += SYNC_STEP) {
    const [li, lj] = cuts[cuts.length - 1];
    const j = findRun(a, b, i, i - li + lj, lj);
    tried++;
    if (j === undefined) missed++;
    else cuts.push([i, j]);
  }
  if (tried >= 4 && missed * 2 > tried) return undefined;
  cuts.push([a.length, b.length]);
  const out: { count: number; added: boolean; removed: boolean }[] = [];
  for (let k = 1; k < cuts.length; k++) {
    const [i0, j0] = cuts[k - 1];
    const [i1, j1] = cuts[k];
    const part = diffArrays(a.slice(i0, i1), b.slice(j0, j1), { maxEditLength: MAX_LINE_EDITS });
    if (!part) return undefined;
    out.push(...part);
  }
  return out;
}

// Where in `b` (at `min` or later) the lines a[i..i+SYNC_RUN) stand, nearest `expected` first; undefined if not near it.
function findRun(a: readonly number[], b: readonly number[], i: number, expected: number, min: number): number | undefined {
  const fits = (j: number) => {
    if (j < min || j + SYNC_RUN > b.length) return false;
    for (let n = 0; n < SYNC_RUN; n++) if (a[i + n] !== b[j + n]) return false;
    return true;
  };
  for (let d = 0; d <= SYNC_WINDOW; d++) {
    if (fits(expected - d)) return expected - d;
    if (d && fits(expected + d)) return expected + d;
  }
  return undefined;
}

// The replacements inside one changed stretch, character by character when it is small enough, else the whole of it.
function hunkReplacements(before: string, after: string, oldAt: number, newAt: number): Replacement[] {
  const whole = [{ oldStart: oldAt, oldEnd: oldAt + before.length, newStart: newAt, newEnd: newAt + after.length }];
  if (!before || !after || before.length > MAX_HUNK_CHARS || after.length > MAX_HUNK_CHARS) return whole;
  const changes = diffChars(before, after, { maxEditLength: MAX_HUNK_EDITS });
  if (!changes) return whole;
  const out: Replacement[] = [];
  let o = oldAt;
  let n = newAt;
  for (const c of changes) {
    const length = c.value.length;
    if (c.removed) push(out, { oldStart: o, oldEnd: o + length, newStart: n, newEnd: n });
    else if (c.added) push(out, { oldStart: o, oldEnd: o, newStart: n, newEnd: n + length });
    if (!c.added) o += length;
    if (!c.removed) n += length;
  }
  return out;
}

// Appends a replacement, joining it to the previous one when they touch (a deletion next to an insertion).
function push(out: Replacement[], r: Replacement): void {
  const last = out[out.length - 1];
  if (last && last.oldEnd === r.oldStart && last.newEnd === r.newStart)
    out[out.length - 1] = { oldStart: last.oldStart, oldEnd: r.oldEnd, newStart: last.newStart, newEnd: r.newEnd };
  else if (r.oldStart !== r.oldEnd || r.newStart !== r.newEnd) out.push(r);
}

// The text's lines, each with its line break.
function splitKeepingBreaks(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

// Total length of lines[from..to).
function sumLengths(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += lines[i].length;
  return n;
}
