import { matchHeading, matchSpeakerLabel } from '../document/linePatterns';
import { splitLines, type TextRange } from '../text/offsets';
import { parseClock } from './timing';

/** A turn or paragraph of a transcript, as converting back to cues reads it. */
export interface ReadUnit {
  /** 1-based line of its first line. */
  readonly line: number;
  /** The label's name; an unlabelled paragraph without a timestamp is its predecessor's speaker's. */
  readonly speaker?: string;
  /** Whether the name is the unit's own label (not carried over from the turn before). */
  readonly labelled: boolean;
  /** The `[hh:mm:ss]` it opens with, in milliseconds. */
  readonly stamp?: number;
  /** The text of each of its lines, labels and timestamps left out. */
  readonly body: readonly TextRange[];
}

// A turn's opening timestamp without a speaker label after it: `[00:01:02]`, `[01:02.5]`.
const STAMP = /^[ \t]{0,3}\[(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\][ \t]*/;

/**
 * Reads a transcript into units: a line with a speaker label or an opening timestamp starts one, and so does the first
 * line after a blank one; the lines after it, up to a blank line, continue it. Headings are left out (cues have none).
 */
export function readUnits(text: string): ReadUnit[] {
  const units: ReadUnit[] = [];
  let open = false;
  let speaker: string | undefined;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const { start, contentEnd } = lines[i];
    const line = text.slice(start, contentEnd);
    if (line.trim() === '' || matchHeading(line)) {
      open = false;
      continue;
    }
    const label = matchSpeakerLabel(line);
    const stamp = label ? undefined : STAMP.exec(line);
    const stampText = label?.timestamp ?? stamp?.[1];
    if (label || stamp || !open) {
      if (label || stampText !== undefined) speaker = label?.name;
      const ms = stampText === undefined ? undefined : parseClock(stampText);
      units.push({
        line: i + 1,
        labelled: !!label,
        body: [{ start: start + (label ? label.labelEnd : stamp ? stamp[0].length : 0), end: contentEnd }],
        ...(speaker !== undefined ? { speaker } : {}),
        ...(ms !== undefined ? { stamp: ms } : {}),
      });
      open = true;
    } else (units[units.length - 1].body as TextRange[]).push({ start, end: contentEnd });
  }
  return units;
}
