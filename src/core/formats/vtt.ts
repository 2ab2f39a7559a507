import { splitLines, type TextRange } from '../text/offsets';
import type { Cue, CueFileBlock, CueParse, FormatProblem } from './cues';
import { renderPrefix } from './cueSpeakers';
import { clip, lineBlocks, lineContent } from './lineBlocks';
import { formatClock, parseClock } from './timing';

// Hours take two digits or more, minutes and seconds two, milliseconds three (WebVTT's own grammar).
const CLOCK = '(?:\\d{2,}:)?\\d{2}:\\d{2}\\.\\d{3}';
const TIMING = new RegExp(`^(${CLOCK})[ \\t]+-->[ \\t]+(${CLOCK})(?:[ \\t]+(.*?))?[ \\t]*$`);
const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
const OTHER_BLOCK = /^(?:NOTE(?:[ \t].*)?|STYLE[ \t]*|REGION[ \t]*)$/;

/** What a WebVTT timing line should look like, for messages. */
export const VTT_TIMING_EXAMPLE = '00:00:01.000 --> 00:00:04.000';

/**
 * Reads a WebVTT file: the `WEBVTT` header, then cues (an optional identifier, a timing line with optional settings,
 * the text) and NOTE, STYLE and REGION blocks, separated by blank lines. Those blocks and the header are kept to be
 * written back. A missing signature, a block that is no cue, a broken timing, an end before its start and `-->` in a
 * cue's text are problems with their line numbers; such a block is not read.
 */
export function parseVtt(text: string): CueParse {
  const lines = splitLines(text);
  const cues: Cue[] = [];
  const blocks: CueFileBlock[] = [];
  const problems: FormatProblem[] = [];
  const content = lineContent(text, lines);
  // A blank line is an empty one: WebVTT keeps a line of spaces in the cue's text.
  const blank = (i: number) => lines[i].contentEnd === lines[i].start;
  const block = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => content(from + k)).join('\n');
  let i = 0;
  while (i < lines.length && !blank(i)) i++;
  const header = block(0, i);
  if (!SIGNATURE.test(content(0))) problems.push({ line: 1, message: 'not a WebVTT file: the first line must be "WEBVTT"' });
  for (let k = 1; k < i; k++)
    if (content(k).includes('-->')) problems.push({ line: k + 1, message: '"-->" in the header (a blank line missing?)' });
  for (const [from, to] of lineBlocks(i, lines.length, blank)) {
    if (OTHER_BLOCK.test(content(from))) blocks.push({ before: cues.length, text: block(from, to) });
    else readCue(from, to);
  }
  return { file: { format: 'vtt', cues, header, blocks }, problems };

  // Reads the cue of lines [from, to).
  function readCue(from: number, to: number): void {
    const timingLine = content(from).includes('-->') ? from : from + 1;
    if (timingLine >= to || !content(timingLine).includes('-->'))
      return void problems.push({
        line: from + 1,
        message: `not a cue: no timing line (expected ${VTT_TIMING_EXAMPLE}) after "${clip(content(from))}"`,
      });
    const m = TIMING.exec(content(timingLine));
    const start = m ? parseClock(m[1]) : undefined;
    const end = m ? parseClock(m[2]) : undefined;
    if (!m || start === undefined || end === undefined)
      return void problems.push({
        line: timingLine + 1,
        message: `broken timing line "${clip(content(timingLine))}" (expected ${VTT_TIMING_EXAMPLE})`,
      });
    if (end < start) return void problems.push({ line: timingLine + 1, message: `the cue ends (${m[2]}) before it starts (${m[1]})` });
    const payload: TextRange[] = [];
    for (let k = timingLine + 1; k < to; k++) {
      if (content(k).includes('-->'))
        return void problems.push({ line: k + 1, message: '"-->" in the text of a cue (a blank line missing?)' });
      payload.push({ start: lines[k].start, end: lines[k].contentEnd });
    }
    cues.push({
      start,
      end,
      text: payload.map((r) => text.slice(r.start, r.end)).join('\n'),
      line: timingLine + 1,
      lines: payload,
      ...(timingLine > from ? { id: content(from) } : {}),
      ...(m[3] ? { settings: m[3] } : {}),
    });
  }
}

/**
 * Writes cues as WebVTT with the header and the NOTE, STYLE and REGION blocks given (a plain `WEBVTT` when none);
 * a speaker that is not in a cue's text is put in front of it as a voice tag, `<v Name>`.
 */
export function writeVtt(cues: readonly Cue[], header = 'WEBVTT', blocks: readonly CueFileBlock[] = []): string {
  const parts = [header];
  let b = 0;
  cues.forEach((cue, i) => {
    for (; b < blocks.length && blocks[b].before <= i; b++) parts.push(blocks[b].text);
    const timing = `${formatClock(cue.start, '.')} --> ${formatClock(cue.end, '.')}${cue.settings ? ' ' + cue.settings : ''}`;
    parts.push(`${cue.id !== undefined ? cue.id + '\n' : ''}${timing}\n${renderPrefix(cue, 'vtt')}`);
  });
  for (; b < blocks.length; b++) parts.push(blocks[b].text);
  return parts.join('\n\n') + '\n';
}
