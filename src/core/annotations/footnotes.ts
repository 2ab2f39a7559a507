import type { PlaceOptions } from '../anchors/place';
import { noteText, type Annotation } from './model';
import { reanchorAnnotations } from './reanchor';
import { authorOf } from './summary';

/** Which notes an export carries as footnotes. */
export interface FootnoteOptions extends PlaceOptions {
  /** `open` (default): notes still to be dealt with; `all`: resolved ones too. */
  readonly include?: 'open' | 'all';
  /** Footnote labels are `${label}1`, `${label}2`…; `note-` by default, apart from footnotes the text may have. */
  readonly label?: string;
}

// Letters, digits and marks: a footnote mark put there would split a word.
const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * `text` with the notes as Markdown footnotes: a reference `[^note-1]` after each note's span (at the end of the
 * word it ends in), numbered in text order, and their definitions at the end — category, text, replies, author.
 * The notes are re-attached to `text` first (an exporter passes the cleaned text, and the original as
 * `previousText`); notes that cannot be placed are listed after the definitions, never left out. An exporter that
 * leaves notes out simply does not call this.
 */
export function renderFootnotes(text: string, annotations: readonly Annotation[], options: FootnoteOptions = {}): string {
  const label = options.label ?? 'note-';
  const chosen = options.include === 'all' ? annotations : annotations.filter((a) => a.status === 'open');
  if (chosen.length === 0) return text;
  const placed = reanchorAnnotations(chosen, text, options);
  const marks = placed
    .filter((p) => p.range)
    .map((p) => ({ annotation: p.annotation, at: wordEnd(text, p.range!.end) }))
    .sort((a, b) => a.at - b.at);
  const orphans = placed.filter((p) => p.orphaned).map((p) => p.annotation);
  let out = '';
  let from = 0;
  marks.forEach((m, i) => {
    out += `${text.slice(from, m.at)}[^${label}${i + 1}]`;
    from = m.at;
  });
  out += text.slice(from);
  const definitions = marks.map((m, i) => `[^${label}${i + 1}]: ${describe(m.annotation)}`);
  const unplaced = orphans.map((a) => `- “${a.anchor.exact.replace(/\s+/g, ' ')}”: ${describe(a)}`);
  const tail = [
    ...(definitions.length ? ['', ...definitions] : []),
    ...(unplaced.length ? ['', 'Notes whose text is gone:', '', ...unplaced] : []),
  ];
  return `${out.trimEnd()}\n${tail.join('\n')}\n`;
}

// Past the rest of the word an offset falls inside.
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && i < text.length && WORD.test(text[i - 1]) && WORD.test(text[i])) i++;
  return i;
}

// One note as a footnote's text; lines after the first indented, as footnote continuations are.
function describe(a: Annotation): string {
  const head = [a.category ? `**${a.category}**` : '', a.status === 'resolved' ? '(resolved)' : ''].filter(Boolean).join(' ');
  const author = authorOf(a);
  const replies = a.comments.slice(1).map((c) => `↳ ${c.creator?.name ? `${c.creator.name}: ` : ''}${c.value}`);
  const body = [`${head ? `${head}: ` : ''}${noteText(a)}${author ? ` — ${author}` : ''}`, ...replies].join('\n');
  return body.replace(/\r\n|\r|\n/g, '\n    ');
}
