import type { TextRange } from '../text/offsets';
import type { TextEdit } from './types';

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
      const ignoredText = directiveText(rest.slice(colon + 1));
      if (colon > 0 && ignoredText) ignores.push({ id: rest.slice(0, colon).trim(), text: ignoredText });
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

// The end of the line after the one holding `from` (before its line break), any of CRLF, LF and CR ending a line.
function nextLineEnd(text: string, from: number): number {
  const BREAK = /\r\n|\n|\r/g;
  BREAK.lastIndex = from;
  const first = BREAK.exec(text);
  if (!first) return text.length;
  const second = BREAK.exec(text);
  return second ? second.index : text.length;
}

/** Whether a finding of `id` at `range` is switched off. */
export function isSuppressed(suppressions: readonly Suppression[], id: string, range: TextRange): boolean {
  return suppressions.some((s) => s.range.start <= range.start && range.end <= s.range.end && (s.ids.length === 0 || s.ids.includes(id)));
}

/** Text as an ignore directive holds it and compares it: runs of white space (line breaks too) as one space, trimmed. */
export function directiveText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Longest flagged text an ignore directive is written for: a longer one would bury the document in comments.
const MAX_IGNORED_TEXT = 120;

/**
 * The edit that makes the document ignore `flagged` for check `id` everywhere: an ignore directive on a
 * line of its own at the end. Undefined when the text cannot be written into a comment (empty, too long,
 * or holding `-->`).
 */
export function ignoreDirectiveEdit(text: string, id: string, flagged: string): TextEdit | undefined {
  const ignored = directiveText(flagged);
  if (!ignored || ignored.length > MAX_IGNORED_TEXT || ignored.includes('-->')) return undefined;
  const eol = lineBreakOf(text);
  const atLineStart = text === '' || /[\r\n]$/.test(text);
  return {
    range: { start: text.length, end: text.length },
    newText: `${atLineStart ? '' : eol}<!-- interlinear-ignore ${id}: ${ignored} -->${eol}`,
  };
}

/** The edit that switches check `id` off for the line holding `offset`: a disable-next-line directive on the line before it. */
export function disableNextLineEdit(text: string, offset: number, id: string): TextEdit {
  let at = Math.min(Math.max(offset, 0), text.length);
  // An offset between the halves of a CRLF belongs to the line that CRLF ends.
  if (text[at - 1] === '\r' && text[at] === '\n') at--;
  const start = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  return { range: { start, end: start }, newText: `<!-- interlinear-disable-next-line ${id} -->${lineBreakOf(text)}` };
}

// The document's line break, as editors pick it: the first one in the text, else a line feed.
function lineBreakOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}
