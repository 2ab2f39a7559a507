import * as path from 'path';
import {
  BASELINE_PATH,
  EMPTY_GLOSSARY,
  GLOSSARY_PATH,
  baselineKey,
  compareCodeUnits,
  loadBaseline,
  loadGlossary,
  readTextFile,
  type Baseline,
  type DirectoryEntry,
  type Glossary,
  type ProjectFileSystem,
} from '../core';
import { UsageError } from './args';

/** File endings a directory walk picks up as transcripts. */
const TRANSCRIPT_FILE = /\.(?:txt|md|markdown|transcript)$/i;
// Folders a directory walk never enters.
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.interlinear', 'dist', 'out']);

/** Reads and decodes one file, or explains why it cannot. */
export async function readText(project: ProjectFileSystem, file: string): Promise<string> {
  const read = await readTextFile(project, file);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  return read.text;
}

/**
 * Expands files and directories (recursively, transcript-like files only, sorted) into a file list, each file
 * once (by its absolute path: named twice, or once directly and once through its folder, it is checked once).
 * A named directory that cannot be listed ends the run; one met during the walk is a warning and is skipped.
 * Symbolic links to files are followed; links to directories are not (a warning: they may loop); anything else
 * with a transcript's name that is not a file (a FIFO, a broken link) is a warning too. Never silently skipped.
 */
export async function expandInputs(
  project: ProjectFileSystem,
  inputs: readonly string[],
  warn: (message: string) => void = () => {},
): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const list = async (dir: string, named: boolean): Promise<DirectoryEntry[]> => {
    try {
      return await project.readDirectory(dir);
    } catch (error) {
      const reason = `${dir}: cannot list the directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      if (named) throw new UsageError(reason);
      warn(`${reason}; skipped`);
      return [];
    }
  };
  const walk = async (dir: string, named: boolean) => {
    for (const entry of (await list(dir, named)).sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.kind === 'directory') {
        if (SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
        if (entry.link) warn(`${full}: a link to a directory; not followed (name it to check it)`);
        else await walk(full, false);
      } else if (TRANSCRIPT_FILE.test(entry.name)) {
        if (entry.kind === 'file') add(full);
        else warn(`${full}: ${entry.link ? 'a link to no regular file' : 'not a regular file'}; skipped`);
      }
    }
  };
  for (const input of inputs) {
    const kind = await project.stat(input);
    if (kind === undefined) throw new UsageError(`${input}: no such file or directory`);
    if (kind === 'directory') await walk(input, true);
    else add(input);
  }
  return files;
}

/**
 * The glossary named by `--glossary` (relative to the current directory), else `.interlinear/glossary.tsv`
 * if present. A named glossary that cannot be read or has no entries ends the run; broken rows are warnings.
 */
export async function readGlossary(
  project: ProjectFileSystem,
  option: string | undefined,
  warn: (message: string) => void,
): Promise<Glossary> {
  const loaded = await loadGlossary(project, option ?? GLOSSARY_PATH);
  if (loaded.status === 'missing' && !option) return EMPTY_GLOSSARY;
  if (loaded.status !== 'loaded') throw new UsageError(loaded.message);
  if (option && loaded.value.entries.length === 0) throw new UsageError(loaded.problems[0] ?? `${option}: no entries`);
  loaded.problems.forEach(warn);
  return loaded.value;
}

/** The accepted findings of `.interlinear/baseline.json` in the current directory, keyed by path relative to it. */
export async function readBaseline(
  project: ProjectFileSystem,
  warn: (message: string) => void,
): Promise<(file: string) => Baseline | undefined> {
  const loaded = await loadBaseline(project, BASELINE_PATH);
  if (loaded.status !== 'loaded') {
    if (loaded.status === 'missing') return () => undefined;
    throw new UsageError(loaded.message);
  }
  loaded.problems.forEach(warn);
  return (input) => loaded.value.files.get(baselineKey(path.relative('.', input).split(path.sep).join('/')));
}
