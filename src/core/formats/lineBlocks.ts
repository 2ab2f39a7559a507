// What the SRT and WebVTT readers share: a file's lines without their breaks, and its blocks of lines between
// blank ones. What counts as blank is each format's own (WebVTT: an empty line; SRT files in the wild: white space).
import type { Line } from '../text/offsets';

/** The content of line `i` of `text` (split by splitLines): without its line break, and without a leading BOM. */
export function lineContent(text: string, lines: readonly Line[]): (i: number) => string {
  return (i) => text.slice(lines[i].start + (i === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0), lines[i].contentEnd);
}

/** The runs of lines that are not blank, from line `from` to `count`, each as [first, end), in order. */
export function lineBlocks(from: number, count: number, blank: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < count) {
    if (blank(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < count && !blank(end)) end++;
    out.push([i, end]);
    i = end;
  }
  return out;
}

/** A line shortened for a message. */
export function clip(line: string): string {
  return line.length > 60 ? line.slice(0, 57) + '…' : line;
}
