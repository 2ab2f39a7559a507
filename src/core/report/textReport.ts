import type { FindingRecord } from './positions';

/** Formats records grouped per file, one aligned row per finding, with a closing count (like common linters). */
export function formatText(records: readonly FindingRecord[]): string {
  if (records.length === 0) return '';
  const byFile = new Map<string, FindingRecord[]>();
  for (const r of records) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const out: string[] = [];
  for (const [file, rows] of byFile) {
    out.push(file);
    const where = rows.map((r) => `${r.line}:${r.column}`);
    const width = Math.max(...where.map((w) => w.length));
    const sevWidth = Math.max(...rows.map((r) => r.severity.length));
    rows.forEach((r, i) => {
      const hint = r.suggestions.length && r.suggestions[0] !== '' ? ` → ${r.suggestions[0]}` : '';
      out.push(`  ${where[i].padEnd(width)}  ${r.severity.padEnd(sevWidth)}  ${r.message}${hint}  ${r.code}`);
    });
    out.push('');
  }
  const count = (s: FindingRecord['severity']) => records.filter((r) => r.severity === s).length;
  out.push(
    `✖ ${records.length} finding${records.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('information') + count('hint')} notes)`,
  );
  return out.join('\n') + '\n';
}
