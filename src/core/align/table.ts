// The rows of a parallel view: the original's alignment with its first translation gives the rows; each further
// translation, aligned with the original too, adds a column whose sentences join the row of the original
// sentences they render (its additions join the row before them).
import type { AlignedPair } from './align';

/** One row: segment indices per column (column 0 is the original), the kind and the confidence. */
export interface TableRow {
  readonly columns: readonly (readonly number[])[];
  readonly score: number;
  /** The row's pair with the first translation was made by hand. */
  readonly manual: boolean;
}

/** Builds rows from the alignments of the original with each translation (`alignments[k]` for column k + 1). */
export function parallelTable(alignments: readonly (readonly AlignedPair[])[]): TableRow[] {
  if (!alignments.length) return [];
  const width = alignments.length + 1;
  const rows: { columns: number[][]; score: number; manual: boolean }[] = [];
  const rowOfSource = new Map<number, number>();
  for (const p of alignments[0]) {
    const columns = Array.from({ length: width }, () => [] as number[]);
    columns[0] = [...p.source];
    columns[1] = [...p.target];
    for (const s of p.source) rowOfSource.set(s, rows.length);
    rows.push({ columns, score: p.score, manual: !!p.manual });
  }
  for (let k = 1; k < alignments.length; k++) {
    let last = 0;
    for (const p of alignments[k]) {
      const row = p.source.length ? (rowOfSource.get(p.source[0]) ?? last) : last;
      if (!rows.length) rows.push({ columns: Array.from({ length: width }, () => []), score: 0, manual: false });
      rows[Math.min(row, rows.length - 1)].columns[k + 1].push(...p.target);
      last = row;
    }
  }
  return rows;
}
