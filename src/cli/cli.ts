// `interlinear`: the command line over the same core as the editor.
import { NodeFileSystem } from '../core';
import { UsageError } from './args';
import { checkCommand } from './check';
import { outlineCommand, speakersCommand } from './outline';

declare const VERSION: string;

const USAGE = `Usage:
  interlinear check <file|dir>... [--glossary FILE] [--format text|json|sarif]
  interlinear outline <file> [--format text|json]     sections and speaker turns
  interlinear speakers <file> [--format text|json]    speakers, their spellings and turn counts
  interlinear align <source> <target> [--segmented] [--format json|tsv|tmx]
                                                      sentence pairs of a text and its translation
  interlinear --help | --version

Exit codes: 0 success (check: nothing at error severity), 1 check found errors,
2 bad usage or unreadable input (message on stderr, nothing on stdout).`;

// Runs one command; returns its exit code.
async function run(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
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
      return checkCommand(project, rest, out, warn);
    case 'outline':
      return outlineCommand(project, rest, out);
    case 'speakers':
      return speakersCommand(project, rest, out);
    case 'align':
      // Loaded on use: checking never pays for the aligner.
      return (await import('./align')).alignCommand(project, rest, out);
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

run(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`interlinear: ${error.message}\n`);
      process.exitCode = 2;
    },
  )
  // Nothing else is pending once the output is flushed: exit then rather than wait for the runtime to wind down.
  .then(() => process.stdout.write('', () => process.exit()));
