import { CHECKS, formatSarif, formatText, runChecks, toRecords, type FindingRecord, type ProjectFileSystem } from '../core';
import { formatOption, parseArgs, UsageError } from './args';
import { expandInputs, readBaseline, readGlossary, readText } from './inputs';

declare const VERSION: string;

/** `interlinear check <file|dir>... [--glossary FILE] [--format text|json|sarif]`: exit 1 when an error-level finding exists. */
export async function checkCommand(
  project: ProjectFileSystem,
  argv: readonly string[],
  out: (s: string) => void,
  warn: (s: string) => void,
): Promise<number> {
  const args = parseArgs(argv, ['format', 'glossary']);
  const format = formatOption(args, ['text', 'json', 'sarif']);
  if (args.positional.length === 0) throw new UsageError('check needs at least one file or directory');
  const files = await expandInputs(project, args.positional, warn);
  if (files.length === 0) throw new UsageError(`no transcript files (*.txt, *.md, *.transcript) under ${args.positional.join(', ')}`);
  const glossaryOption = args.options.get('glossary');
  const glossary = await readGlossary(project, typeof glossaryOption === 'string' ? glossaryOption : undefined, warn);
  const baselineFor = await readBaseline(project, warn);
  // Read every input before printing anything, so an unreadable file leaves no partial output.
  const texts: (readonly [string, string])[] = [];
  for (const file of files) texts.push([file, await readText(project, file)]);
  const records: FindingRecord[] = texts.flatMap(([file, text]) =>
    toRecords(file, text, runChecks(text, { glossary, baseline: baselineFor(file) })),
  );
  if (format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  else if (format === 'sarif') out(formatSarif(records, CHECKS, VERSION));
  else out(formatText(records));
  return records.some((r) => r.severity === 'error') ? 1 : 0;
}
