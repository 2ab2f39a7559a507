import type { CueFile, CueFormat, CueParse, FormatProblem } from './cues';
import { layoutCues, type TranscriptOptions } from './layout';
import { transcriptToCues } from './fromTranscript';
import { parseCueSidecar, writeCueSidecar, type CueSidecar } from './sidecar';
import { parseSrt, writeSrt } from './srt';
import { parseVtt, writeVtt } from './vtt';
import { parseWhisperJson } from './whisper';

/** What `convert` can write. */
export type ConvertTarget = 'transcript' | 'srt' | 'vtt';
export const CONVERT_TARGETS: readonly ConvertTarget[] = ['transcript', 'srt', 'vtt'];

const SRT_SHAPE = /^\uFEFF?\s*\d+[ \t]*\r?\n[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{3}[ \t]+-->/;

/**
 * What a file is, by its name and then its first lines: `.srt`, `.vtt` and `.json` (Whisper/WhisperX) by their
 * endings; a `WEBVTT` first line or an SRT cue at the top whatever the name; anything else is a transcript.
 */
export function detectCueFormat(name: string, text: string): CueFormat | 'transcript' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.vtt')) return 'vtt';
  if (lower.endsWith('.json')) return 'whisper';
  if (/^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'vtt';
  if (SRT_SHAPE.test(text)) return 'srt';
  return 'transcript';
}

/** Parses a subtitle or speech-recognition file of a known format. */
export function parseCueFile(text: string, format: CueFormat): CueParse {
  return format === 'srt' ? parseSrt(text) : format === 'vtt' ? parseVtt(text) : parseWhisperJson(text);
}

/** A transcript made from cues and the sidecar that lets it go back to the same cues. */
export interface CueTranscript {
  readonly text: string;
  /** The `X.cues.json` to keep beside the transcript `X` (see `cuesPath`). */
  readonly sidecar: string;
}

/** Converts parsed cues into a transcript (turns by speaker, `[hh:mm:ss]` timestamps unless told otherwise) and its sidecar. */
export function cuesToTranscript(file: CueFile, options: TranscriptOptions = {}): CueTranscript {
  const timestamps = options.timestamps ?? 'seconds';
  return { text: layoutCues(file.cues, { timestamps }).text, sidecar: writeCueSidecar(file, timestamps) };
}

/**
 * Writes cues as SRT or WebVTT. `warnings` says what the target cannot hold (WebVTT's NOTE and STYLE blocks and cue
 * identifiers in SRT): nothing is left out without a word.
 */
export function writeCueFile(file: CueFile, target: 'srt' | 'vtt'): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (target === 'vtt') {
    const header = file.format === 'vtt' && file.header ? file.header : 'WEBVTT';
    return { text: writeVtt(file.cues, header, file.blocks ?? []), warnings };
  }
  if (file.blocks?.length)
    warnings.push(`${file.blocks.length} NOTE, STYLE or REGION block(s) of the WebVTT file are not written: SRT has none`);
  const ids = file.cues.filter((c) => c.id !== undefined).length;
  if (ids) warnings.push(`${ids} cue identifier(s) are not written: SRT numbers its cues`);
  return { text: writeSrt(file.cues), warnings };
}

/** Cues from a transcript, with its sidecar's text when it has one (see `transcriptToCues`). */
export function cuesFromTranscript(
  text: string,
  sidecarText?: string,
): { ok: true; file: CueFile } | { ok: false; problems: FormatProblem[] } {
  let sidecar: CueSidecar | undefined;
  if (sidecarText !== undefined) {
    const read = parseCueSidecar(sidecarText);
    if (!read.ok) return { ok: false, problems: [{ line: 0, message: `its cues file ${read.reason}` }] };
    sidecar = read.sidecar;
  }
  const back = transcriptToCues(text, sidecar);
  if (!back.ok) return { ok: false, problems: back.problems };
  const format = sidecar?.format ?? 'vtt';
  return {
    ok: true,
    file: { format, cues: back.cues, ...(sidecar?.header !== undefined ? { header: sidecar.header } : {}), blocks: back.blocks },
  };
}
