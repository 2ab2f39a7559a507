import type { TextRange } from '../text/offsets';

/** What an export did to one span of its input: removed it, rewrote it, or moved it into the front matter. */
export interface ExportChange {
  /** The check whose fix made it (`punctuation`, `boilerplate`, …) or the export step (`front-matter`, `heading-level`, …). */
  readonly rule: string;
  readonly kind: 'removed' | 'changed' | 'moved';
  /** Where it was in the input (0-based UTF-16 offsets, end exclusive). */
  readonly range: TextRange;
  /** 1-based line of the input where it starts. */
  readonly line: number;
  /** The input's text, exactly. */
  readonly original: string;
  /** What the edition has instead ('' for a removal). */
  readonly replacement: string;
  /** Why, in a sentence (the check's message for a fix). */
  readonly reason: string;
}

/** The changes of an export as text: one entry per change, in input order, each with its rule and original text. */
export function formatChanges(changes: readonly ExportChange[], file = 'input'): string {
  if (changes.length === 0) return `${file}: nothing removed or changed\n`;
  const removed = changes.filter((c) => c.kind === 'removed').length;
  const lines = [`${file}: ${removed} removed, ${changes.length - removed} changed or moved`];
  for (const c of changes) {
    const head = `${file}:${c.line}: ${c.kind} (${c.rule})`;
    const what = c.kind === 'removed' ? quoteBlock(c.original) : `${quoteBlock(c.original)}\n    → ${quoteBlock(c.replacement)}`;
    lines.push(`${head}: ${c.reason}\n    ${what}`);
  }
  return lines.join('\n') + '\n';
}

// A text for one report entry: quoted, its line breaks shown as ⏎ so that each entry stays one block.
function quoteBlock(text: string): string {
  return JSON.stringify(text.replace(/\r\n|\r|\n/g, '⏎'));
}
