import { splitLines, type TextRange } from '../text/offsets';
import type { Cue, CueParse, FormatProblem } from './cues';
import { renderPrefix } from './cueSpeakers';
import { clip, lineBlocks, lineContent } from './lineBlocks';
import { formatClock, parseClock } from './timing';

// `00:00:01,000 --> 00:00:04,000`, and what follows it (coordinates). A full stop for the comma is common enough to
// take; hours, minutes and seconds are required, as SRT writes them.
const TIMING = /^(\d{1,3}:\d{2}:\d{2}[,.]\d{3})[ \t]+-->[ \t]+(\d{1,3}:\d{2}:\d{2}[,.]\d{3})(?:[ \t]+(.*?))?[ \t]*$/;
const NUMBER = /^[ \t]*\d+[ \t]*$/;

/** What an SRT timing line should look like, for messages. */
export const SRT_TIMING_EXAMPLE = '00:00:01,000 --> 00:00:04,000';

/**
 * Reads a SubRip file: blocks of a cue number, a timing line and the text, separated by blank lines. Anything else
 * (a block without its number or timing, a broken timing, an end before its start, a cue number and timing inside
 * another cue's text where a blank line is missing) is a problem with its line number; such a block is not read.
 */
export function parseSrt(text: string): CueParse {
  const lines = splitLines(text);
  const cues: Cue[] = [];
  const problems: FormatProblem[] = [];
  const content = lineContent(text, lines);
  const blank = (i: number) => content(i).trim() === '';
  for (const [from, to] of lineBlocks(0, lines.length, blank)) readBlock(from, to);
  return { file: { format: 'srt', cues }, problems };

  // Reads the cue of lines [from, to).
  function readBlock(from: number, to: number): void {
    let timingLine = from + 1;
    if (!NUMBER.test(content(from))) {
      if (!content(from).includes('-->'))
        return void problems.push({ line: from + 1, message: `expected a cue number, found "${clip(content(from))}"` });
      problems.push({ line: from + 1, message: 'a cue without its number' });
      timingLine = from;
    }
    if (timingLine >= to) return void problems.push({ line: from + 1, message: `cue ${content(from).trim()} has no timing line` });
    const m = TIMING.exec(content(timingLine));
    const start = m && parseClock(m[1]);
    const end = m && parseClock(m[2]);
    if (!m || start === undefined || start === null || end === undefined || end === null)
      return void problems.push({
        line: timingLine + 1,
        message: `broken timing line "${clip(content(timingLine))}" (expected ${SRT_TIMING_EXAMPLE})`,
      });
    if (end < start) return void problems.push({ line: timingLine + 1, message: `the cue ends (${m[2]}) before it starts (${m[1]})` });
    const payload: TextRange[] = [];
    for (let k = timingLine + 1; k < to; k++) {
      if (TIMING.test(content(k)) || (NUMBER.test(content(k)) && k + 1 < to && TIMING.test(content(k + 1))))
        return void problems.push({ line: k + 1, message: 'a cue timing inside the text of the cue above (a blank line missing?)' });
      payload.push({ start: lines[k].start, end: lines[k].contentEnd });
    }
    const cueText = payload.map((r) => text.slice(r.start, r.end)).join('\n');
    cues.push({ start, end, text: cueText, line: timingLine + 1, lines: payload, ...(m[3] ? { settings: m[3] } : {}) });
  }
}

/** Writes cues as SubRip, numbered from 1, a speaker that is not in a cue's text put in front of it as `[Name]: `. */
export function writeSrt(cues: readonly Cue[]): string {
  let out = '';
  cues.forEach((cue, i) => {
    const timing = `${formatClock(cue.start, ',')} --> ${formatClock(cue.end, ',')}${cue.settings ? ' ' + cue.settings : ''}`;
    out += `${i ? '\n' : ''}${i + 1}\n${timing}\n${renderPrefix(cue, 'srt')}\n`;
  });
  return out;
}
