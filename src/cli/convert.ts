import * as path from 'path';
import {
  CONVERT_TARGETS,
  cuesFromTranscript,
  cuesPath,
  cuesToTranscript,
  detectCueFormat,
  parseCueFile,
  writeCueFile,
  type ConvertTarget,
  type FormatProblem,
} from '../core/formats';
import { readTextFile, type ProjectFileSystem } from '../core';
import { parseArgs, UsageError } from './args';

// Problems listed before the rest are counted.
const SHOWN_PROBLEMS = 20;

/**
 * `interlinear convert <file> --to transcript|srt|vtt [--out FILE|-] [--force]`: SRT, WebVTT and Whisper/WhisperX
 * JSON to a transcript (with its cues file `X.cues.json` beside it) and back. Never overwrites its input; refuses an
 * existing output (and cues file) unless --force; writes atomically; refuses input it cannot read whole.
 */
export async function convertCommand(
  project: ProjectFileSystem,
  argv: readonly string[],
  out: (s: string) => void,
  warn: (message: string) => void = () => {},
): Promise<number> {
  const args = parseArgs(argv, ['to', 'out'], ['force']);
  if (args.positional.length !== 1) throw new UsageError('convert takes exactly one file');
  const to = args.options.get('to');
  if (to === undefined) throw new UsageError(`convert needs --to ${CONVERT_TARGETS.join('|')}`);
  if (typeof to !== 'string' || !(CONVERT_TARGETS as readonly string[]).includes(to))
    throw new UsageError(`--to must be one of ${CONVERT_TARGETS.join(', ')}`);
  const target = to as ConvertTarget;
  const input = args.positional[0];
  const force = args.options.has('force');
  const outOption = args.options.get('out') as string | undefined;

  const read = await readTextFile(project, input);
  if (!read.ok) throw new UsageError(`${input}: ${read.reason}`);
  const format = detectCueFormat(input, read.text);
  const refuse = (problems: readonly FormatProblem[], what: string) => {
    const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => `${input}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    if (problems.length > SHOWN_PROBLEMS) lines.push(`… and ${problems.length - SHOWN_PROBLEMS} more`);
    return new UsageError(`${input}: ${what}; nothing written\n${lines.join('\n')}`);
  };

  let text: string;
  let sidecar: string | undefined;
  if (format === 'transcript') {
    if (target === 'transcript') throw new UsageError(`${input}: is a transcript already (convert it --to srt or --to vtt)`);
    const sidecarPath = cuesPath(input);
    let sidecarText: string | undefined;
    if ((await project.stat(sidecarPath)) !== undefined) {
      const side = await readTextFile(project, sidecarPath);
      if (!side.ok) throw new UsageError(`${sidecarPath}: ${side.reason}`);
      sidecarText = side.text;
    }
    const back = cuesFromTranscript(read.text, sidecarText);
    if (!back.ok)
      throw refuse(back.problems, sidecarText === undefined ? 'cannot be converted' : `cannot be converted with ${sidecarPath}`);
    const written = writeCueFile(back.file, target);
    written.warnings.forEach(warn);
    text = written.text;
  } else {
    const parsed = parseCueFile(read.text, format);
    if (parsed.problems.length) throw refuse(parsed.problems, `${parsed.problems.length} problem(s) in the ${label(format)} file`);
    if (target === 'transcript') ({ text, sidecar } = cuesToTranscript(parsed.file));
    else {
      const written = writeCueFile(parsed.file, target);
      written.warnings.forEach(warn);
      text = written.text;
    }
  }

  if (outOption === '-') {
    if (sidecar !== undefined)
      warn(`no cues file is written with --out -: converting the transcript back will time it by its turns' timestamps`);
    out(text);
    return 0;
  }
  const output = outOption ?? defaultOutput(input, format, target);
  const outputs = sidecar === undefined ? [output] : [cuesPath(output), output];
  for (const file of outputs) {
    if (path.resolve(file) === path.resolve(input))
      throw new UsageError(`${file}: is the input; convert never overwrites its input (name another with --out)`);
    const kind = await project.stat(file);
    if (kind === 'directory' || kind === 'other') throw new UsageError(`${file}: is not a regular file; nothing written`);
    if (kind !== undefined && !force) throw new UsageError(`${file}: exists (add --force to replace it); nothing written`);
  }
  // The cues file first: a transcript is never left without the cues it was made from.
  const contents = sidecar === undefined ? [text] : [sidecar, text];
  for (let i = 0; i < outputs.length; i++) {
    try {
      await project.writeFileAtomic(outputs[i], contents[i]);
    } catch (error) {
      throw new UsageError(`${outputs[i]}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  return 0;
}

// The format's name in messages.
const label = (format: string) => (format === 'srt' ? 'SRT' : format === 'vtt' ? 'WebVTT' : 'Whisper JSON');

/** The output `convert` writes when not told: beside the input, `talk.srt` → `talk.transcript.txt` → `talk.srt`/`talk.vtt`. */
export function defaultOutput(input: string, format: string, target: ConvertTarget): string {
  if (target === 'transcript') return input.replace(/\.(?:srt|vtt|json)$/i, '') + '.transcript.txt';
  const base =
    format === 'transcript'
      ? input.replace(/(?:\.transcript)?(?:\.txt|\.md|\.markdown)?$/i, '')
      : input.replace(/\.(?:srt|vtt|json)$/i, '');
  return `${base}.${target}`;
}
