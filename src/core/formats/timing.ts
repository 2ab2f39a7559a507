// Timestamps of the formats, as whole milliseconds.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `hh:mm:ss,mmm` (SRT) or `hh:mm:ss.mmm` (WebVTT) of a time in milliseconds. */
export function formatClock(ms: number, separator: ',' | '.'): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

/** A transcript turn's timestamp: `hh:mm:ss`, or `hh:mm:ss.mmm` with milliseconds. */
export function formatStamp(ms: number, withMilliseconds: boolean): string {
  return withMilliseconds ? formatClock(ms, '.') : formatClock(ms, '.').slice(0, 8);
}

/**
 * The milliseconds of a clock time `[h]h:mm:ss[.,]mmm`, `mm:ss.mmm` or, in transcripts, `[h]h:mm:ss` and `mm:ss`;
 * undefined when a field is out of range. Two fields are minutes and seconds, as transcripts write them.
 */
export function parseClock(text: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text);
  if (!m) return undefined;
  const [hours, minutes, seconds] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (minutes > 59 || seconds > 59) return undefined;
  const fraction = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}
