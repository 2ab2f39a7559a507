import {
  buildOutline,
  documentSpeakers,
  loadSpeakerDecisions,
  parseTranscript,
  people,
  type OutlineNode,
  type Person,
  type ProjectFileSystem,
} from '../core';
import { formatOption, parseArgs, UsageError } from './args';
import { readGlossary, readText } from './inputs';

// Output is written in pieces of about this many characters: the outline of a file of a million turns is hundreds of
// megabytes of JSON, which as one string (and the copies made joining it) would cost a gigabyte.
const CHUNK = 1 << 20;

/** Collects output and hands it on in chunks. */
class ChunkedOutput {
  // Appended to one string (a rope in V8, flattened once per chunk), not kept as pieces to join.
  private buffer = '';
  constructor(private readonly out: (s: string) => void) {}
  write(s: string): void {
    this.buffer += s;
    if (this.buffer.length >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.buffer) this.out(this.buffer);
    this.buffer = '';
  }
}

/**
 * Writes an outline exactly as `JSON.stringify(nodes, null, 2)` would, a node at a time: each node's fields in one
 * template (the fields and their order are `OutlineNode`'s, every one always set), its children after them.
 */
export function writeOutlineJson(nodes: readonly OutlineNode[], w: { write(s: string): void }, indent = ''): void {
  if (nodes.length === 0) {
    w.write('[]');
    return;
  }
  const pad = indent + '  ';
  const key = pad + '  ';
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    w.write(
      `${i ? ',\n' : '[\n'}${pad}{\n${key}"kind": ${JSON.stringify(n.kind)},\n${key}"name": ${JSON.stringify(n.name)},\n` +
        `${key}"detail": ${JSON.stringify(n.detail)},\n${key}"range": ${rangeJson(n.range, key)},\n` +
        `${key}"selectionRange": ${rangeJson(n.selectionRange, key)},\n${key}"startLine": ${n.startLine},\n` +
        `${key}"endLine": ${n.endLine},\n${key}"children": `,
    );
    writeOutlineJson(n.children, w, key);
    w.write(`\n${pad}}`);
  }
  w.write(`\n${indent}]`);
}

const rangeJson = (r: { start: number; end: number }, indent: string) =>
  `{\n${indent}  "start": ${r.start},\n${indent}  "end": ${r.end}\n${indent}}`;

/**
 * Writes `value` exactly as `JSON.stringify(value, null, 2)` would, a piece at a time: lists, and objects holding a
 * list, are written item by item and key by key; any other value, an outline's turn or range say, by the native
 * serializer, its lines indented to where it stands (a string's line breaks are escaped, so only the layout's are
 * indented). A `toJSON` is honoured.
 */
export function writeJson(value: unknown, w: { write(s: string): void }): void {
  writeValue(toJson(value, ''), w, '');
}

// Writes a value already passed through its `toJSON`.
function writeValue(v: unknown, w: { write(s: string): void }, indent: string): void {
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) w.write('[]');
    else {
      for (let i = 0; i < v.length; i++) {
        w.write((i ? ',\n' : '[\n') + inner);
        const item = toJson(v[i], String(i));
        if (omitted(item)) w.write('null');
        else writeValue(item, w, inner);
      }
      w.write('\n' + indent + ']');
    }
  } else if (v !== null && typeof v === 'object' && holdsList(v)) {
    let first = true;
    for (const k of Object.keys(v)) {
      const item = toJson((v as Record<string, unknown>)[k], k);
      if (omitted(item)) continue;
      w.write((first ? '{\n' : ',\n') + inner + JSON.stringify(k) + ': ');
      first = false;
      writeValue(item, w, inner);
    }
    w.write(first ? '{}' : '\n' + indent + '}');
  } else {
    const json = JSON.stringify(v, null, 2);
    w.write(indent && json.includes('\n') ? json.replace(/\n/g, '\n' + indent) : json);
  }
}

// Whether an object has a list that is not empty among its values (it is then written key by key).
function holdsList(o: object): boolean {
  for (const k in o)
    if (Object.hasOwn(o, k) && Array.isArray((o as Record<string, unknown>)[k]) && (o as Record<string, unknown[]>)[k].length > 0)
      return true;
  return false;
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
  if (format === 'json') writeOutlineJson(outline, w);
  else writeTree(outline, w);
  // The JSON ends with a line break; so does the tree, which is one line break alone when empty.
  w.write(format === 'json' || outline.length === 0 ? '\n' : '');
  w.flush();
  return 0;
}

/**
 * `interlinear speakers <file> [--glossary FILE] [--format text|json]`: one entry per person, `{name, turns, spellings}`,
 * people as the editor groups them (the speaker-variant check's clusters and `.interlinear/speakers.json`); a document
 * without turns lists the person its title or header names.
 */
export async function speakersCommand(
  project: ProjectFileSystem,
  argv: readonly string[],
  out: (s: string) => void,
  warn: (s: string) => void = () => {},
): Promise<number> {
  const args = parseArgs(argv, ['format', 'glossary']);
  const format = formatOption(args, ['text', 'json']);
  if (args.positional.length !== 1) throw new UsageError('speakers takes exactly one file');
  const t = parseTranscript(await readText(project, args.positional[0]));
  const glossaryOption = args.options.get('glossary');
  const glossary = await readGlossary(project, typeof glossaryOption === 'string' ? glossaryOption : undefined, warn);
  const decisions = await loadSpeakerDecisions(project);
  if (decisions.status === 'unreadable') throw new UsageError(decisions.message);
  if (decisions.status === 'loaded') decisions.problems.forEach(warn);
  const speakers = documentSpeakers(people(t, decisions.value, glossary)).map(entry);
  const w = new ChunkedOutput(out);
  if (format === 'json') {
    writeJson(speakers, w);
    w.write('\n');
  } else {
    speakers.forEach((s, i) =>
      w.write(
        `${i ? '\n' : ''}${s.name}\t${s.turns} turns\t${Object.entries(s.spellings)
          .map(([name, n]) => `${name} (${n})`)
          .join(' | ')}`,
      ),
    );
    w.write('\n');
  }
  w.flush();
  return 0;
}

// A person as the JSON contract has it: each spelling with the turns it labels, or, for a spelling no label uses,
// the bylines and header fields that name the person with it.
function entry(p: Person): { name: string; turns: number; spellings: Record<string, number> } {
  return {
    name: p.name,
    turns: p.turns.length,
    spellings: Object.fromEntries(p.spellings.map((s) => [s.name, s.labels > 0 ? s.labels : s.mentions])),
  };
}
