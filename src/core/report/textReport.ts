import type { FindingRecord } from './positions';

/**
 * Formats records grouped per file, one aligned row per finding, with a closing count (like common linters).
 * Linear in the number of records: groups grow in place and widths are found by a loop (no spreading into Math.max).
 */
export function formatText(records: readonly FindingRecord[]): string {
  if (records.length === 0) return '';
  const byFile = new Map<string, FindingRecord[]>();
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of records) {
    const group = byFile.get(r.file);
    if (group) group.push(r);
    else byFile.set(r.file, [r]);
    counts[r.severity]++;
  }
  const out: string[] = [];
  for (const [file, rows] of byFile) {
    out.push(file);
    const where = rows.map((r) => `${r.line}:${r.column}`);
    let width = 0;
    let sevWidth = 0;
    rows.forEach((r, i) => {
      width = Math.max(width, where[i].length);
      sevWidth = Math.max(sevWidth, r.severity.length);
    });
    rows.forEach((r, i) => {
      const hint = r.suggestions.length && r.suggestions[0] !== '' ? ` → ${r.suggestions[0]}` : '';
      out.push(`  ${where[i].padEnd(width)}  ${r.severity.padEnd(sevWidth)}  ${r.message}${hint}  ${r.code}`);
    });
    out.push('');
  }
  out.push(
    `✖ ${records.length} finding${records.length === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.information + counts.hint} notes)`,
  );
  return out.join('\n') + '\n';
}
