// Review notes as Markdown footnotes: each note re-attached to the input (it may have been made on an older text),
// its reference set after the edition block that holds the end of its text.
import { attachAnchor } from '../anchors/attach';
import { markdownProse } from './markdownText';
import type { ExportNote } from './options';
import type { Chunk } from './render';

/** Adds footnote references to the chunks holding the notes and returns the footnote definitions, numbered in order. */
export function setFootnotes(
  input: string,
  notes: readonly ExportNote[],
  chunks: Chunk[],
  blockOfInput: (offset: number) => number,
): string {
  if (notes.length === 0 || chunks.length === 0) return '';
  const placed: { chunk: number; at: number; body: string }[] = [];
  for (const note of notes) {
    const attached = attachAnchor(input, {
      exact: note.exact,
      prefix: note.prefix ?? '',
      suffix: note.suffix ?? '',
      start: note.start,
      end: note.end,
    });
    if (attached.method === 'orphaned') {
      placed.push({ chunk: chunks.length - 1, at: Infinity, body: `On text no longer found (“${note.exact}”): ${note.body}` });
      continue;
    }
    const block = blockOfInput(Math.max(attached.range.start, attached.range.end - 1));
    // The first chunk that renders the block or comes after it (the block itself may have been removed or moved).
    let chunk = chunks.findIndex((c) => c.last >= block && c.kind !== 'code');
    if (chunk < 0) chunk = chunks.length - 1;
    placed.push({ chunk, at: attached.range.start, body: note.body });
  }
  placed.sort((a, b) => a.chunk - b.chunk || a.at - b.at);
  const definitions: string[] = [];
  placed.forEach((p, k) => {
    const label = `[^${k + 1}]`;
    const c = chunks[p.chunk];
    const eol = c.text.indexOf('\n');
    c.text = eol < 0 ? c.text + label : c.text.slice(0, eol) + label + c.text.slice(eol);
    const lines = p.body
      .trim()
      .split(/\r\n|\r|\n/)
      .map((l) => markdownProse(l, false));
    definitions.push(`${label}: ${lines.map((l, i) => (i === 0 || l === '' ? l : `    ${l}`)).join('\n')}`);
  });
  return definitions.join('\n');
}
