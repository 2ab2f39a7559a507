import { suggestionsOf } from '../engine/edits';
import type { Finding, Level } from '../engine/types';
import { LineIndex } from '../text/offsets';

/** A finding as the CLI's JSON contract spells it: 1-based lines and UTF-16 columns, end exclusive. */
export interface FindingRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly text: string;
  readonly suggestions: readonly string[];
}

const SEVERITY: Record<Exclude<Level, 'off'>, FindingRecord['severity']> = {
  error: 'error',
  warning: 'warning',
  info: 'information',
  hint: 'hint',
};

/** Converts one file's findings to contract records. */
export function toRecords(file: string, text: string, findings: readonly Finding[]): FindingRecord[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const start = index.positionAt(f.range.start);
    const end = index.positionAt(f.range.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      code: f.checkId,
      severity: SEVERITY[f.level === 'off' ? 'hint' : f.level],
      message: f.message,
      text: text.slice(f.range.start, f.range.end),
      suggestions: suggestionsOf(text, f),
    };
  });
}
