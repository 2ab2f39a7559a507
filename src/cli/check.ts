import * as path from 'path';
import {
  CHECKS,
  formatSarif,
  formatText,
  runChecks,
  toRecords,
  type Baseline,
  type CheckInfo,
  type FindingRecord,
  type Glossary,
  type ProjectFileSystem,
} from '../core';
import { fileGroup } from '../core/align/pairing';
import { provideLexiconOnce } from './lexiconFile';
import { formatOption, parseArgs, UsageError } from './args';
import { expandInputs, readBaseline, readGlossary, readText } from './inputs';

declare const VERSION: string;

/**
 * `interlinear check <file|dir>... [--glossary FILE] [--format text|json|sarif]`, with `--source SOURCE` (one
 * translation and its original) or `--pairs` (every original and translation among the inputs, paired by their
 * names as the parallel view pairs them) adding the bilingual checks: exit 1 when an error-level finding exists.
 */
export async function checkCommand(
  project: ProjectFileSystem,
  argv: readonly string[],
  out: (s: string) => void,
  warn: (s: string) => void,
): Promise<number> {
  const args = parseArgs(argv, ['format', 'glossary', 'source'], ['pairs']);
  const format = formatOption(args, ['text', 'json', 'sarif']);
  if (args.positional.length === 0) throw new UsageError('check needs at least one file or directory');
  const sourceOption = args.options.get('source');
  const source = typeof sourceOption === 'string' ? sourceOption : undefined;
  if (source !== undefined && args.options.has('pairs')) throw new UsageError('--source and --pairs do not go together');
  if (source !== undefined && args.positional.length !== 1) throw new UsageError('--source goes with exactly one file: its translation');
  const files = await expandInputs(project, args.positional, warn);
  if (files.length === 0) throw new UsageError(`no transcript files (*.txt, *.md, *.transcript) under ${args.positional.join(', ')}`);
  const glossaryOption = args.options.get('glossary');
  const glossary = await readGlossary(project, typeof glossaryOption === 'string' ? glossaryOption : undefined, warn);
  const baselineFor = await readBaseline(project, warn);
  // Read every input before printing anything, so an unreadable file leaves no partial output.
  const texts = new Map<string, string>();
  for (const file of files) texts.set(file, await readText(project, file));
  const pairs = source !== undefined ? [[source, files[0]] as const] : args.options.has('pairs') ? pairsAmong(files) : [];
  for (const [original] of pairs) if (!texts.has(original)) texts.set(original, await readText(project, original));
  provideLexiconOnce();
  const records: FindingRecord[] = files.flatMap((file) =>
    toRecords(file, texts.get(file)!, runChecks(texts.get(file)!, { glossary, baseline: baselineFor(file) })),
  );
  const checks: CheckInfo[] = [...CHECKS];
  if (pairs.length) {
    const bilingual = await import('./align');
    records.push(...pairRecords(bilingual.checkPair, pairs, texts, glossary, baselineFor));
    checks.push(...bilingual.PAIR_CHECKS);
  }
  if (format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  else if (format === 'sarif') out(formatSarif(records, checks, VERSION));
  else out(formatText(records));
  return records.some((r) => r.severity === 'error') ? 1 : 0;
}

// Originals and their translations among the files, by name within each folder.
function pairsAmong(files: readonly string[]): (readonly [string, string])[] {
  const byFolder = new Map<string, string[]>();
  for (const f of files) byFolder.set(path.dirname(f), [...(byFolder.get(path.dirname(f)) ?? []), path.basename(f)]);
  const out: (readonly [string, string])[] = [];
  for (const [folder, names] of byFolder) {
    const done = new Set<string>();
    for (const name of names) {
      const group = fileGroup(name, names);
      if (!group || done.has(group.original)) continue;
      done.add(group.original);
      for (const t of group.translations) out.push([path.join(folder, group.original), path.join(folder, t)]);
    }
  }
  return out;
}

// The bilingual checks, from the aligner's own bundle (loaded on use: a check without them never pays for it).
function pairRecords(
  checkPair: typeof import('./align').checkPair,
  pairs: readonly (readonly [string, string])[],
  texts: ReadonlyMap<string, string>,
  glossary: Glossary,
  baselineFor: (file: string) => Baseline | undefined,
): FindingRecord[] {
  const out: FindingRecord[] = [];
  for (const [source, target] of pairs) {
    const found = checkPair(texts.get(source)!, texts.get(target)!, {
      glossary,
      baselines: { source: baselineFor(source), target: baselineFor(target) },
    });
    out.push(...toRecords(source, texts.get(source)!, found.source), ...toRecords(target, texts.get(target)!, found.target));
  }
  return out;
}
