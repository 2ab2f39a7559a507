import { CATEGORIES } from './model';
import type { AnnotationRecord } from './records';

/**
 * A review report in Markdown: a table of counts by category and status, then one table of notes per category
 * (the notes without one last), each with its place, quote, text, replies, status and author. Orphaned notes are
 * marked, never left out.
 */
export function formatAnnotationsMarkdown(file: string, records: readonly AnnotationRecord[]): string {
  const lines = [`# Review notes: ${inline(file)}`, ''];
  if (records.length === 0) return [...lines, 'No notes.', ''].join('\n');
  const open = records.filter((r) => r.status === 'open').length;
  const orphaned = records.filter((r) => r.orphaned).length;
  lines.push(
    `${plural(records.length, 'note')}: ${open} open, ${records.length - open} resolved${orphaned ? `, ${orphaned} orphaned (their text is gone)` : ''}.`,
    '',
  );
  const groups = groupByCategory(records);
  lines.push('| Category | Open | Resolved | Total |', '|---|---:|---:|---:|');
  for (const [category, items] of groups) {
    const o = items.filter((r) => r.status === 'open').length;
    lines.push(`| ${cell(category)} | ${o} | ${items.length - o} | ${items.length} |`);
  }
  for (const [category, items] of groups) {
    lines.push('', `## ${inline(category)}`, '', '| Where | Quote | Note | Status | Author |', '|---|---|---|---|---|');
    for (const r of items) {
      const where = r.orphaned ? `orphaned (was ${r.line}:${r.column})` : `${r.line}:${r.column}`;
      const thread = [r.body, ...r.replies.map((x) => `↳ ${x.creator ? `${x.creator}: ` : ''}${x.value}`)].join('\n');
      lines.push(`| ${where} | ${cell(quote(r.exact))} | ${cell(thread)} | ${r.status} | ${cell(r.creator ?? '')} |`);
    }
  }
  return [...lines, ''].join('\n');
}

// The records per category, in the categories' order; unknown categories after them, uncategorised last.
function groupByCategory(records: readonly AnnotationRecord[]): [string, AnnotationRecord[]][] {
  const groups = new Map<string, AnnotationRecord[]>();
  for (const r of records) {
    const key = r.category ?? 'uncategorised';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rank = (c: string) =>
    c === 'uncategorised'
      ? CATEGORIES.length + 1
      : (CATEGORIES as readonly string[]).includes(c)
        ? CATEGORIES.indexOf(c as never)
        : CATEGORIES.length;
  return [...groups].sort((a, b) => rank(a[0]) - rank(b[0]));
}

// A quote shortened for a table cell.
function quote(exact: string): string {
  const flat = exact.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

// Text made safe inside a table cell: pipes escaped, line breaks as <br>.
function cell(text: string): string {
  return inline(text)
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

// Text made safe on one Markdown line (no HTML or line breaks to break out of it).
function inline(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

// "1 note", "2 notes".
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
