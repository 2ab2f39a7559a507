import * as os from 'os';
import * as path from 'path';
import {
  CHECKS,
  restatingCheck,
  runChecks,
  toRecords,
  type Baseline,
  type CheckInfo,
  type FindingRecord,
  type Glossary,
  type Level,
  type ProjectFileSystem,
} from '../core';
import { fileGroup } from '../core/align/pairing';
import { provideLexiconOnce } from './lexiconFile';
import { formatOption, parseArgs, UsageError, type Args } from './args';
import { checkInWorkers, type PoolFile } from './checkPool';
import { OrderedReport } from './checkReport';
import { expandInputs, readBaseline, readGlossary, readText } from './inputs';
import { Progress } from './progress';

declare const VERSION: string;

// Without --jobs, inputs smaller than this are checked in this thread. Each worker warms the checks up on its own
// (measured: ~0.9 s of CPU before it runs at full speed, against ~0.2 s per MB after), so on 2 cores two workers
// spend twice the CPU of one thread on a 5 MB folder and win back a quarter of the wall time only on idle cores.
const WORKERS_FROM_CHARS = 16 * 1024 * 1024;
// Texts kept from the first read (which makes sure every input is readable before anything is printed) for the
// workers; past this many characters a worker reads its file again, so a huge corpus never sits in memory whole.
const KEPT_CHARS = 32 * 1024 * 1024;

/**
 * `interlinear check <file|dir>... [--glossary FILE] [--format text|json|sarif] [--jobs N] [--severity ID=LEVEL,…]`,
 * with `--source SOURCE` (one translation and its original) or `--pairs` (every original and translation among the
 * inputs, paired by their names as the parallel view pairs them) adding the bilingual checks: exit 1 when an
 * error-level finding exists. Many files are checked in worker threads, one per core; `progress`, given when
 * stderr is a terminal, shows how far the run is.
 */
export async function checkCommand(
  project: ProjectFileSystem,
  argv: readonly string[],
  out: (s: string | Uint8Array) => void,
  warn: (s: string) => void,
  progress?: (s: string) => void,
): Promise<number> {
  const args = parseArgs(argv, ['format', 'glossary', 'source', 'jobs', 'severity'], ['pairs']);
  const format = formatOption(args, ['text', 'json', 'sarif']);
  const jobs = jobsOption(args);
  if (args.positional.length === 0) throw new UsageError('check needs at least one file or directory');
  const sourceOption = args.options.get('source');
  const source = typeof sourceOption === 'string' ? sourceOption : undefined;
  if (source !== undefined && args.options.has('pairs')) throw new UsageError('--source and --pairs do not go together');
  if (source !== undefined && args.positional.length !== 1) throw new UsageError('--source goes with exactly one file: its translation');
  const bilingual = source !== undefined || args.options.has('pairs') ? await import('./align') : undefined;
  const checks: CheckInfo[] = [...CHECKS, ...(bilingual?.PAIR_CHECKS ?? [])];
  const levels = severityOption(args, checks);
  const files = await expandInputs(project, args.positional, warn);
  if (files.length === 0) throw new UsageError(`no transcript files (*.txt, *.md, *.transcript) under ${args.positional.join(', ')}`);
  const glossaryOption = args.options.get('glossary');
  const glossary = await readGlossary(project, typeof glossaryOption === 'string' ? glossaryOption : undefined, warn);
  const baselineFor = await readBaseline(project, warn);
  provideLexiconOnce();
  if (bilingual) {
    // Read every input before printing anything, so an unreadable file leaves no partial output.
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file, await readText(project, file));
    const pairs = source !== undefined ? [[source, files[0]] as const] : pairsAmong(files);
    for (const [original] of pairs) if (!texts.has(original)) texts.set(original, await readText(project, original));
    const records: FindingRecord[] = files.flatMap((file) =>
      toRecords(file, texts.get(file)!, runChecks(texts.get(file)!, { glossary, levels, baseline: baselineFor(file) })),
    );
    const paired = pairRecords(bilingual.checkPair, pairs, texts, glossary, levels, baselineFor);
    records.splice(0, records.length, ...withoutRestated(records, paired), ...paired);
    const report = new OrderedReport(format, pairs.length ? checks : CHECKS, VERSION, out);
    report.add(0, records);
    report.finish();
    return report.hasErrors ? 1 : 0;
  }
  // Every input is read (and decoded) before anything is printed, so an unreadable file leaves no partial output.
  const inputs: PoolFile[] = [];
  let kept = 0;
  for (const file of files) {
    const text = await readText(project, file);
    const keep = kept + text.length <= KEPT_CHARS || inputs.length === 0;
    if (keep) kept += text.length;
    inputs.push({ file, size: text.length, text: keep ? text : undefined, baseline: baselineFor(file) });
  }
  const report = new OrderedReport(format, checks, VERSION, out);
  const shown = progress && new Progress(files.length, progress);
  let done = 0;
  const add = (index: number, records: readonly FindingRecord[]) => {
    report.add(index, records);
    shown?.update(++done);
  };
  const threads = jobs ?? defaultJobs();
  const inWorkers = threads > 1 && inputs.length > 1 && (jobs !== undefined || kept >= WORKERS_FROM_CHARS || kept < totalSize(inputs));
  try {
    if (inWorkers) await checkInWorkers(inputs, { glossary, levels, jobs: threads }, add);
    else
      for (const [index, { file, text }] of inputs.entries()) {
        const t = text ?? (await readText(project, file));
        add(index, toRecords(file, t, runChecks(t, { glossary, levels, baseline: inputs[index].baseline })));
      }
  } finally {
    shown?.clear();
  }
  report.finish();
  return report.hasErrors ? 1 : 0;
}

