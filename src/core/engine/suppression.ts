import type { TextRange } from '../text/offsets';

/** Spans in which some checks (or all, `ids` empty) are switched off by inline comments. */
export interface Suppression {
  readonly range: TextRange;
  /** Check ids, or empty for every check. */
  readonly ids: readonly string[];
}

/** A `text` the document asked a check to ignore everywhere (`<!-- interlinear-ignore id: text -->`). */
export interface Ignore {
  readonly id: string;
  readonly text: string;
}

const DIRECTIVE = /<!--\s*interlinear-(disable-next-line|disable|enable|ignore)\b([^]*?)-->/g;

/** Reads `<!-- interlinear-disable [ids] -->` … `<!-- interlinear-enable [ids] -->`, `-disable-next-line` and `-ignore`. */
export function readDirectives(text: string): { suppressions: Suppression[]; ignores: Ignore[] } {
  const suppressions: Suppression[] = [];
  const ignores: Ignore[] = [];
  const open = new Map<string, number>(); // id ('' for all) → where its disable began
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index!;
    const kind = m[1];
    const rest = m[2].trim();
    if (kind === 'ignore') {
      const colon = rest.indexOf(':');
      if (colon > 0 && rest.slice(colon + 1).trim()) ignores.push({ id: rest.slice(0, colon).trim(), text: rest.slice(colon + 1).trim() });
      continue;
    }
    const ids = rest ? rest.split(/[\s,]+/).filter(Boolean) : [];
    if (kind === 'disable-next-line') {
      const lineEnd = nextLineEnd(text, at + m[0].length);
      suppressions.push({ range: { start: at, end: lineEnd }, ids });
    } else if (kind === 'disable') {
      for (const id of ids.length ? ids : ['']) if (!open.has(id)) open.set(id, at);
    } else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const start = open.get(id);
        if (start === undefined) continue;
        suppressions.push({ range: { start, end: at }, ids: id ? [id] : [] });
        open.delete(id);
      }
    }
  }
  for (const [id, start] of open) suppressions.push({ range: { start, end: text.length }, ids: id ? [id] : [] });
  return { suppressions, ignores };
}

// The end of the line after the one holding `from`.
function nextLineEnd(text: string, from: number): number {
  const first = text.indexOf('\n', from);
  if (first < 0) return text.length;
  const second = text.indexOf('\n', first + 1);
  return second < 0 ? text.length : second;
}

/** Whether a finding of `id` at `range` is switched off. */
export function isSuppressed(suppressions: readonly Suppression[], id: string, range: TextRange): boolean {
  return suppressions.some((s) => s.range.start <= range.start && range.end <= s.range.end && (s.ids.length === 0 || s.ids.includes(id)));
}
