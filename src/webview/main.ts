// The parallel view's page: a table of aligned rows, rendered a page of rows at a time (pages far from the
// viewport keep only their measured height), so that ten thousand rows scroll as smoothly as a hundred.
// Every document string reaches the page through textContent, never as markup.
import type {
  HostMessage,
  MatchSuggestion,
  ParallelColumn,
  ParallelRow,
  RowEdit,
  TermSuggestion,
  WebviewMessage,
} from '../shared/protocol';

declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void };

const vscode = acquireVsCodeApi();
const post = (message: WebviewMessage): void => vscode.postMessage(message);

const PAGE = 100;
const ESTIMATED_ROW = 44;

const header = document.getElementById('header')!;
const summary = document.getElementById('summary')!;
const body = document.getElementById('rows')!;
const status = document.getElementById('status')!;
const assist = document.getElementById('assist')!;

let columns: readonly ParallelColumn[] = [];
let rows: readonly ParallelRow[] = [];
let selected = -1;
const pageHeights = new Map<number, number>();

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const page = entry.target as HTMLElement;
      if (entry.isIntersecting) renderPage(page);
      else if (page.childElementCount) {
        pageHeights.set(Number(page.dataset.page), page.offsetHeight);
        page.style.height = `${page.offsetHeight}px`;
        page.replaceChildren();
      }
    }
  },
  { rootMargin: '1200px 0px' },
);

function renderTable(): void {
  observer.disconnect();
  pageHeights.clear();
  header.replaceChildren(cell('th', '#'), ...columns.map((c) => cell('th', c.label, c.lang)), cell('th', ''));
  header.style.setProperty('--columns', String(columns.length));
  body.style.setProperty('--columns', String(columns.length));
  const flagged = rows.filter((r) => r.flagged).length;
  const unmatched = rows.filter((r) => r.kind === 'source-only' || r.kind === 'target-only').length;
  const toWrite = rows.filter((r) => r.kind === 'to-write').length;
  const issues = rows.filter((r) => r.issues.length).length;
  summary.textContent =
    `${rows.length.toLocaleString()} rows · ${unmatched.toLocaleString()} unpaired · ` +
    `${toWrite ? `${toWrite.toLocaleString()} still to write · ` : ''}` +
    `${issues.toLocaleString()} with translation issues · ${flagged.toLocaleString()} to review`;
  const pages: HTMLElement[] = [];
  for (let start = 0; start < rows.length; start += PAGE) {
    const page = document.createElement('div');
    page.className = 'page';
    page.dataset.page = String(start / PAGE);
    page.style.height = `${Math.min(PAGE, rows.length - start) * ESTIMATED_ROW}px`;
    pages.push(page);
  }
  body.replaceChildren(...pages);
  for (const page of pages) observer.observe(page);
  status.textContent = rows.length ? '' : 'Nothing to align: both documents have no sentences.';
  if (pages[0]) renderPage(pages[0]);
  report();
}

// Tells the host what was drawn: the page makes only divs, so any other element would be document text
// turned into markup.
function report(): void {
  const all = body.querySelectorAll('*');
  let foreign = 0;
  for (const el of all) if (el.tagName !== 'DIV') foreign++;
  const sample = [...body.querySelectorAll('.row')]
    .slice(0, 3)
    .map((r) => [...r.children].map((c) => c.textContent).join(' | '))
    .join('\n');
  post({ type: 'rendered', rows: rows.length, elements: all.length, foreign, sample });
}

function renderPage(page: HTMLElement): void {
  if (page.childElementCount) return;
  const start = Number(page.dataset.page) * PAGE;
  const end = Math.min(rows.length, start + PAGE);
  const fragment = document.createDocumentFragment();
  for (let i = start; i < end; i++) fragment.append(renderRow(i));
  page.replaceChildren(fragment);
  page.style.height = '';
}

function renderRow(i: number): HTMLElement {
  const row = rows[i];
  const el = document.createElement('div');
  el.className = `row ${row.kind}${row.flagged ? ' flagged' : ''}${row.manual ? ' manual' : ''}${i === selected ? ' selected' : ''}`;
  el.id = `row-${i}`;
  el.dataset.row = String(i);
  el.setAttribute('role', 'row');
  el.append(cell('div', String(i + 1)), ...row.cells.map((text, c) => cell('div', text || '—', columns[c]?.lang, !text)));
  const shape =
    row.kind === 'pair'
      ? `${Math.round(row.score * 100)}%`
      : row.kind === 'source-only'
        ? 'omitted'
        : row.kind === 'to-write'
          ? 'to write'
          : 'added';
  const badge = cell('div', row.issues.length ? `⚠ ${row.issues.length} · ${shape}` : shape);
  badge.className = 'badge';
  const how = row.manual ? 'Set by hand' : 'The aligner’s confidence';
  badge.title = row.issues.length ? [...row.issues, how].join('\n') : how;
  if (row.issues.length) {
    el.classList.add('issues');
    el.setAttribute('aria-description', row.issues.join('; '));
  }
  el.append(badge);
  return el;
}

function cell(tag: string, text: string, lang?: string, empty = false): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (lang) el.lang = lang;
  if (empty) el.className = 'empty';
  el.setAttribute('role', tag === 'th' ? 'columnheader' : 'cell');
  return el;
}

