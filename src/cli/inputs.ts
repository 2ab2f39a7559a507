import * as fs from 'fs';
import * as path from 'path';
import { EMPTY_GLOSSARY, compareCodeUnits, decodeText, parseBaselineFile, parseGlossary, type Baseline, type Glossary } from '../core';
import { UsageError } from './args';

/** File endings a directory walk picks up as transcripts. */
const TRANSCRIPT_FILE = /\.(?:txt|md|markdown|transcript)$/i;
// Folders a directory walk never enters.
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.interlinear', 'dist', 'out']);

/** Reads and decodes one file, or explains why it cannot. */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error))})`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.reason}`);
  return decoded.text;
}

/** Expands files and directories (recursively, transcript-like files only, sorted) into a file list. */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && TRANSCRIPT_FILE.test(entry.name)) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new UsageError(`${input}: no such file or directory`);
    }
    if (stat.isDirectory()) walk(input);
    else files.push(input);
  }
  return files;
}

/** The glossary named by `--glossary`, else `.interlinear/glossary.tsv` in the working directory if present. */
export function loadGlossary(option: string | undefined, warn: (message: string) => void): Glossary {
  const file = option ?? path.join('.interlinear', 'glossary.tsv');
  if (!option && !fs.existsSync(file)) return EMPTY_GLOSSARY;
  const glossary = parseGlossary(readText(file), file);
  if (option && glossary.entries.length === 0) throw new UsageError(glossary.problems[0] ?? `${file}: no entries`);
  glossary.problems.forEach(warn);
  return glossary;
}

/** The accepted findings of `.interlinear/baseline.json` in the working directory, keyed by relative path. */
export function loadBaseline(warn: (message: string) => void): (file: string) => Baseline | undefined {
  const file = path.join('.interlinear', 'baseline.json');
  if (!fs.existsSync(file)) return () => undefined;
  const parsed = parseBaselineFile(readText(file));
  if (parsed.problem) warn(`${file}: ${parsed.problem}; ignored`);
  return (input) => parsed.files.get(path.relative('.', input).split(path.sep).join('/'));
}
