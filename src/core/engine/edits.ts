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

/**
 * The edit narrowed to what it changes: the text it would rewrite unchanged at either end is left out (never
 * splitting a surrogate pair), so a check that rewrites a whole line to insert "## " edits one point, and fixes
 * of different checks on one line do not collide where they do not really meet.
 */
export function minimalEdit(text: string, edit: TextEdit): TextEdit {
  const { start, end } = edit.range;
  const { newText } = edit;
  // The unchanged end first: "…" made "……" becomes an insertion before the mark, not after it.
  let tail = 0;
  while (
    end - tail > start &&
    newText.length - tail > 0 &&
    text.charCodeAt(end - tail - 1) === newText.charCodeAt(newText.length - tail - 1)
  )
    tail++;
  if (tail > 0 && isLow(text.charCodeAt(end - tail))) tail--;
  let head = 0;
  while (start + head < end - tail && head < newText.length - tail && text.charCodeAt(start + head) === newText.charCodeAt(head)) head++;
  if (head > 0 && isHigh(text.charCodeAt(start + head - 1))) head--;
  // An insertion where the edit ended would meet an edit starting there: keep the last character replaced.
  if (head > 0 && tail === 0 && start + head === end) head -= isLow(text.charCodeAt(end - 1)) && head > 1 ? 2 : 1;
  // Nothing changes, or nothing is unchanged: the edit as it was.
  if ((head === 0 && tail === 0) || (start + head === end - tail && head === newText.length - tail)) return edit;
  return { range: { start: start + head, end: end - tail }, newText: newText.slice(head, newText.length - tail) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

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

/**
 * The preferred fix of each fixable finding, as one list of edits for `applyEdits`. An edit several findings
 * share (a "rename all" fix offered on every occurrence) is listed once: the same change is no conflict.
 */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const seen = new Set<string>();
  // A list shared by findings (the engine shares a check's shared fix) is read once: N findings of a rename of N
  // occurrences would otherwise make N² keys.
  const lists = new Set<readonly TextEdit[]>();
  const out: TextEdit[] = [];
  for (const f of findings) {
    const edits = preferredFix(f)?.edits;
    if (!edits || lists.has(edits)) continue;
    lists.add(edits);
    for (const e of edits) {
      const key = `${e.range.start}:${e.range.end}:${e.newText}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(e);
      }
    }
  }
  return out;
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

// The edits `selectEdits` keeps, per list of edits: a "rename all" fix is shared by every finding it is offered on,
// and sorting its thousands of edits again for each of them grew with the square of the occurrences.
const keptBefore = new WeakMap<readonly TextEdit[], readonly TextEdit[]>();

function keptEdits(edits: readonly TextEdit[]): readonly TextEdit[] {
  let kept = keptBefore.get(edits);
  if (!kept) keptBefore.set(edits, (kept = selectEdits(edits).kept));
  return kept;
}

// What `range` reads after the edits, or undefined when an edit writes text across its edges.
function replacementOf(text: string, range: TextRange, edits: readonly TextEdit[]): string | undefined {
  let out = '';
  let at = range.start;
  const kept = keptEdits(edits);
  // Kept edits neither overlap nor share a start: their ends ascend with their starts, and the first that may
  // touch the range is found by halving.
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid].range.end < range.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < kept.length && kept[i].range.start <= range.end; i++) {
    const e = kept[i];
    const inside = e.range.start < range.end && e.range.end > range.start;
    const atEdge = e.range.start === e.range.end && (e.range.start === range.start || e.range.start === range.end);
    if (!inside && !atEdge) continue;
    if ((e.range.start < range.start || e.range.end > range.end) && e.newText !== '') return undefined;
    out += text.slice(at, Math.max(at, e.range.start)) + e.newText;
    at = Math.max(at, Math.min(e.range.end, range.end));
  }
  return out + text.slice(at, range.end);
}
