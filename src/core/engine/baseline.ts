import { compareCodeUnits } from '../text/offsets';
import type { Finding } from './types';

/** Findings accepted as known in one file, by fingerprint. */
export type Baseline = ReadonlySet<string>;

// Characters of context on each side that, with the flagged text, identify a finding wherever its line moves.
const CONTEXT = 16;

/**
 * A finding's identity that survives moved lines: check id, flagged text and up to 16 characters of
 * its own line on each side, but no offsets or line numbers.
 */
export function fingerprint(text: string, f: Pick<Finding, 'checkId' | 'range'>): string {
  const head = text.slice(Math.max(0, f.range.start - CONTEXT), f.range.start);
  const tail = text.slice(f.range.end, f.range.end + CONTEXT);
  const before = head.slice(Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r')) + 1);
  const after = tail.split(/[\r\n]/, 1)[0];
  return `${f.checkId}|${text.slice(f.range.start, f.range.end)}|${before}|${after}`;
}

/** A workspace baseline (`.interlinear/baseline.json`): fingerprints per file path. */
export interface BaselineFile {
  readonly files: ReadonlyMap<string, Baseline>;
  readonly problem?: string;
}

/** Reads a baseline file; a malformed one is reported in `problem`, never thrown. */
export function parseBaselineFile(json: string): BaselineFile {
  try {
    const data = JSON.parse(json) as { version?: unknown; files?: unknown };
    if (data.version !== 1 || typeof data.files !== 'object' || data.files === null)
      return { files: new Map(), problem: 'expected {"version": 1, "files": {…}}' };
    const files = new Map<string, Baseline>();
    for (const [file, prints] of Object.entries(data.files as Record<string, unknown>)) {
      if (Array.isArray(prints)) files.set(file, new Set(prints.filter((p): p is string => typeof p === 'string')));
    }
    return { files };
  } catch (error) {
    return { files: new Map(), problem: `not JSON (${(error as Error).message})` };
  }
}

/** The baseline file's new content with `file`'s current findings accepted (replacing what it had). */
export function acceptIntoBaseline(previous: BaselineFile, file: string, text: string, findings: readonly Finding[]): string {
  const files: Record<string, string[]> = {};
  for (const [name, prints] of previous.files) files[name] = [...prints];
  files[file] = [...new Set(findings.map((f) => fingerprint(text, f)))].sort();
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => compareCodeUnits(a, b)));
  return JSON.stringify({ version: 1, files: sorted }, null, 2) + '\n';
}