// The threads a run may use when --jobs does not say: one per core.
function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

// The characters of every input.
function totalSize(inputs: readonly PoolFile[]): number {
  return inputs.reduce((n, f) => n + f.size, 0);
}

// `--jobs N`: how many threads check files at once (1: this thread only); undefined when not given.
function jobsOption(args: Args): number | undefined {
  const value = args.options.get('jobs');
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 1024)) throw new UsageError('--jobs must be a whole number from 1 to 1024');
  return n;
}

const LEVELS: readonly Level[] = ['off', 'hint', 'info', 'warning', 'error'];

// `--severity ID=LEVEL,…`: the level of each check named (as the editor's interlinear.severity.<id> settings).
function severityOption(args: Args, checks: readonly CheckInfo[]): Record<string, Level> | undefined {
  const value = args.options.get('severity');
  if (typeof value !== 'string') return undefined;
  const levels: Record<string, Level> = {};
  for (const item of value.split(',')) {
    const [id, level] = item.split('=').map((s) => s.trim());
    if (!checks.some((c) => c.id === id))
      throw new UsageError(`--severity: no check "${id}" (checks: ${checks.map((c) => c.id).join(', ')})`);
    if (!LEVELS.includes(level as Level))
      throw new UsageError(`--severity: ${id}=${level ?? ''}: the level must be one of ${LEVELS.join(', ')}`);
    levels[id] = level as Level;
  }
  return levels;
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

// A finding of a translation's own checks that a bilingual check makes too, on the same span, with the original
// (`restatingCheck`): told once, by the check that can show the original.
function withoutRestated(records: readonly FindingRecord[], paired: readonly FindingRecord[]): FindingRecord[] {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  const meet = (a: FindingRecord, b: FindingRecord) =>
    a.file === b.file && before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
  return records.filter((r) => {
    const by = restatingCheck(r.code);
    return by === undefined || !paired.some((p) => p.code === by && meet(p, r));
  });
}

// The bilingual checks, from the aligner's own bundle (loaded on use: a check without them never pays for it).
function pairRecords(
  checkPair: typeof import('./align').checkPair,
  pairs: readonly (readonly [string, string])[],
  texts: ReadonlyMap<string, string>,
  glossary: Glossary,
  levels: Record<string, Level> | undefined,
  baselineFor: (file: string) => Baseline | undefined,
): FindingRecord[] {
  const out: FindingRecord[] = [];
  for (const [source, target] of pairs) {
    const found = checkPair(texts.get(source)!, texts.get(target)!, {
      glossary,
      levels,
      baselines: { source: baselineFor(source), target: baselineFor(target) },
    });
    out.push(...toRecords(source, texts.get(source)!, found.source), ...toRecords(target, texts.get(target)!, found.target));
  }
  return out;
}
