// `interlinear`: the command line over the same core as the editor.
import { NodeFileSystem } from '../core';
import { UsageError } from './args';
import { checkCommand } from './check';
import { isCheckWorker, serveChecks } from './checkWorker';
import { outlineCommand, speakersCommand } from './outline';
import { afterStdout, writeStdout } from './stdout';

declare const VERSION: string;

const USAGE = `Usage:
  interlinear check <file|dir>... [--glossary FILE] [--format text|json|sarif] [--jobs N] [--severity ID=LEVEL,...]
                                                      many files are checked on every core (--jobs 1: one
                                                      thread); --severity as interlinear.severity.<id>
  interlinear check TARGET --source SOURCE [...]     adds the bilingual checks of a translation
  interlinear check <file|dir>... --pairs [...]       the same for every original and translation
                                                      among the inputs (talk.en.txt, talk.zh.txt)
  interlinear outline <file> [--format text|json]     sections and speaker turns
  interlinear speakers <file> [--glossary FILE] [--format text|json]
                                                      the people who speak, their spellings and turns
  interlinear align <source> <target> [--segmented] [--format json|tsv|tmx]
                                                      sentence pairs of a text and its translation
  interlinear export <file> [--out FILE|-] [--force] [--glossary FILE] [--format markdown|bilingual] [--source FILE]
                    [--report] [--diff] [--dry-run] [--profile FILE] [--fix IDS] [--no-fix IDS]
                    [--labels bold|bold-name|plain] [--front-matter FIELDS|none] [--annotations footnotes|omit]
                    [--anchors html|attribute|none] [--layout interleaved|table]
                                                      a curated Markdown edition; without --out it goes beside
                                                      the input: talk.txt → talk.md, talk.transcript.md → talk.edition.md,
                                                      bilingual: talk.bilingual.md (--source names the original)
  interlinear convert <file> --to transcript|srt|vtt [--out FILE|-] [--force]
                                                      SRT, WebVTT or Whisper/WhisperX JSON to a transcript
                                                      (cues kept in FILE.cues.json) and back; without --out
                                                      beside the input: talk.srt → talk.transcript.txt
  interlinear annotations <file> [--format json|markdown]
                                                      review notes (FILE.annotations.json) where they are now
  interlinear --help | --version
  --debug (with any command): an internal error prints its stack

Exit codes: 0 success (check: nothing at error severity), 1 check found errors,
2 bad usage, unreadable or refused input, or output that cannot be written (message on stderr),
3 internal error (one line on stderr; add --debug for the stack).`;

/** A failure to write the output (closed pipe, full disk): ends the run with exit code 2. */
function outputFailed(error: NodeJS.ErrnoException): void {
  // A reader that stopped reading (`| head`) wants no message; anything else is said.
  if (error.code !== 'EPIPE') process.stderr.write(`interlinear: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(2);
}

/** Anything but a usage error is a bug: exit code 3 and one line on stderr (the stack with --debug). */
function internalError(error: unknown): void {
  const stack = error instanceof Error ? error.stack : undefined;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  process.stderr.write(
    debug && stack
      ? `interlinear: internal error: ${stack}\n`
      : `interlinear: internal error: ${message} (run with --debug for the stack)\n`,
  );
  process.exit(3);
}

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');

// Writes to stdout; a failed write ends the run.
function out(s: string | Uint8Array): void {
  writeStdout(s, outputFailed);
}

// Runs one command; returns its exit code.
async function run(argv: string[]): Promise<number> {
  const warn = (s: string) => process.stderr.write(`interlinear: warning: ${s}\n`);
  // Relative paths (inputs, --glossary, .interlinear/) are relative to the current directory.
  const project = new NodeFileSystem(process.cwd());
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError(`no command given\n\n${USAGE}`);
    case '--help':
    case '-h':
    case 'help':
      out(USAGE + '\n');
      return 0;
    case '--version':
      out(`${VERSION}\n`);
      return 0;
    case 'check':
      return checkCommand(project, rest, out, warn, process.stderr.isTTY ? (s) => process.stderr.write(s) : undefined);
    case 'outline':
      return outlineCommand(project, rest, out);
    case 'speakers':
      return speakersCommand(project, rest, out, warn);
    // Commands other than check load on use, each from a bundle of its own (esbuild.js): checking never pays for them.
    case 'export':
      return (await import('./export')).exportCommand(project, rest, { out, err: (s) => process.stderr.write(s), warn, version: VERSION });
    case 'convert':
      return (await import('./convert')).convertCommand(project, rest, out, warn);
    case 'annotations':
      return (await import('./annotations')).annotationsCommand(project, rest, out, warn);
    case 'align':
      return (await import('./align')).alignCommand(project, rest, out);
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

// Runs the command line, and exits when it is done.
function main(): void {
  process.on('uncaughtException', internalError);
  process.on('unhandledRejection', internalError);
  run(argv.filter((a) => a !== '--debug'))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        if (!(error instanceof UsageError)) return internalError(error);
        process.stderr.write(`interlinear: ${error.message}\n`);
        process.exitCode = 2;
      },
    )
    // Nothing else is pending once the output is written: exit then rather than wait for the runtime to wind down.
    .then(() => afterStdout(() => process.exit()));
}

// A check worker of a run over many files (checkPool.ts) starts this same bundle.
if (isCheckWorker()) serveChecks();
else main();
