import type { TextRange } from '../text/offsets';
import type { Finding, Fix, TextEdit } from './types';

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

/**
 * The fix to apply when a finding is fixed without asking which way: the one its check marked preferred,
 * else its first. The editor's "isPreferred" action, "fix all", the CLI's first suggestion and the tests all
 * take it from here.
 */
export function preferredFix(finding: Pick<Finding, 'fixes'>): Fix | undefined {
  return finding.fixes.find((x) => x.preferred) ?? finding.fixes[0];
}

/** The preferred fix of each fixable finding, as one list of edits for `applyEdits`. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  return findings.flatMap((f) => preferredFix(f)?.edits ?? []);
}

/**
 * A finding's replacement strings as the CLI prints them: what its preferred fix writes over the flagged
 * text comes first, when the check listed it among its suggestions.
 */
export function suggestionsOf(text: string, finding: Finding): readonly string[] {
  const fix = preferredFix(finding);
  const preferred = fix && replacementOf(text, finding.range, fix.edits);
  if (preferred === undefined || finding.suggestions[0] === preferred || !finding.suggestions.includes(preferred))
    return finding.suggestions;
  return [preferred, ...finding.suggestions.filter((s) => s !== preferred)];
}

// What `range` reads after the edits, or undefined when an edit writes text across its edges.
function replacementOf(text: string, range: TextRange, edits: readonly TextEdit[]): string | undefined {
  let out = '';
  let at = range.start;
  for (const e of selectEdits(edits).kept) {
    const inside = e.range.start < range.end && e.range.end > range.start;
    const atEdge = e.range.start === e.range.end && (e.range.start === range.start || e.range.start === range.end);
    if (!inside && !atEdge) continue;
    if ((e.range.start < range.start || e.range.end > range.end) && e.newText !== '') return undefined;
    out += text.slice(at, Math.max(at, e.range.start)) + e.newText;
    at = Math.max(at, Math.min(e.range.end, range.end));
  }
  return out + text.slice(at, range.end);
}
