import { buildOutline, parseTranscript, type OutlineNode, type ProjectFileSystem } from '../core';
import { formatOption, parseArgs, UsageError } from './args';
import { readText } from './inputs';

// Renders the outline as an indented tree.
function tree(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.kind === 'section' ? '#' : '-'} ${n.name}  (line ${n.startLine + 1})`,
    ...tree(n.children, depth + 1),
  ]);
}

/** `interlinear outline <file> [--format text|json]`: sections and speaker turns. */
export async function outlineCommand(project: ProjectFileSystem, argv: readonly string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['format']);
  const format = formatOption(args, ['text', 'json']);
  if (args.positional.length !== 1) throw new UsageError('outline takes exactly one file');
  const outline = buildOutline(parseTranscript(await readText(project, args.positional[0])));
  out(format === 'json' ? JSON.stringify(outline, null, 2) + '\n' : tree(outline).join('\n') + '\n');
  return 0;
}

/** `interlinear speakers <file> [--format text|json]`: speakers with their spellings and turn counts. */
export async function speakersCommand(project: ProjectFileSystem, argv: readonly string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['format']);
  const format = formatOption(args, ['text', 'json']);
  if (args.positional.length !== 1) throw new UsageError('speakers takes exactly one file');
  const t = parseTranscript(await readText(project, args.positional[0]));
  const speakers = t.speakers.map((s) => ({ name: s.name, turns: s.turns.length, spellings: Object.fromEntries(s.spellings) }));
  out(
    format === 'json'
      ? JSON.stringify(speakers, null, 2) + '\n'
      : speakers.map((s) => `${s.name}\t${s.turns} turns\t${Object.keys(s.spellings).join(' | ')}`).join('\n') + '\n',
  );
  return 0;
}
