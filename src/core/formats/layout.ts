import { CJK_PUNCTUATION, HAN, KANA, isCodePointIn } from '../text/scripts';
import type { Cue } from './cues';
import { cueVoices, type CueVoice } from './cueSpeakers';
import { formatStamp } from './timing';

/** Whether and how precisely a transcript made from cues stamps each turn with its start time. */
export type TimestampStyle = 'seconds' | 'milliseconds' | 'none';

/** Options of the cue-to-transcript conversion. */
export interface TranscriptOptions {
  /** `[hh:mm:ss]` before each turn (the default), `[hh:mm:ss.mmm]`, or nothing. */
  readonly timestamps?: TimestampStyle;
}

/** A span of transcript text copied from a cue's text: `length` code units at `at` in the transcript, at `from` in `Cue.text`. */
export interface CuePiece {
  readonly cue: number;
  readonly at: number;
  readonly from: number;
  readonly length: number;
}

/** Where one cue's spoken text stands in the transcript (`start === end` for a cue with no text). */
export interface CueSpan {
  readonly start: number;
  readonly end: number;
  readonly unit: number;
}

/** One turn (or, without speakers, one paragraph): a line of the transcript. */
export interface TranscriptUnit {
  readonly lineStart: number;
  readonly speaker?: string;
  /** The speaker label's name in the transcript, and the cue whose prefix wrote it (none for a `speaker` field). */
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly firstCue: number;
  readonly endCue: number;
}

/** A transcript made from cues, with where each cue's text went. */
export interface CueLayout {
  readonly text: string;
  readonly spans: readonly CueSpan[];
  readonly pieces: readonly CuePiece[];
  readonly units: readonly TranscriptUnit[];
  readonly voices: readonly CueVoice[];
}

// A new paragraph of cues without a speaker after a pause this long, or once it is this long and a sentence ends.
const PARAGRAPH_PAUSE_MS = 2000;
const PARAGRAPH_CHARS = 600;
const SENTENCE_END = /[.!?。！？…]["'”’)\]」』]*$/u;

/** Whether two pieces of text are joined without a space (ideographs and kana run on; Hangul and Latin take one). */
export function joinsTight(before: string, after: string): boolean {
  const a = before.codePointAt(before.length - 1 - (before.length > 1 && /[\udc00-\udfff]/.test(before[before.length - 1]) ? 1 : 0));
  const b = after.codePointAt(0);
  const tight = HAN | KANA | CJK_PUNCTUATION;
  return a !== undefined && b !== undefined && isCodePointIn(a, tight) && isCodePointIn(b, tight);
}

/**
 * Lays cues out as a transcript: consecutive cues of one speaker make a turn, `[hh:mm:ss] Name: text` on one line
 * (without a speaker, cues make paragraphs, cut at pauses); a cue's lines and the cues of a turn are joined with a
 * space (none between ideographs or kana); speaker prefixes go into the label, anything else in the text — inline tags,
 * entities — stays as written. Turns are separated by a blank line. Deterministic: converting back lays the cues out
 * again and compares.
 */
export function layoutCues(cues: readonly Cue[], options: TranscriptOptions = {}): CueLayout {
  const style = options.timestamps ?? 'seconds';
  const voices = cueVoices(cues);
  const spans: CueSpan[] = [];
  const pieces: CuePiece[] = [];
  const units: TranscriptUnit[] = [];
  let text = '';
  // The last piece written on the current line: what the next piece is joined to.
  let lineText = '';
  let unitStart = -1;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    const voice = voices[i];
    const previous = i > 0 ? cues[i - 1] : undefined;
    const sameTurn =
      unitStart >= 0 &&
      (voice.speaker !== undefined
        ? voice.speaker === voices[i - 1].speaker
        : voices[i - 1].speaker === undefined &&
          cue.start - previous!.end < PARAGRAPH_PAUSE_MS &&
          !(text.length - units[units.length - 1].lineStart >= PARAGRAPH_CHARS && SENTENCE_END.test(lineText.slice(-8))));
    if (!sameTurn) {
      if (unitStart >= 0) closeUnit(i);
      if (units.length) text += '\n\n';
      unitStart = i;
      const lineStart = text.length;
      if (style !== 'none') text += `[${formatStamp(cue.start, style === 'milliseconds')}] `;
      const nameStart = text.length;
      if (voice.speaker !== undefined) text += `${voice.speaker}: `;
      const nameEnd = voice.speaker !== undefined ? nameStart + voice.speaker.length : nameStart;
      units.push({
        lineStart,
        nameStart,
        nameEnd,
        firstCue: i,
        endCue: i,
        ...(voice.speaker !== undefined ? { speaker: voice.speaker } : {}),
      });
      lineText = '';
    }
    let start = -1;
    // The cue's spoken text, line by line, each line trimmed.
    const from = voice.prefix?.textStart ?? 0;
    const to = voice.prefix?.textEnd ?? cue.text.length;
    let at = from;
    while (at <= to) {
      let lineEnd = cue.text.indexOf('\n', at);
      if (lineEnd < 0 || lineEnd > to) lineEnd = to;
      let s = at;
      let e = lineEnd;
      while (s < e && isBlank(cue.text.charCodeAt(s))) s++;
      while (e > s && isBlank(cue.text.charCodeAt(e - 1))) e--;
      if (e > s) {
        const piece = cue.text.slice(s, e);
        if (lineText && !joinsTight(lineText, piece)) text += ' ';
        if (start < 0) start = text.length;
        pieces.push({ cue: i, at: text.length, from: s, length: e - s });
        text += piece;
        lineText = piece;
      }
      at = lineEnd + 1;
    }
    spans.push({ start: start < 0 ? text.length : start, end: text.length, unit: units.length - 1 });
  }
  if (unitStart >= 0) closeUnit(cues.length);
  if (units.length) text += '\n';
  return { text, spans, pieces, units, voices };

  function closeUnit(end: number): void {
    units[units.length - 1] = { ...units[units.length - 1], endCue: end };
  }
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
