import * as path from 'path';
import type * as vscode from 'vscode';
import { alignmentPath, lastStartingAt, type ProjectFileSystem, type TextRange } from '../core/base';
import type { Glossary, Level } from '../core/base';
import type { AlignedPair } from '../core/align/align';
import type { PairFindings } from '../core/engine/pairs';
import type { AlignmentOverride } from '../core/align/overrides';
import type { Segment } from '../core/align/segments';
import type { Transcript } from '../core/document/model';
import type { BilingualSide } from '../core/export/bilingual';
import type { TableRow } from '../core/align/table';
import { stillToWrite, TO_WRITE } from '../core/translate/skeleton';
import type { ParallelColumn, ParallelRow, RowEdit } from '../shared/protocol';
import { loadAlign, type AlignModule } from './loadAlign';

/** A column's document and the file system of its folder (where its sidecar lives). */
export interface ColumnDoc {
  readonly doc: vscode.TextDocument;
  readonly fs: ProjectFileSystem;
}

// Below this confidence a pair is shown as one to review.
const FLAG_BELOW = 0.5;

/** The alignment behind a parallel view: column 0 is the original, the others its translations. */
export class ParallelModel {
  private segments: Segment[][] = [];
  private transcripts: (Transcript | undefined)[] = [];
  private rows: TableRow[] = [];
  private pairs: AlignedPair[][] = [];
  private overrides: AlignmentOverride[] = [];
  private langs: string[] = [];
  private findings: PairFindings = { source: [], target: [] };
  private readonly caches: InstanceType<AlignModule['GroupCache']>[] = [];

  constructor(readonly docs: readonly ColumnDoc[]) {}

  /** Header information of each column. */
  columns(): ParallelColumn[] {
    return this.docs.map(({ doc }, i) => ({ label: path.posix.basename(doc.uri.path), lang: this.langs[i] ?? 'und' }));
  }

  /**
   * Segments and aligns every column with the original, the first translation's overrides respected, and runs the
   * translation checks over the original and the first translation through that alignment.
   */
  async align(
    glossary: Glossary,
    levels: Readonly<Record<string, Level>>,
  ): Promise<{ rows: ParallelRow[]; orphaned: number; findings: PairFindings }> {
    const { sentenceSegments, alignWithOverrides, parallelTable, zhEnLexicon, mayUseLexicon, GroupCache, runPairChecks } = loadAlign();
    const texts = this.docs.map(({ doc }) => doc.getText());
    const segmented = texts.map((t) => sentenceSegments(t));
    this.segments = segmented.map((s) => [...s.segments]);
    this.transcripts = segmented.map((s) => s.transcript);
    this.langs = segmented.map((s) => s.transcript?.language.tag ?? 'und');
    this.overrides = await this.readOverrides();
    const options = mayUseLexicon(texts) ? { lexicon: zhEnLexicon() } : {};
    let orphaned = 0;
    this.pairs = this.docs.slice(1).map((_, k) => {
      const cache = (this.caches[k] ??= new GroupCache());
      const result = alignWithOverrides(
        this.segments[0],
        this.segments[k + 1],
        texts[0],
        texts[k + 1],
        k === 0 ? this.overrides : [],
        options,
        cache,
      );
      cache.settle();
      orphaned += result.orphaned.length;
      return result.pairs;
    });
    this.rows = parallelTable(this.pairs);
    this.findings =
      this.docs.length > 1
        ? runPairChecks(texts[0], texts[1], {
            ...options,
            glossary,
            levels,
            pairs: this.pairs[0],
            transcripts: { source: segmented[0].transcript, target: segmented[1].transcript },
          })
        : { source: [], target: [] };
    const issues = this.issuesByRow();
    const pending = this.stillToWrite();
    return { rows: this.rows.map((r, i) => this.toRow(r, issues.get(i) ?? [], pending?.[i] === 1)), orphaned, findings: this.findings };
  }

