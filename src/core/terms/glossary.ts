/** One preferred spelling, with its language and, optionally, its rendering in another language. */
export interface GlossaryEntry {
  readonly term: string;
  readonly lang: string;
  readonly note?: string;
  readonly translation?: string;
  readonly translationLang?: string;
}

/** A loaded glossary and what was wrong with the rows it had to skip. */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  readonly problems: readonly string[];
}

/** Whether two language tags name one language (`zh` and `zh-Hans`), as glossary columns and documents give them. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];
}

/** The glossary with no entries. */
export const EMPTY_GLOSSARY: Glossary = { entries: [], problems: [] };

/**
 * Parses a glossary: TSV, or CSV when the header has commas but no tabs; a header row names the
 * columns `term`, `lang`, optional `note`, `translation`, `translation_lang`; other columns are ignored.
 * Bad rows are skipped and described in `problems`, never thrown.
 */
export function parseGlossary(text: string, source = 'glossary'): Glossary {
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = rows.findIndex((r) => r.trim() !== '' && !r.startsWith('#'));
  if (headerIndex < 0) return { entries: [], problems: [`${source}: empty file (a header row "term<TAB>lang" is expected)`] };
  const header = rows[headerIndex];
  const separator = header.includes('\t') || !header.includes(',') ? '\t' : ',';
  const headerCells = splitRow(header, separator);
  if (!headerCells) return { entries: [], problems: [`${source}:${headerIndex + 1}: the header has an unterminated quote`] };
  const names = headerCells.map((n) => n.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  const [term, lang, note, translation, translationLang] = ['term', 'lang', 'note', 'translation', 'translation_lang'].map(col);
  if (term < 0) return { entries: [], problems: [`${source}: the header has no "term" column (found: ${names.join(', ') || 'nothing'})`] };
  const entries: GlossaryEntry[] = [];
  const problems: string[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    if (rows[i].trim() === '' || rows[i].startsWith('#')) continue;
    const split = splitRow(rows[i], separator);
    if (!split) {
      problems.push(`${source}:${i + 1}: unterminated quote; skipped`);
      continue;
    }
    const cells = split.map((c) => c.trim());
    const value = (index: number) => (index >= 0 && cells[index] ? cells[index] : undefined);
    const t = value(term);
    if (!t) {
      problems.push(`${source}:${i + 1}: row has no term; skipped`);
      continue;
    }
    entries.push({
      term: t,
      lang: value(lang) ?? 'und',
      ...(value(note) ? { note: value(note) } : {}),
      ...(value(translation) ? { translation: value(translation) } : {}),
      ...(value(translationLang) ? { translationLang: value(translationLang) } : {}),
    });
  }
  return { entries, problems };
}

// Splits one row; in CSV, double quotes protect separators and `""` stands for a quote. Undefined when a
// quote is left open (a field never spans lines here: the rest of the row would silently become one cell).
function splitRow(row: string, separator: string): string[] | undefined {
  if (separator === '\t') return row.split('\t');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  if (quoted) return undefined;
  cells.push(cell);
  return cells;
}

/** Merges glossaries; earlier ones win where two name the same term. */
export function mergeGlossaries(...glossaries: Glossary[]): Glossary {
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const e of glossaries.flatMap((g) => g.entries)) {
    if (seen.has(e.term)) continue;
    seen.add(e.term);
    entries.push(e);
  }
  return { entries, problems: glossaries.flatMap((g) => g.problems) };
}

// Values derived from a glossary, per glossary object: a glossary is never changed once parsed.
const derived = new WeakMap<Glossary, Map<string, unknown>>();

/**
 * A value computed from a glossary once per glossary and `key`, then shared: one run checks many documents
 * with the same glossary, and work over a large one (parsing each entry as a name, folding its spellings)
 * belongs to the glossary, not to each document. `key` names the derivation and whatever else it reads
 * (`names:en`); `compute` must depend on nothing else.
 */
export function fromGlossary<T>(glossary: Glossary, key: string, compute: () => T): T {
  let values = derived.get(glossary);
  if (!values) derived.set(glossary, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}
