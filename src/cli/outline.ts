import { buildOutline, parseTranscript, type OutlineNode, type ProjectFileSystem } from '../core';
import { formatOption, parseArgs, UsageError } from './args';
import { readText } from './inputs';

// Output is written in pieces of about this many characters: the outline of a file of a million turns is hundreds of
// megabytes of JSON, which as one string (and the copies made joining it) would cost a gigabyte.
const CHUNK = 1 << 20;

/** Collects output and hands it on in chunks. */
class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: (s: string) => void) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.parts.length) this.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/**
 * Writes `value` exactly as `JSON.stringify(value, null, 2)` would (plain data: objects, arrays, strings, numbers,
 * booleans, null, and objects with `toJSON`, as outline nodes have), a piece at a time.
 */
export function writeJson(value: unknown, w: { write(s: string): void }, indent = ''): void {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) w.write('[]');
    else {
      value.forEach((item: unknown, i) => {
        w.write((i ? ',\n' : '[\n') + inner);
        const v = toJson(item, String(i));
        if (omitted(v)) w.write('null');
        else writeJson(v, w, inner);
      });
      w.write('\n' + indent + ']');
    }
  } else if (value !== null && typeof value === 'object') {
    let first = true;
    for (const key of Object.keys(value)) {
      const v = toJson((value as Record<string, unknown>)[key], key);
      if (omitted(v)) continue;
      w.write((first ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': ');
      first = false;
      writeJson(v, w, inner);
    }
    w.write(first ? '{}' : '\n' + indent + '}');
  } else w.write(JSON.stringify(value));
}

// A value as JSON sees it: through its `toJSON` when it has one.
function toJson(value: unknown, key: string): unknown {
  const toJSON = value !== null && typeof value === 'object' ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

// Values JSON leaves out of objects (and writes as null in arrays).
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

// Writes the outline as an indented tree, a line per node.
function writeTree(nodes: readonly OutlineNode[], w: ChunkedOutput, depth = 0): void {
  for (const n of nodes) {
    w.write(`${'  '.repeat(depth)}${n.kind === 'section' ? '#' : '-'} ${n.name}  (line ${n.startLine + 1})\n`);
    writeTree(n.children, w, depth + 1);
  }
}

/** `interlinear outline <file> [--format text|json]`: sections and speaker turns. */
export async function outlineCommand(project: ProjectFileSystem, argv: readonly string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['format']);
  const format = formatOption(args, ['text', 'json']);
  if (args.positional.length !== 1) throw new UsageError('outline takes exactly one file');
  const outline = buildOutline(parseTranscript(await readText(project, args.positional[0])));
  const w = new ChunkedOutput(out);
  if (format === 'json') writeJson(toJson(outline, ''), w);
  else writeTree(outline, w);
  // The JSON ends with a line break; so does the tree, which is one line break alone when empty.
  w.write(format === 'json' || outline.length === 0 ? '\n' : '');
  w.flush();
  return 0;
}

/** `interlinear speakers <file> [--format text|json]`: speakers with their spellings and turn counts. */
export async function speakersCommand(project: ProjectFileSystem, argv: readonly string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['format']);
  const format = formatOption(args, ['text', 'json']);
  if (args.positional.length !== 1) throw new UsageError('speakers takes exactly one file');
  const t = parseTranscript(await readText(project, args.positional[0]));
  const speakers = t.speakers.map((s) => ({ name: s.name, turns: s.turns.length, spellings: Object.fromEntries(s.spellings) }));
  const w = new ChunkedOutput(out);
  if (format === 'json') {
    writeJson(speakers, w);
    w.write('\n');
  } else {
    speakers.forEach((s, i) => w.write(`${i ? '\n' : ''}${s.name}\t${s.turns} turns\t${Object.keys(s.spellings).join(' | ')}`));
    w.write('\n');
  }
  w.flush();
  return 0;
}
