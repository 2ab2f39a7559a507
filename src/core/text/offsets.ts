/** A half-open span of UTF-16 code-unit offsets into a document's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line and UTF-16 character position, as editors count them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** One physical line: `start..contentEnd` is its text, `contentEnd..end` its line break (if any). */
export interface Line {
  readonly start: number;
  readonly contentEnd: number;
  readonly end: number;
}

/** Splits text into lines on `\r\n`, `\n` or `\r`, keeping exact offsets (the last line may be empty). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  // Most files have no CR: indexOf finds line feeds far faster than a character loop.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, contentEnd: i, end: i + 1 });
      start = i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        const contentEnd = i;
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        lines.push({ start, contentEnd, end: i + 1 });
        start = i + 1;
      }
    }
  }
  lines.push({ start, contentEnd: n, end: n });
  return lines;
}

/** Converts between offsets and line/character positions in O(log lines). */
export class LineIndex {
  readonly lines: readonly Line[];

  constructor(text: string) {
    this.lines = splitLines(text);
  }

  /** The zero-based line that contains `offset` (a line break belongs to its line). */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The position of `offset`, clamped into the document. */
  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    const l = this.lines[line];
    return { line, character: Math.min(Math.max(offset, l.start), l.end) - l.start };
  }

  /** The offset of a position, clamped into its line's content. */
  offsetAt(position: Position): number {
    const line = Math.min(Math.max(position.line, 0), this.lines.length - 1);
    const l = this.lines[line];
    return l.start + Math.min(Math.max(position.character, 0), l.contentEnd - l.start);
  }
}

// Characters compared at a time while skipping equal runs: slices compare natively, far faster than a loop.
const AFFIX_CHUNK = 2048;

/** Lengths of the longest common prefix and suffix of two texts (not overlapping in the shorter one). */
export function commonAffixes(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix + AFFIX_CHUNK <= max && a.slice(prefix, prefix + AFFIX_CHUNK) === b.slice(prefix, prefix + AFFIX_CHUNK))
    prefix += AFFIX_CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = max - prefix;
  while (
    suffix + AFFIX_CHUNK <= room &&
    a.slice(a.length - suffix - AFFIX_CHUNK, a.length - suffix) === b.slice(b.length - suffix - AFFIX_CHUNK, b.length - suffix)
  )
    suffix += AFFIX_CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** Orders strings by UTF-16 code units: stable across machines and locales, and without the ICU collator's start-up cost. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of the last of `items` (sorted by start) that starts at or before `offset`; 0 when none does or the list is empty. */
export function lastStartingAt(items: readonly { readonly range: TextRange }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].range.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}
