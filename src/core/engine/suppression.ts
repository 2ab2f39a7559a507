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

// What opens a directive comment, matched where a comment opens; its body runs to the comment's first `-->`.
const DIRECTIVE_HEAD = /<!--\s*interlinear-(disable-next-line|disable|enable|ignore)\b/y;

// The directives in document order, as `/<!--\s*interlinear-(…)\b([^]*?)-->/g` would match them, in one pass
// (see htmlComments: a run of comments that never close does not rescan the text to its end for each).
function* directives(text: string): Iterable<{ at: number; end: number; kind: string; body: string }> {
  let closer = -2; // the first `-->` at or after where it was last searched from; -1: there is none
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 1)) {
    DIRECTIVE_HEAD.lastIndex = at;
    const head = DIRECTIVE_HEAD.exec(text);
    if (!head) continue;
    const bodyStart = at + head[0].length;
    if (closer !== -1 && closer < bodyStart) closer = text.indexOf('-->', bodyStart);
    if (closer < 0) return;
    yield { at, end: closer + 3, kind: head[1], body: text.slice(bodyStart, closer) };
    at = closer + 2;
  }
}

/** Reads `<!-- interlinear-disable [ids] -->` … `<!-- interlinear-enable [ids] -->`, `-disable-next-line` and `-ignore`. */
export function readDirectives(text: string): { suppressions: Suppression[]; ignores: Ignore[] } {
  const suppressions: Suppression[] = [];
  const ignores: Ignore[] = [];
  const open = new Map<string, number>(); // id ('' for all) → where its disable began
  for (const { at, end, kind, body } of directives(text)) {
    const rest = body.trim();
    if (kind === 'ignore') {
      const colon = rest.indexOf(':');
      const ignoredText = directiveText(rest.slice(colon + 1));
      if (colon > 0 && ignoredText) ignores.push({ id: rest.slice(0, colon).trim(), text: ignoredText });
      continue;
    }
    const ids = rest ? rest.split(/[\s,]+/).filter(Boolean) : [];
    if (kind === 'disable-next-line') {
      const lineEnd = nextLineEnd(text, end);
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

/** Whether a finding of `id` at `range` is switched off (`suppressions` as `readDirectives` returned them, not changed since). */
export function isSuppressed(suppressions: readonly Suppression[], id: string, range: TextRange): boolean {
  if (suppressions.length === 0) return false;
  let index = indexes.get(suppressions);
  if (!index) indexes.set(suppressions, (index = indexSuppressions(suppressions)));
  return covers(index.get(''), range) || covers(index.get(id), range);
}

// The spans of one check id (or '' for all checks) sorted by start, with the furthest end of those up to each.
interface SpanIndex {
  readonly starts: number[];
  readonly maxEnds: number[];
}

// Built once per list of suppressions, so that a document with thousands of directives and findings is not
// checked directive by directive for each finding.
const indexes = new WeakMap<readonly Suppression[], Map<string, SpanIndex>>();

function indexSuppressions(suppressions: readonly Suppression[]): Map<string, SpanIndex> {
  const byId = new Map<string, TextRange[]>();
  for (const s of suppressions) {
    for (const id of s.ids.length ? s.ids : ['']) {
      const list = byId.get(id) ?? [];
      list.push(s.range);
      byId.set(id, list);
    }
  }
  const out = new Map<string, SpanIndex>();
  for (const [id, ranges] of byId) {
    ranges.sort((a, b) => a.start - b.start);
    const maxEnds: number[] = [];
    for (const r of ranges) maxEnds.push(Math.max(r.end, maxEnds.length ? maxEnds[maxEnds.length - 1] : -Infinity));
    out.set(id, { starts: ranges.map((r) => r.start), maxEnds });
  }
  return out;
}

// Whether one of the spans starts at or before `range` and ends at or after it.
function covers(index: SpanIndex | undefined, range: TextRange): boolean {
  if (!index) return false;
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] <= range.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnds[lo - 1] >= range.end;
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