function select(i: number, notify: boolean): void {
  if (i < 0 || i >= rows.length) return;
  document.getElementById(`row-${selected}`)?.classList.remove('selected');
  selected = i;
  const page = body.children[Math.floor(i / PAGE)] as HTMLElement | undefined;
  if (page) renderPage(page);
  const el = document.getElementById(`row-${i}`);
  el?.classList.add('selected');
  if (el) {
    // The toolbar and the assistant stay on screen over the rows: a row is brought into view clear of both.
    el.style.scrollMarginTop = `${document.getElementById('top')?.offsetHeight ?? 0}px`;
    el.style.scrollMarginBottom = `${document.getElementById('assist')?.offsetHeight ?? 0}px`;
    el.scrollIntoView({ block: 'nearest' });
  }
  // The row's issues at once; its glossary terms and matches replace them with the issues when they come.
  if (suggested.row !== i) renderSuggestions(i, [], []);
  if (notify) post({ type: 'select', row: i });
}

function nextFlagged(step: 1 | -1): void {
  for (let i = selected + step; i >= 0 && i < rows.length; i += step) {
    if (rows[i].flagged) return select(i, true);
  }
}

let suggested: { row: number; matches: readonly MatchSuggestion[] } = { row: -1, matches: [] };

function insert(match: number): void {
  if (selected >= 0 && suggested.row === selected && match < suggested.matches.length) post({ type: 'insert', row: selected, match });
}

// The selected row's translation issues, the glossary's terms and the memory's matches for it; a match is written
// into the translation with its number key or a click.
function renderSuggestions(row: number, terms: readonly TermSuggestion[], matches: readonly MatchSuggestion[]): void {
  suggested = { row, matches };
  const parts: HTMLElement[] = [];
  // The row's findings in words: the badge says how many, this says what.
  const issues = rows[row]?.issues ?? [];
  if (issues.length) {
    parts.push(line('assist-title', 'Translation issues'));
    for (const issue of issues) parts.push(line('issue', issue));
  }
  if (terms.length) {
    parts.push(line('assist-title', 'Glossary'));
    for (const t of terms) parts.push(line('term', `${t.term} → ${t.translation}${t.note ? ` (${t.note})` : ''}`));
  }
  if (matches.length) {
    parts.push(line('assist-title', 'Translation memory (1–3 writes one into the translation; D asks a language model for a draft)'));
    matches.forEach((m, i) => {
      const el = line('match', '');
      el.dataset.match = String(i);
      el.title = `From ${m.origin}`;
      el.append(span('score', `${i + 1} · ${m.score}%`));
      for (const piece of m.source) el.append(span(piece.kind === 'same' ? '' : `diff-${piece.kind}`, piece.text));
      el.append(line('match-target', m.target));
      parts.push(el);
    });
  }
  assist.replaceChildren(...parts);
  assist.hidden = parts.length === 0;
}

function line(className: string, text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.textContent = text;
  return el;
}

function span(className: string, text: string): HTMLElement {
  const el = document.createElement('span');
  if (className) el.className = className;
  el.textContent = text;
  return el;
}

assist.addEventListener('click', (e) => {
  const match = (e.target as HTMLElement).closest<HTMLElement>('.match');
  if (match) insert(Number(match.dataset.match));
});

function edit(kind: RowEdit): void {
  if (selected >= 0) post({ type: 'edit', edit: kind, row: selected });
}

body.addEventListener('click', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('.row');
  if (row) select(Number(row.dataset.row), true);
});

const KEYS: Record<string, () => void> = {
  ArrowDown: () => select(selected + 1, true),
  ArrowUp: () => select(Math.max(0, selected - 1), true),
  '1': () => insert(0),
  '2': () => insert(1),
  '3': () => insert(2),
  d: () => selected >= 0 && post({ type: 'draft', row: selected }),
  n: () => nextFlagged(1),
  p: () => nextFlagged(-1),
  m: () => edit('merge-next'),
  s: () => edit('split'),
  u: () => edit('unlink'),
};

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const action = KEYS[e.key];
  if (action) {
    e.preventDefault();
    action();
  }
});

for (const [id, action] of Object.entries({
  next: () => nextFlagged(1),
  previous: () => nextFlagged(-1),
  merge: () => edit('merge-next'),
  split: () => edit('split'),
  unlink: () => edit('unlink'),
  'export-markdown': () => post({ type: 'export', format: 'markdown' }),
  'export-bilingual': () => post({ type: 'export', format: 'bilingual' }),
})) {
  document.getElementById(id)!.addEventListener('click', action);
}

window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
  const msg = e.data;
  switch (msg.type) {
    case 'table':
      columns = msg.columns;
      rows = msg.rows;
      renderTable();
      if (selected >= rows.length) selected = -1;
      else if (selected >= 0) select(selected, false);
      break;
    case 'reveal':
      select(msg.row, false);
      break;
    case 'suggestions':
      if (msg.row === selected) renderSuggestions(msg.row, msg.terms, msg.matches);
      break;
    case 'busy':
      status.textContent = msg.text;
      break;
    case 'error':
      status.textContent = msg.text;
      status.className = 'error';
      break;
  }
});

post({ type: 'ready' });
