import * as vscode from 'vscode';
import { parseSrt, parseVtt, type Cue, type CueParse } from '../core/formats';

/** The language ids SRT and WebVTT files open with (VS Code ships neither). */
export const SUBTITLE_LANGUAGES = { srt: 'srt', vtt: 'vtt' } as const;

/** The subtitle formats that open in the editor as documents of their own. */
export type SubtitleFormat = keyof typeof SUBTITLE_LANGUAGES;

/** A document selector for both subtitle languages. */
export const SUBTITLE_SELECTOR: vscode.DocumentSelector = Object.values(SUBTITLE_LANGUAGES).map((language) => ({ language }));

/** The subtitle format of a document by its language, or undefined when it is none. */
export function subtitleFormat(doc: vscode.TextDocument): SubtitleFormat | undefined {
  return doc.languageId === SUBTITLE_LANGUAGES.srt ? 'srt' : doc.languageId === SUBTITLE_LANGUAGES.vtt ? 'vtt' : undefined;
}

// One parse per document version, shared by the checks and the outline (a WeakMap: closed documents go with it).
const parses = new WeakMap<vscode.TextDocument, { version: number; parse: CueParse }>();

/** The parse of a subtitle document at its current version, or undefined when it is not one. */
export function parseSubtitles(doc: vscode.TextDocument): CueParse | undefined {
  const format = subtitleFormat(doc);
  if (!format) return undefined;
  const hit = parses.get(doc);
  if (hit && hit.version === doc.version) return hit.parse;
  const parse = format === 'srt' ? parseSrt(doc.getText()) : parseVtt(doc.getText());
  parses.set(doc, { version: doc.version, parse });
  return parse;
}

/** The file offset of an offset into a cue's text (`Cue.text` joins its lines with `\n`), undefined without `lines`. */
export function cueTextOffset(cue: Cue, offset: number): number | undefined {
  if (!cue.lines?.length) return undefined;
  let line = 0;
  let lineStart = 0;
  for (let k = cue.text.indexOf('\n'); k >= 0 && k < offset; k = cue.text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  const range = cue.lines[Math.min(line, cue.lines.length - 1)];
  return Math.min(range.start + (offset - lineStart), range.end);
}

/** The 0-based line a cue's block starts on: its SRT number or WebVTT identifier when it has one, else its timing. */
export function cueFirstLine(doc: vscode.TextDocument, cue: Cue): number {
  const timing = cue.line - 1;
  if (cue.id !== undefined || (timing > 0 && /^\s*\d+\s*$/.test(doc.lineAt(timing - 1).text))) return timing - 1;
  return timing;
}

/** The 0-based line a cue's block ends on: its last text line, else its timing. */
export function cueLastLine(doc: vscode.TextDocument, cue: Cue): number {
  const last = cue.lines?.[cue.lines.length - 1];
  return last ? doc.positionAt(last.end).line : cue.line - 1;
}
