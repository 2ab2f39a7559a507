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
  // The index of the last stretch starting at or before `offset` (strictly before, for an end), -1 when none does.
  const before = (offset: number, strict: boolean): number => {
    let lo = 0;
    let hi = stretches.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? stretches[mid].at < offset : stretches[mid].at <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const within = (s: Stretch | undefined, offset: number) => !!s && offset >= s.at && offset <= s.at + s.length;
  // Where a range's start goes: inside a stretch, or to the next one when it stands on a separator within a cue.
  const startOf = (offset: number): Stretch | undefined => {
    const k = before(offset, false);
    const s = stretches[k];
    if (s && offset < s.at + s.length) return s;
    const next = stretches[k + 1];
    return next && s && next.owner === s.owner ? next : undefined;
  };
  // Where a range's end goes: inside a stretch, or to the one before when it stands on a separator within a cue.
  const endOf = (offset: number): Stretch | undefined => {
    const k = before(offset, true);
    const s = stretches[k];
    if (within(s, offset)) return s;
    const next = stretches[k + 1];
    return next && s && next.owner === s.owner ? s : undefined;
  };
  const fileAt = (s: Stretch, offset: number) => s.file + Math.min(Math.max(offset - s.at, 0), s.length);
  return {
    text: layout.text,
    regions,
    toFileRange(range) {
      if (range.end === range.start) {
        const k = before(range.start, false);
        const s = within(stretches[k], range.start) ? stretches[k] : undefined;
        return s && { start: fileAt(s, range.start), end: fileAt(s, range.start) };
      }
      const start = startOf(range.start);
      const end = endOf(range.end);
      if (!start || !end || start.owner !== end.owner) return undefined;
      const r = { start: fileAt(start, range.start), end: fileAt(end, range.end) };
      return r.end > r.start ? r : undefined;
    },
    toFileOffset(offset) {
      const k = before(offset, false);
      const s = stretches[k];
      if (within(s, offset)) return fileAt(s, offset);
      const next = stretches[k + 1] ?? s;
      return next ? next.file : 0;
    },
  };
}
