// `interlinear`: the command line over the same core as the editor.
import * as fs from 'fs';
import { buildOutline, decodeText, parseTranscript, type OutlineNode, type Transcript } from '../core';

const USAGE = `Usage:
  interlinear outline <file> [--format text|json]   sections and speaker turns
  interlinear speakers <file> [--format text|json]  speakers with their spellings and turn counts
  interlinear --help | --version

Exit codes: 0 success, 2 bad usage or unreadable input (message on stderr).`;

/** A failure that ends the run with exit code 2 and a message on stderr. */
class UsageError extends Error {}

interface Options {
  readonly command: string;
  readonly files: string[];
  readonly format: string;
}

// Splits argv into a command, files and `--format`.
function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  const files: string[] = [];
  let format = 'text';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') format = rest[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not "${format}"`);
  return { command, files, format };
}

// Reads and decodes one input file, or explains why it cannot.
function readTranscript(file: string): Transcript {
  let bytes: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw new UsageError(`${file}: not a file`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.reason}`);
  return parseTranscript(decoded.text);
}

// Prints the outline as an indented tree.
function printOutline(nodes: OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind === 'section' ? '#' : '-'} ${n.name}  (line ${n.startLine + 1})`, ...printOutline(n.children, depth + 1)]);
}

function run(argv: string[]): number {
  if (argv.length === 0) throw new UsageError(`no command given\n\n${USAGE}`);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const options = parseArgs(argv);
  if (options.files.length !== 1) throw new UsageError(`${options.command} takes exactly one file`);
  const t = readTranscript(options.files[0]);
  switch (options.command) {
    case 'outline': {
      const outline = buildOutline(t);
      process.stdout.write(options.format === 'json' ? JSON.stringify(outline, null, 2) + '\n' : printOutline(outline).join('\n') + '\n');
      return 0;
    }
    case 'speakers': {
      const speakers = t.speakers.map((s) => ({ name: s.name, turns: s.turns.length, spellings: Object.fromEntries(s.spellings) }));
      process.stdout.write(
        options.format === 'json'
          ? JSON.stringify(speakers, null, 2) + '\n'
          : speakers.map((s) => `${s.name}\t${s.turns} turns\t${Object.keys(s.spellings).join(' | ')}`).join('\n') + '\n',
      );
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${options.command}"\n\n${USAGE}`);
  }
}

declare const VERSION: string;

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`interlinear: ${error.message}\n`);
  process.exitCode = 2;
}
