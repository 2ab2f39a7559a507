import type { TextRange } from '../text/offsets';

/** The subtitle and speech-recognition formats read and written here. */
export type CueFormat = 'srt' | 'vtt' | 'whisper';

/** One subtitle cue (or one speech-recognition segment). Times are whole milliseconds. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  /**
   * The payload as written, lines joined by `\n`: a speaker prefix (`<v Name>`, `[SPEAKER_00]:`, `NAME:`), inline
   * tags and entities are kept as they are, so a cue nobody edited is written back unchanged.
   */
  readonly text: string;
  /** A speaker that is not written in `text` (a Whisper segment's `speaker`); the writers put it in as a prefix. */
  readonly speaker?: string;
  /** The WebVTT cue identifier (SRT numbers are not kept: cues are numbered again when written). */
  readonly id?: string;
  /** What follows the timing on its line (WebVTT cue settings, SRT coordinates). */
  readonly settings?: string;
  /** 1-based line of the cue's timing in its file (0 when it has none, as in JSON), for messages. */
  readonly line: number;
  /** Where each payload line stands in the file (its content, line break excluded); absent for JSON. */
  readonly lines?: readonly TextRange[];
}

/** A WebVTT block that is not a cue (NOTE, STYLE, REGION), kept to be written back before the same cue. */
export interface CueFileBlock {
  /** The index of the cue it stood before (the number of cues when it stood last). */
  readonly before: number;
  readonly text: string;
}

/** A parsed subtitle or speech-recognition file. */
export interface CueFile {
  readonly format: CueFormat;
  readonly cues: readonly Cue[];
  /** WebVTT: the header block (`WEBVTT` line and what follows it up to the first blank line). */
  readonly header?: string;
  readonly blocks?: readonly CueFileBlock[];
}

/** Something a parser refused: nothing is dropped without one. */
export interface FormatProblem {
  /** 1-based line (0 when the format has no lines to point at, as a JSON segment's fields). */
  readonly line: number;
  readonly message: string;
}

/** What a parser read, and what it refused; a caller that writes files refuses the input when `problems` is not empty. */
export interface CueParse {
  readonly file: CueFile;
  readonly problems: readonly FormatProblem[];
}
