import type { Finding, TextEdit } from './types';

/**
 * Picks edits that can apply together: of overlapping edits (or two at one point) the earlier-starting
 * wins, so a "fix all" never garbles text; the rest are returned as skipped.
 */
export function selectEdits(edits: readonly TextEdit[]): { kept: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const kept: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && (e.range.start < end || e.range.start === last.range.start)) skipped.push(e);
    else {
      kept.push(e);
      end = e.range.end;
    }
  }
  return { kept, skipped };
}

/** Applies the edits `selectEdits` keeps and reports the ones it skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: TextEdit[] } {
  const { kept, skipped } = selectEdits(edits);
  let out = '';
  let at = 0;
  for (const e of kept) {
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  return { text: out + text.slice(at), skipped };
}

/** The preferred fix of each fixable finding, as one list of edits for `applyEdits`. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  return findings.flatMap((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits ?? []);
}
