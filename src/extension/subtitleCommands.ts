import * as path from 'path';
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { readTextFile } from '../core/base';
import {
  cuesFromTranscript,
  cuesPath,
  cuesToTranscript,
  detectCueFormat,
  parseCueFile,
  writeCueFile,
  type CueFormat,
  type FormatProblem,
} from '../core/formats';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** What the subtitle commands may be told instead of asking (the tests, or a caller that asked already). */
export interface SubtitleCommandOptions {
  /** Replace existing output files without asking. */
  readonly overwrite?: boolean;
  /** "Export as SRT/WebVTT": the format to write, instead of a quick pick. */
  readonly format?: 'srt' | 'vtt';
}

// Problems listed in a refusal before the rest are counted.
const SHOWN_PROBLEMS = 5;

/**
 * "Convert to Transcript" (SRT, WebVTT, Whisper/WhisperX JSON → `X.transcript.txt` and its cues file beside it) and
 * "Export as SRT/WebVTT" (a transcript, through its cues file when it has one, → `X.srt` or `X.vtt`). Both write
 * beside their input, atomically, the cues file before the transcript; they ask before replacing a file, never
 * write over their input, refuse input the parser could not read whole, and return the URI written.
 */
export function registerSubtitleCommands(output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.convertToTranscript, (uri?: vscode.Uri, options: SubtitleCommandOptions = {}) =>
      guarded(output, 'convert to a transcript', () => convertToTranscript(uri, options, output)),
    ),
    vscode.commands.registerCommand(COMMANDS.exportSubtitles, (uri?: vscode.Uri, options: SubtitleCommandOptions = {}) =>
      guarded(output, 'export subtitles', () => exportSubtitles(uri, options, output)),
    ),
  );
}

