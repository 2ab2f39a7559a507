// Paragraphs of running text, what a monologue or an article without headings or turns is navigated by (the outline)
// and counted in (the status bar). A block is one line: speech-recognised text writes a paragraph per line, hard-wrapped
// text spreads one over several, each stopping mid-sentence with the next going on in lower case.
import type { Block, Transcript } from './model';
import { perTranscript } from './perTranscript';
import { isUnitIn, SPACE } from '../text/scripts';
import type { TextRange } from '../text/offsets';

/** A paragraph: blocks `first` to `last` of `Transcript.blocks`, one line or lines that run on into each other. */
export interface Paragraph {
  readonly first: number;
  readonly last: number;
  /** From the first line's start to the end of the last line's text. */
  readonly range: TextRange;
  readonly startLine: number;
  readonly endLine: number;
}

// Blocks of running text; headings and turns structure a document by themselves, blanks separate.
const RUNNING = new Set<Block['kind']>(['paragraph', 'quote', 'attribution', 'metadata', 'blockquote']);

const isSpace = (c: number) => isUnitIn(c, SPACE);

/** Whether the text of `range` stops mid-sentence (or is empty): no closing or final mark ends it, as a hard-wrapped line. */
export function runsOn(text: string, range: TextRange): boolean {
  let end = range.end - 1;
  while (end >= range.start && isSpace(text.charCodeAt(end))) end--;
  return end < range.start || !/[.!?。！？…:：;；"”’'）)」』*_]/u.test(text[end]);
}

/** Whether the text of `range` starts mid-sentence (a lower-case letter, inline code), going on from the line before. */
export function continuesLine(text: string, range: TextRange): boolean {
  let start = range.start;
  while (start < range.end && isSpace(text.charCodeAt(start))) start++;
  return start < range.end && /[\p{Ll}`]/u.test(text[start]);
}

/** The paragraphs of running text in document order; a line without a letter (a rule, a date, a count) is none. */
export const paragraphs = perTranscript((t: Transcript): readonly Paragraph[] => {
  const { blocks, text } = t;
  const out: Paragraph[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!RUNNING.has(blocks[i].kind)) continue;
    let last = i;
    while (
      last + 1 < blocks.length &&
      RUNNING.has(blocks[last + 1].kind) &&
      runsOn(text, blocks[last].contentRange) &&
      continuesLine(text, blocks[last + 1].contentRange)
    )
      last++;
    const range = { start: blocks[i].range.start, end: blocks[last].contentRange.end };
    if (/\p{L}/u.test(text.slice(range.start, range.end)))
      out.push({ first: i, last, range, startLine: blocks[i].startLine, endLine: blocks[last].endLine });
    i = last;
  }
  return out;
});
