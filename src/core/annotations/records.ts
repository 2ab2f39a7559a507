import { LineIndex } from '../text/offsets';
import { noteText } from './model';
import type { PlacedAnnotation } from './reanchor';
import { authorOf } from './summary';

/**
 * A note as `interlinear annotations --format json` prints it: where it is now, 1-based lines and UTF-16 columns,
 * end exclusive, as `check` reports findings. An orphaned note gives its stored quote and its last known position
 * (clamped into the text). `body` is the note's own text; the thread's replies, category, status and author follow.
 */
export interface AnnotationRecord {
  readonly id: string;
  readonly exact: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly orphaned: boolean;
  readonly body: string;
  readonly category: string | null;
  readonly status: string;
  readonly creator: string | null;
  readonly replies: readonly { readonly creator: string | null; readonly value: string; readonly created: string | null }[];
}

/** The records of placed notes in `text`, in text order (orphaned notes by their last known position). */
export function annotationRecords(text: string, placed: readonly PlacedAnnotation[]): AnnotationRecord[] {
  const index = new LineIndex(text);
  const records = placed.map((p) => {
    const a = p.annotation;
    const range = p.range ?? { start: Math.min(a.anchor.start, text.length), end: Math.min(a.anchor.end, text.length) };
    const start = index.positionAt(range.start);
    const end = index.positionAt(range.end);
    const record: AnnotationRecord = {
      id: a.id,
      exact: p.range ? text.slice(range.start, range.end) : a.anchor.exact,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      orphaned: p.orphaned,
      body: noteText(a),
      category: a.category ?? (typeof a.extra?.category === 'string' ? a.extra.category : null),
      status: a.status,
      creator: authorOf(a) || null,
      replies: a.comments.slice(1).map((c) => ({ creator: c.creator?.name ?? null, value: c.value, created: c.created ?? null })),
    };
    return { record, at: range.start };
  });
  return records.sort((x, y) => x.at - y.at || x.record.endLine - y.record.endLine).map((r) => r.record);
}
