import type { FindingRecord } from './positions';

/**
 * Formats records grouped per file, one aligned row per finding, with a closing count (like common linters).
 * Linear in the number of records: groups grow in place and widths are found by a loop (no spreading into Math.max).
 */
export function formatText(records: readonly FindingRecord[]): string {
  if (records.length === 0) return '';
  let out = '';
  for (const [file, rows] of byFile(records)) out += formatFileBlock(file, rows);
  return out + formatTextSummary(countSeverities(records));
}

/** Records grouped by file, files in the order they first appear: the report's blocks. */
export function byFile(records: readonly FindingRecord[]): Map<string, FindingRecord[]> {
  const groups = new Map<string, FindingRecord[]>();
  for (const r of records) {
    const group = groups.get(r.file);
    if (group) group.push(r);
    else groups.set(r.file, [r]);
  }
  return groups;
}

/** Findings per severity. */
export type SeverityCounts = Record<FindingRecord['severity'], number>;

/** Counts records per severity (into `counts` when given, so a stream can keep one running count). */
export function countSeverities(records: readonly FindingRecord[], counts: SeverityCounts = emptyCounts()): SeverityCounts {
  for (const r of records) counts[r.severity]++;
  return counts;
}

/** A count of nothing per severity. */
export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

/**
 * One file's part of the text report: its name, its rows aligned, a blank line. Apart from `formatText` so that
 * a report written file by file (`interlinear check` over many files) is the same text to the byte.
 */
export function formatFileBlock(file: string, rows: readonly FindingRecord[]): string {
  if (rows.length === 0) return '';
  const where = rows.map((r) => `${r.line}:${r.column}`);
  let width = 0;
  let sevWidth = 0;
  rows.forEach((r, i) => {
    width = Math.max(width, where[i].length);
    sevWidth = Math.max(sevWidth, r.severity.length);
  });
  const out = [file];
  rows.forEach((r, i) => {
    const hint = r.suggestions.length && r.suggestions[0] !== '' ? ` → ${r.suggestions[0]}` : '';
    out.push(`  ${where[i].padEnd(width)}  ${r.severity.padEnd(sevWidth)}  ${r.message}${hint}  ${r.code}`);
  });
  return out.join('\n') + '\n\n';
}

/** The closing line of a text report with findings (a report of none is empty, summary included). */
export function formatTextSummary(counts: SeverityCounts): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return '';
  return `✖ ${total} finding${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.information + counts.hint} notes)\n`;
}
