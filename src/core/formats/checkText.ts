import type { TextRange } from '../text/offsets';
import type { CueFile } from './cues';
import { layoutCues } from './layout';

/**
 * A subtitle file as the checks read it: the transcript it converts to (turns by speaker, no timestamps), with the
 * way back to the file. Only cue text and speaker names map back; cue numbers, timings, identifiers, settings and
 * tags around a name are never inside a mapped range, so a fix applied through `toFileRange` cannot touch them.
 */
export interface CueCheckText {
  /** The text to check (parse it with `parseTranscript`: turns, outline and checks as for any transcript). */
  readonly text: string;
  /** The stretches of the file that `text` is made of (cue text lines, speaker names), in file order. */
  readonly regions: readonly TextRange[];
  /**
   * The file range of a range of `text`, when it lies within one cue's text or one speaker name; undefined when it
   * runs from one cue into another or lies in text that is not in the file (a label's colon, the space between cues).
   */
  toFileRange(range: TextRange): TextRange | undefined;
  /** The file offset of an offset of `text`; an offset between mapped stretches goes to the start of the next one. */
  toFileOffset(offset: number): number;
}

// A stretch of the checked text copied from the file; `owner` is the cue (or, below zero, a turn's speaker name).
interface Stretch {
  readonly at: number;
  readonly length: number;
  readonly file: number;
  readonly owner: number;
}

/** The checked text of a parsed SRT or WebVTT file (its cues need their `lines`: JSON segments map to nothing). */
export function cueCheckText(file: CueFile): CueCheckText {
  const layout = layoutCues(file.cues, { timestamps: 'none' });
  const stretches: Stretch[] = [];
  // Where a cue's text offset is in the file: its line's start plus the column.
  const fileOffset = (cue: number, from: number): number | undefined => {
    const lines = file.cues[cue].lines;
    if (!lines) return undefined;
    const text = file.cues[cue].text;
    let line = 0;
    let lineStart = 0;
    for (let k = text.indexOf('\n'); k >= 0 && k < from; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    return lines[line].start + (from - lineStart);
  };
  let piece = 0;
  layout.units.forEach((unit, u) => {
    const prefix = layout.voices[unit.firstCue]?.prefix;
    const nameAt = prefix && fileOffset(unit.firstCue, prefix.nameStart);
    if (nameAt !== undefined && unit.nameEnd > unit.nameStart)
      stretches.push({ at: unit.nameStart, length: unit.nameEnd - unit.nameStart, file: nameAt, owner: -1 - u });
    for (; piece < layout.pieces.length && layout.pieces[piece].cue < unit.endCue; piece++) {
      const p = layout.pieces[piece];
      const at = fileOffset(p.cue, p.from);
      if (at !== undefined) stretches.push({ at: p.at, length: p.length, file: at, owner: p.cue });
    }
  });
  const regions = stretches.map((s) => ({ start: s.file, end: s.file + s.length })).sort((a, b) => a.start - b.start);
  // The stretch an offset falls in or at the edge of: for a start, the one it begins or is inside; for an end, the one it ends or is inside.
  const locate = (offset: number, end: boolean): { s: Stretch; file: number } | undefined => {
    let lo = 0;
    let hi = stretches.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (end ? stretches[mid].at < offset : stretches[mid].at <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (end && offset === 0 && stretches[0]?.at === 0) found = 0;
    const s = stretches[found];
    if (s && offset <= s.at + s.length) return { s, file: s.file + (offset - s.at) };
    // Between stretches: a start goes to the next one, an end to the one before.
    if (end) return s ? { s, file: s.file + s.length } : undefined;
    const next = stretches[found + 1];
    return next ? { s: next, file: next.file } : undefined;
  };
  return {
    text: layout.text,
    regions,
    toFileRange(range) {
      const start = locate(range.start, false);
      if (!start) return undefined;
      if (range.end === range.start) return offset(range.start, start.s) ? { start: start.file, end: start.file } : undefined;
      const end = locate(range.end, true);
      if (!end || end.s.owner !== start.s.owner || end.file < start.file) return undefined;
      return { start: start.file, end: end.file };
    },
    toFileOffset(offset) {
      return locate(offset, false)?.file ?? locate(offset, true)?.file ?? 0;
    },
  };
}

// Whether an offset lies inside or at the edge of a stretch.
const offset = (at: number, s: Stretch) => at >= s.at && at <= s.at + s.length;
