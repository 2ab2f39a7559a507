import { EMPTY_GLOSSARY, parseGlossary, type Glossary } from '../terms/glossary';
import type { TextEdit } from '../engine/types';
import { readTextFile, type ProjectFileSystem } from './fileSystem';
import type { Loaded } from './loaded';
import { GLOSSARY_PATH } from './sidecars';

/** The header a new glossary file starts with. */
export const GLOSSARY_HEADER = 'term\tlang\tnote';

/**
 * Loads a glossary; `path` follows the project's rule (relative to the project root, or absolute) and
 * `label` names the file in messages. Broken rows are skipped and listed in `problems`, never fatal.
 */
export async function loadGlossary(fs: ProjectFileSystem, path = GLOSSARY_PATH, label = path): Promise<Loaded<Glossary>> {
  const read = await readTextFile(fs, path);
  if (!read.ok) return { status: read.missing ? 'missing' : 'unreadable', value: EMPTY_GLOSSARY, message: `${label}: ${read.reason}` };
  const glossary = parseGlossary(read.text, label);
  return { status: 'loaded', value: glossary, problems: glossary.problems };
}

/**
 * The edit adding a term to a glossary file whose text is `text` (undefined for a file not yet created: the
 * edit then holds the whole new file, header first). The row follows the file's header: its separator and
 * its column order. Undefined when the term cannot be one cell (empty, or holding a tab or line break).
 */
export function glossaryRowEdit(text: string | undefined, term: string, lang: string): TextEdit | undefined {
  const cell = term.trim();
  if (!cell || /[\t\r\n]/.test(cell)) return undefined;
  if (text === undefined || text.trim() === '')
    return { range: { start: 0, end: text?.length ?? 0 }, newText: `${GLOSSARY_HEADER}\n${cell}\t${lang}\t\n` };
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .find((r) => r.trim() !== '' && !r.startsWith('#'))!;
  const separator = header.includes('\t') || !header.includes(',') ? '\t' : ',';
  const names = header.split(separator).map((n) => n.trim().toLowerCase());
  const cells = names.map((n) => (n === 'term' ? cell : n === 'lang' ? lang : ''));
  if (!names.includes('term')) cells.unshift(cell);
  const quote = (c: string) => (separator === ',' && /[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  return {
    range: { start: text.length, end: text.length },
    newText: `${/[\r\n]$/.test(text) ? '' : eol}${cells.map(quote).join(separator)}${eol}`,
  };
}

/** What adding a term to a glossary file did: added it, found it there already, or could not. */
export type GlossaryAddition = { readonly ok: true; readonly added: boolean } | { readonly ok: false; readonly message: string };

/**
 * Adds a term to the glossary file on disk: reads it again (another window may have written it), appends a row as its
 * header has them (`glossaryRowEdit`; a new file starts with the header) and writes atomically. A term the file holds
 * already, as a term or a translation, is not added twice; a file that cannot be read is left alone, never overwritten.
 */
export async function addGlossaryTerm(
  fs: ProjectFileSystem,
  term: string,
  lang: string,
  path = GLOSSARY_PATH,
  label = path,
): Promise<GlossaryAddition> {
  const read = await readTextFile(fs, path);
  if (!read.ok && !read.missing) return { ok: false, message: `${label}: ${read.reason}; left as it is` };
  const text = read.ok ? read.text : undefined;
  const cell = term.trim();
  if (text !== undefined && parseGlossary(text, label).entries.some((e) => e.term === cell || e.translation === cell))
    return { ok: true, added: false };
  const row = glossaryRowEdit(text, term, lang);
  if (!row) return { ok: false, message: `“${cell}” cannot be a glossary term: a term is one line without tabs` };
  const current = text ?? '';
  await fs.writeFileAtomic(path, current.slice(0, row.range.start) + row.newText + current.slice(row.range.end));
  return { ok: true, added: true };
}