  // The findings of the translation checks by the row their sentence is in.
  private issuesByRow(): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (const [column, list] of [
      [0, this.findings.source],
      [1, this.findings.target],
    ] as const) {
      for (const f of list) {
        const row = this.rowAt(column, f.range.start);
        if (row === undefined) continue;
        const messages = out.get(row) ?? out.set(row, []).get(row)!;
        messages.push(`${f.checkId}: ${f.message}`);
      }
    }
    return out;
  }

  /** The original and its first translation as the last alignment saw them, for a bilingual edition. */
  bilingual(): { source: BilingualSide; target: BilingualSide; pairs: readonly AlignedPair[] } | undefined {
    const [source, target] = this.transcripts;
    if (!source || !target || !this.pairs[0]) return undefined;
    return {
      source: { transcript: source, segments: this.segments[0] },
      target: { transcript: target, segments: this.segments[1] },
      pairs: this.pairs[0],
    };
  }

  /** The language tag of each column. */
  get languages(): readonly string[] {
    return this.langs;
  }

  /** Each column's text of a row (empty where the column has none). */
  rowCells(row: number): string[] {
    const r = this.rows[row];
    return r ? r.columns.map((ids, c) => ids.map((i) => this.segments[c][i].text).join(' ')) : [];
  }

  /** How many rows the last alignment made. */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Each column's range of a row's sentences (undefined where the column has none). */
  rowRanges(row: number): (TextRange | undefined)[] {
    const r = this.rows[row];
    if (!r) return [];
    return r.columns.map((ids, c) =>
      ids.length ? { start: this.segments[c][ids[0]].range.start, end: this.segments[c][ids[ids.length - 1]].range.end } : undefined,
    );
  }

  /** The row holding the sentence at `offset` of a column, or the row of the nearest sentence before it. */
  rowAt(column: number, offset: number): number | undefined {
    const segs = this.segments[column];
    if (!segs?.length) return undefined;
    const lo = lastStartingAt(segs, offset);
    const found = this.rows.findIndex((r) => r.columns[column]?.includes(lo));
    return found < 0 ? undefined : found;
  }

  /** Applies a manual edit to the first translation's alignment and saves it; a message when it cannot apply. */
  async edit(edit: RowEdit, row: number): Promise<string | undefined> {
    const { overrideFor, replaceOverrides, alignmentSidecarJson } = loadAlign();
    const rows = this.rows;
    const r = rows[row];
    if (!r || this.docs.length < 2) return undefined;
    const [s, t] = [r.columns[0], r.columns[1]];
    const src = this.segments[0];
    const tgt = this.segments[1];
    const [srcText, tgtText] = [this.docs[0].doc.getText(), this.docs[1].doc.getText()];
    const made: AlignmentOverride[] = [];
    if (edit === 'merge-next') {
      const next = rows[row + 1];
      if (!next) return 'There is no row after this one to merge with.';
      const ms = [...s, ...next.columns[0]];
      const mt = [...t, ...next.columns[1]];
      if (!ms.length || !mt.length) return 'Merging these rows would leave one side empty: nothing to pair.';
      made.push(overrideFor('pair', src, srcText, ms, tgt, tgtText, mt));
    } else if (edit === 'split') {
      if (s.length + t.length <= 2 || !s.length || !t.length)
        return 'This row holds one sentence on each side at most: there is nothing to split.';
      const n = Math.min(s.length, t.length);
      for (let k = 0; k < n; k++) {
        const ss = k === n - 1 ? s.slice(k) : [s[k]];
        const tt = k === n - 1 ? t.slice(k) : [t[k]];
        made.push(overrideFor('pair', src, srcText, ss, tgt, tgtText, tt));
      }
    } else {
      if (!s.length || !t.length) return 'This row pairs nothing: there is nothing to unlink.';
      made.push(overrideFor('unlinked', src, srcText, s, tgt, tgtText, t));
    }
    this.overrides = replaceOverrides(this.overrides, made, src, tgt, srcText, tgtText);
    const translation = this.docs[1];
    const name = path.posix.basename(translation.doc.uri.path);
    const original = path.posix.relative(path.posix.dirname(translation.doc.uri.path), this.docs[0].doc.uri.path);
    await translation.fs.writeFileAtomic(alignmentPath(name), alignmentSidecarJson({ version: 1, original, overrides: this.overrides }));
    return undefined;
  }

  private async readOverrides(): Promise<AlignmentOverride[]> {
    const translation = this.docs[1];
    if (!translation) return [];
    const read = await translation.fs.readFile(alignmentPath(path.posix.basename(translation.doc.uri.path)));
    if (!read.ok) return [];
    const parsed = loadAlign().parseAlignmentSidecar(new TextDecoder().decode(read.bytes));
    return parsed.ok ? [...parsed.sidecar.overrides] : [];
  }

  // The rows of the first translation still to write (its placeholder, and the original's sentences beside it).
  private stillToWrite(): Uint8Array | undefined {
    const placeholder = (ids: readonly number[]) => ids.length > 0 && ids.every((j) => this.segments[1][j].text.trim() === TO_WRITE);
    const rows = this.rows;
    return stillToWrite(
      rows.length,
      (k) => placeholder(rows[k].columns[1] ?? []),
      (k) => !(rows[k].columns[1] ?? []).length,
    );
  }

  private toRow(r: TableRow, issues: string[], toWrite: boolean): ParallelRow {
    const cells = r.columns.map((ids, c) => ids.map((i) => this.segments[c][i].text).join(' '));
    const hasSource = r.columns[0].length > 0;
    const hasTarget = r.columns.slice(1).some((ids) => ids.length > 0);
    const kind = toWrite ? 'to-write' : hasSource && hasTarget ? 'pair' : hasSource ? 'source-only' : 'target-only';
    const doubtful = !r.manual && kind !== 'to-write' && (kind !== 'pair' || r.score < FLAG_BELOW);
    return { cells, kind, score: r.score, flagged: doubtful || issues.length > 0, manual: r.manual, issues };
  }
}
