import {
  countSeverities,
  emptyCounts,
  formatFileBlock,
  formatSarif,
  formatText,
  formatTextSummary,
  type CheckInfo,
  type FindingRecord,
} from '../core';

/** The whole report of `interlinear check` in one of its formats, from every file's records. */
export function formatReport(format: string, records: readonly FindingRecord[], checks: readonly CheckInfo[], version: string): string {
  if (format === 'json') return JSON.stringify(records, null, 2) + '\n';
  if (format === 'sarif') return formatSarif(records, checks, version);
  return formatText(records);
}

/**
 * A report written file by file in the files' order while their results arrive in any order (from workers),
 * the same bytes as `formatReport` over all of them. Text and JSON are written as soon as every earlier file is
 * in, so only results that arrived early are held; SARIF, one object whose tools read it whole, at the end.
 */
export class OrderedReport {
  private readonly waiting = new Map<number, readonly FindingRecord[]>();
  private readonly counts = emptyCounts();
  private readonly kept: FindingRecord[] = [];
  private next = 0;
  private written = 0;

  constructor(
    private readonly format: string,
    private readonly checks: readonly CheckInfo[],
    private readonly version: string,
    private readonly out: (s: string) => void,
  ) {}

  /** Whether a finding at error severity was reported (exit code 1). */
  get hasErrors(): boolean {
    return this.counts.error > 0;
  }

  /** Takes the records of the file at `index` (0-based in the files' order). */
  add(index: number, records: readonly FindingRecord[]): void {
    this.waiting.set(index, records);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.write(r);
    }
  }

  /** Writes what closes the report, once every file's records were added. */
  finish(): void {
    if (this.format === 'sarif') this.out(formatSarif(this.kept, this.checks, this.version));
    else if (this.format === 'json') this.out(this.written ? '\n]\n' : '[]\n');
    else this.out(formatTextSummary(this.counts));
  }

  // Writes one file's records after those of every earlier file.
  private write(records: readonly FindingRecord[]): void {
    countSeverities(records, this.counts);
    if (records.length === 0) return;
    if (this.format === 'sarif') for (const r of records) this.kept.push(r);
    else if (this.format === 'json') {
      // An element of JSON.stringify(array, null, 2): its own indented form, one level deeper.
      let chunk = '';
      for (const r of records) chunk += `${this.written++ ? ',\n' : '[\n'}  ${JSON.stringify(r, null, 2).replace(/\n/g, '\n  ')}`;
      this.out(chunk);
    } else this.out(formatFileBlock(records[0].file, records));
  }
}
