import { commonAffixes, type TextRange } from '../text/offsets';
import type { Finding, TextEdit } from './types';

/**
 * Maps findings of `before` onto `after`, one edited region apart: spans before the region stay, spans after
 * it shift, and a finding that touches it is dropped (a fix or related place that touches it, too) until the
 * next check.
 */
export function carryFindings(before: string, after: string, findings: readonly Finding[]): Finding[] {
  const { prefix, suffix } = commonAffixes(before, after);
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const map = <T extends { start: number; end: number }>(r: T): T | undefined =>
    r.end <= prefix ? r : r.start >= changedEnd ? { ...r, start: r.start + delta, end: r.end + delta } : undefined;
  // Findings of one cluster often share one fix ("rename all"): map each edit list once.
  const mapped = new Map<readonly TextEdit[], { range: TextRange | undefined; newText: string }[]>();
  const mapEdits = (edits: readonly TextEdit[]) => {
    let m = mapped.get(edits);
    if (!m) mapped.set(edits, (m = edits.map((e) => ({ ...e, range: map(e.range) }))));
    return m;
  };
  const out: Finding[] = [];
  for (const f of findings) {
    const range = map(f.range);
    if (!range) continue;
    const fixes = f.fixes.map((x) => ({ ...x, edits: mapEdits(x.edits) }));
    const related = f.related.map((r) => ({ ...r, range: map(r.range) }));
    const edits = fixes.every((x) => x.edits.every((e) => e.range));
    out.push({
      ...f,
      range,
      fixes: edits ? (fixes as Finding['fixes']) : [],
      related: related.filter((r) => r.range) as Finding['related'],
    });
  }
  return out;
}
