import {
  byFile,
  countSeverities,
  emptyCounts,
  formatFileBlock,
  formatTextSummary,
  indentedJson,
  SarifResults,
  sarifFrame,
  type CheckInfo,
  type FindingRecord,
} from '../core';

// Output is handed on as UTF-8 in pieces of about this many bytes. One string of a whole 100,000-finding report
// (tens of MB, built by concatenation) cost its size in memory and seconds to flatten before encoding; each
// finding's text encoded into the piece as it is made costs neither.
const PIECE = 1 << 16;

/**
 * The report of `interlinear check` in one of its formats, written file by file in the files' order while their
 * results arrive in any order (from workers): the bytes of `JSON.stringify(records, null, 2)`, `formatSarif` or
 * `formatText` over every record, in pieces. Each file is written as soon as every earlier one is in, so only
 * results that arrived early are held.
 */
export class OrderedReport {
  private readonly waiting = new Map<number, readonly FindingRecord[]>();
  private readonly counts = emptyCounts();
  private readonly sarif?: { readonly frame: ReturnType<typeof sarifFrame>; readonly results: SarifResults };
  private next = 0;
  private written = 0;
  private readonly pieces: Utf8Pieces;

  constructor(
    private readonly format: string,
    checks: readonly CheckInfo[],
    version: string,
    out: (bytes: Uint8Array) => void,
  ) {
    this.pieces = new Utf8Pieces(out);
    if (format === 'sarif') this.sarif = { frame: sarifFrame(checks, version), results: new SarifResults(checks) };
  }

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
    if (this.sarif) {
      const { before, after, indent } = this.sarif.frame;
      this.pieces.add(this.written ? `\n${indent}]${after}` : `${before}[]${after}`);
    } else if (this.format === 'json') this.pieces.add(this.written ? '\n]\n' : '[]\n');
    else this.pieces.add(formatTextSummary(this.counts));
    this.pieces.flush();
  }

  // Writes one file's records after those of every earlier file.
  private write(records: readonly FindingRecord[]): void {
    countSeverities(records, this.counts);
    if (records.length === 0) return;
    if (this.sarif) {
      const { frame, results } = this.sarif;
      const inner = frame.indent + '  ';
      for (const r of records)
        this.pieces.add(`${this.written++ ? ',' : `${frame.before}[`}\n${inner}${indentedJson(results.of(r), inner)}`);
    } else if (this.format === 'json')
      for (const r of records) this.pieces.add(`${this.written++ ? ',' : '['}\n  ${indentedJson(r, '  ')}`);
    else for (const [file, rows] of byFile(records)) this.pieces.add(formatFileBlock(file, rows));
    this.pieces.flush();
  }
}

// Strings encoded as UTF-8 into pieces of about PIECE bytes, each handed to `out` once full (or flushed).
class Utf8Pieces {
  private buffer = Buffer.allocUnsafe(2 * PIECE);
  private at = 0;

  constructor(private readonly out: (bytes: Uint8Array) => void) {}

  add(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (this.at + 3 * s.length > this.buffer.length) {
      this.flush();
      if (3 * s.length > this.buffer.length) return this.out(Buffer.from(s));
    }
    this.at += this.buffer.write(s, this.at);
    if (this.at >= PIECE) this.flush();
  }

  flush(): void {
    if (this.at === 0) return;
    // A new buffer for what follows: `out` may keep the piece (a stream queues it).
    this.out(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(2 * PIECE);
    this.at = 0;
  }
}
