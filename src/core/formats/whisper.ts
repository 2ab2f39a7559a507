import type { Cue, CueParse, FormatProblem } from './cues';

/**
 * Reads Whisper or WhisperX JSON: an object with `segments` (or a bare list of segments), each with `start` and `end`
 * in seconds, `text`, and optionally `speaker` (WhisperX's diarisation); other fields (`words`, `tokens`, …) are not
 * read. A segment without numeric times, with an end before its start, or without text is a problem naming the
 * segment (and its line, found by its position in the file); the file is not read in part.
 */
export function parseWhisperJson(text: string): CueParse {
  const problems: FormatProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? lineOf(text, Number(at[1])) : Number(/line (\d+)/.exec(message)?.[1] ?? 0);
    return { file: { format: 'whisper', cues: [] }, problems: [{ line, message: `not valid JSON (${message})` }] };
  }
  const segments = Array.isArray(data) ? data : isRecord(data) ? data.segments : undefined;
  if (!Array.isArray(segments))
    return {
      file: { format: 'whisper', cues: [] },
      problems: [{ line: 1, message: 'no "segments" list (expected Whisper or WhisperX JSON)' }],
    };
  // Found only when there is a problem to place: scanning the file costs more than parsing it.
  let lines: number[] | undefined;
  const cues: Cue[] = [];
  segments.forEach((s: unknown, i) => {
    const where = (field: string) => `segment ${i}${field}`;
    const problem = (message: string) => problems.push({ line: (lines ??= segmentLines(text, segments.length))[i] ?? 0, message });
    if (!isRecord(s)) return void problem(`${where('')} is not an object`);
    const { start, end, text: said, speaker } = s;
    if (typeof start !== 'number' || !Number.isFinite(start) || start < 0)
      return void problem(`${where('')}: "start" must be a number of seconds`);
    if (typeof end !== 'number' || !Number.isFinite(end) || end < 0) return void problem(`${where('')}: "end" must be a number of seconds`);
    if (end < start) return void problem(`${where('')} ends (${end}) before it starts (${start})`);
    if (typeof said !== 'string') return void problem(`${where('')}: "text" must be a string`);
    if (speaker !== undefined && (typeof speaker !== 'string' || speaker.trim() === ''))
      return void problem(`${where('')}: "speaker" must be a name`);
    const cue: Cue = {
      start: Math.round(start * 1000),
      end: Math.round(end * 1000),
      text: said.replace(/\s+/g, ' ').trim(),
      line: 0,
    };
    cues.push(speaker === undefined ? cue : { ...cue, speaker: speaker.trim() });
  });
  return { file: { format: 'whisper', cues }, problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// The 1-based line of an offset.
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The line on which each element of the segment list starts, found by a scan of the JSON's brackets and strings (the
 * parsed value has no positions): the list is the top-level array, or the array under a top-level key "segments".
 */
function segmentLines(text: string, count: number): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let listDepth = -1;
  let lastKey = '';
  let expectElement = false;
  for (let i = 0; i < text.length && out.length < count; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      const from = i + 1;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1) lastKey = text.slice(from, i);
      if (expectElement && depth === listDepth) {
        out.push(line);
        expectElement = false;
      }
    } else if (c === '[' || c === '{') {
      if (expectElement && depth === listDepth) {
        out.push(line);
        expectElement = false;
      }
      depth++;
      if (c === '[' && listDepth < 0 && (depth === 1 || (depth === 2 && lastKey === 'segments'))) {
        listDepth = depth;
        expectElement = true;
      }
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === listDepth) expectElement = true;
    else if (expectElement && depth === listDepth && !/\s/.test(c)) {
      out.push(line);
      expectElement = false;
    }
  }
  return out;
}