// Converts the subtitle or speech-recognition file named (or the active one) into a transcript and its cues file.
async function convertToTranscript(
  uri: vscode.Uri | undefined,
  options: SubtitleCommandOptions,
  output: vscode.LogOutputChannel,
): Promise<vscode.Uri | undefined> {
  const doc = await documentFor(uri, 'open an SRT, WebVTT or Whisper JSON file, then run "Convert to Transcript"');
  if (!doc) return undefined;
  const name = path.posix.basename(doc.uri.path);
  const format = detectCueFormat(name, doc.getText());
  if (format === 'transcript')
    return tell(`${name} is no SRT, WebVTT or Whisper JSON file; a transcript exports with "Export as SRT/WebVTT"`);
  const parsed = parseCueFile(doc.getText(), format);
  if (parsed.problems.length)
    return refuse(name, parsed.problems, `${parsed.problems.length} problem(s) in the ${label(format)} file`, output);
  if (!parsed.file.cues.length) return tell(`${name} holds no cue to convert`);
  const made = cuesToTranscript(parsed.file);
  const transcriptName = name.replace(/\.(?:srt|vtt|json)$/i, '') + '.transcript.txt';
  const folder = new WorkspaceFileSystem(vscode.Uri.joinPath(doc.uri, '..'));
  // The cues file first: a transcript is never left without the cues it was made from.
  const written = await writeBeside(
    folder,
    [
      [cuesPath(transcriptName), made.sidecar],
      [transcriptName, made.text],
    ],
    name,
    options,
  );
  if (!written) return undefined;
  output.info(`Subtitles: converted ${doc.uri.toString(true)} to ${transcriptName} (and ${cuesPath(transcriptName)})`);
  const target = folder.uri(transcriptName);
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

// Writes the transcript named (or the active one) as SRT or WebVTT, through its cues file when it has one.
async function exportSubtitles(
  uri: vscode.Uri | undefined,
  options: SubtitleCommandOptions,
  output: vscode.LogOutputChannel,
): Promise<vscode.Uri | undefined> {
  const doc = await documentFor(uri, 'open a transcript, then run "Export as SRT/WebVTT"');
  if (!doc) return undefined;
  if (doc.isUntitled) return tell('save the transcript first: its subtitles are written beside it');
  const name = path.posix.basename(doc.uri.path);
  const folder = new WorkspaceFileSystem(vscode.Uri.joinPath(doc.uri, '..'));
  const cues = await cuesOf(doc, name, folder, output);
  if (!cues) return undefined;
  const target = options.format ?? (await pickFormat(cues.format));
  if (!target) return undefined;
  const base = cues.fromTranscript
    ? name.replace(/(?:\.transcript)?(?:\.txt|\.md|\.markdown)?$/i, '')
    : name.replace(/\.(?:srt|vtt|json)$/i, '');
  const outName = `${base}.${target}`;
  if (outName === name) return tell(`${name} is ${label(target)} already`);
  const written = writeCueFile(cues.file, target);
  if (!(await writeBeside(folder, [[outName, written.text]], name, options))) return undefined;
  if (written.warnings.length) {
    written.warnings.forEach((w) => output.warn(`Subtitles: ${outName}: ${w}`));
    void vscode.window.showWarningMessage(`Interlinear: ${outName} written, but ${written.warnings.join('; ')}.`);
  }
  output.info(`Subtitles: wrote ${outName} from ${doc.uri.toString(true)}`);
  const out = folder.uri(outName);
  await vscode.window.showTextDocument(out, { preview: false });
  return out;
}

// The cues a document stands for: a transcript's (through its cues file when there is one), or a subtitle file's own.
async function cuesOf(
  doc: vscode.TextDocument,
  name: string,
  folder: WorkspaceFileSystem,
  output: vscode.LogOutputChannel,
): Promise<{ file: ReturnType<typeof parseCueFile>['file']; format: CueFormat; fromTranscript: boolean } | undefined> {
  const format = detectCueFormat(name, doc.getText());
  if (format !== 'transcript') {
    const parsed = parseCueFile(doc.getText(), format);
    if (parsed.problems.length)
      return refuse(name, parsed.problems, `${parsed.problems.length} problem(s) in the ${label(format)} file`, output);
    return { file: parsed.file, format, fromTranscript: false };
  }
  const sidecarName = cuesPath(name);
  let sidecar: string | undefined;
  if ((await folder.stat(sidecarName)) !== undefined) {
    const read = await readTextFile(folder, sidecarName);
    if (!read.ok) return tell(`${sidecarName}: ${read.reason}`);
    sidecar = read.text;
  }
  const back = cuesFromTranscript(doc.getText(), sidecar);
  if (!back.ok)
    return refuse(name, back.problems, sidecar === undefined ? 'cannot be converted' : `cannot be converted with ${sidecarName}`, output);
  if (!back.file.cues.length) return tell(`${name} has no timed turns to write as subtitles`);
  return { file: back.file, format: back.file.format, fromTranscript: true };
}

// Asks for SRT or WebVTT, the format the cues came from first.
async function pickFormat(from: CueFormat): Promise<'srt' | 'vtt' | undefined> {
  const items = [
    { label: 'SRT', description: 'SubRip (.srt)', format: 'srt' as const },
    { label: 'WebVTT', description: 'Web Video Text Tracks (.vtt)', format: 'vtt' as const },
  ];
  if (from === 'vtt') items.reverse();
  return (await vscode.window.showQuickPick(items, { title: 'Interlinear: Export as SRT/WebVTT', placeHolder: 'Format to write' }))?.format;
}

/**
 * Writes files beside their input, in order, each atomically, after asking once whether to replace those that exist;
 * false when the user said no. The input itself is never among them.
 */
async function writeBeside(
  folder: WorkspaceFileSystem,
  files: readonly (readonly [string, string])[],
  input: string,
  options: SubtitleCommandOptions,
): Promise<boolean> {
  const existing: string[] = [];
  for (const [name] of files) {
    if (name === input) throw new Error(`${name} is the input; it is never written over`);
    const kind = await folder.stat(name);
    if (kind === 'directory' || kind === 'other') throw new Error(`${name} exists and is not a regular file`);
    if (kind) existing.push(name);
  }
  if (existing.length && !options.overwrite) {
    const answer = await vscode.window.showWarningMessage(
      `${existing.join(' and ')} exist${existing.length === 1 ? 's' : ''} already. Replace ${existing.length === 1 ? 'it' : 'them'}?`,
      { modal: true },
      'Replace',
    );
    if (answer !== 'Replace') return false;
  }
  for (const [name, text] of files) await folder.writeFileAtomic(name, text);
  return true;
}

// The document a command acts on: the one named, else the active editor's.
async function documentFor(uri: vscode.Uri | undefined, hint: string): Promise<vscode.TextDocument | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  return doc ?? tell(hint);
}

// Says why nothing was done.
function tell(message: string): undefined {
  void vscode.window.showInformationMessage(`Interlinear: ${message}.`);
  return undefined;
}

// Refuses input with problems: the first few in the notification, all of them in the log.
function refuse(name: string, problems: readonly FormatProblem[], what: string, output: vscode.LogOutputChannel): undefined {
  const at = (p: FormatProblem) => `${p.line ? `line ${p.line}: ` : ''}${p.message}`;
  problems.forEach((p) => output.warn(`Subtitles: ${name}: ${at(p)}`));
  const shown = problems.slice(0, SHOWN_PROBLEMS).map(at);
  if (problems.length > SHOWN_PROBLEMS) shown.push(`… and ${problems.length - SHOWN_PROBLEMS} more (see the Interlinear output)`);
  // A problem of the whole file reads as a sentence about it ("talk.txt has no timings: …").
  const whole = problems.length === 1 && !problems[0].line;
  void vscode.window.showErrorMessage(
    whole
      ? `Interlinear: ${name} ${problems[0].message}. Nothing was written.`
      : `Interlinear: ${name} ${what}: ${shown.join('; ')}. Nothing was written.`,
  );
  return undefined;
}

// Runs a command, reporting a failure instead of throwing it at the palette.
async function guarded<T>(output: vscode.LogOutputChannel, what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    output.error(`Subtitles: could not ${what}: ${(error as Error).stack ?? error}`);
    void vscode.window.showErrorMessage(`Interlinear: could not ${what}: ${(error as Error).message}`);
    return undefined;
  }
}

// A format's name in messages.
const label = (format: string) => (format === 'srt' ? 'SRT' : format === 'vtt' ? 'WebVTT' : 'Whisper JSON');
