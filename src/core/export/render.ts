// The edition's body: the fixed text's blocks as Markdown, one Markdown block (a "chunk") each, blank lines between.
import { fencedBlocks } from '../document/codeFences';
import type { Block, HeadingBlock, QuoteBlock, Transcript, TurnBlock } from '../document/model';
import type { TextRange } from '../text/offsets';
import { languageScript } from '../language/languages';
import { metadataField, type FrontMatter } from './frontMatter';
import { HeadingLevels, UniqueHeadings, withoutTrailingPunctuation } from './headings';
import { LIST_ITEM, THEMATIC_BREAK, markdownProse } from './markdownText';
import type { ExportSettings } from './options';
import { TurnAnchors } from './turnAnchors';

/** One Markdown block of the edition and the source blocks it came from. */
export interface Chunk {
  text: string;
  readonly kind: 'heading' | 'quote' | 'paragraph' | 'list' | 'code' | 'table' | 'turn';
  /** Indices into the fixed text's blocks: the first and last it renders. */
  readonly first: number;
  readonly last: number;
}

/** A change the rendering makes, in the fixed text (the caller maps it to the input). */
export interface RenderChange {
  readonly rule: string;
  readonly kind: 'changed' | 'moved';
  readonly range: TextRange;
  readonly replacement: string;
  readonly reason: string;
}

/** What the rendering needs besides the fixed text's parse. */
export interface RenderContext {
  readonly settings: ExportSettings;
  /** The input text of a fixed-text range (anchors are named after the input, so fix settings do not move them). */
  readonly inputOf: (range: TextRange) => string;
  readonly fallbackTitle?: string;
}

/** The body's chunks, the front-matter values read from the text, the title, and what the rendering changed. */
export interface RenderedBody {
  readonly chunks: Chunk[];
  readonly frontMatter: FrontMatter;
  readonly title: string;
  /** Whether the title stands in the front matter (else the body opens with it as a `#` heading). */
  readonly titleInFrontMatter: boolean;
  readonly changes: RenderChange[];
}

const QUOTE_KINDS = new Set<Chunk['kind']>(['quote']);

/** Renders the fixed text's blocks. */
export function renderBody(t: Transcript, ctx: RenderContext): RenderedBody {
  // Chinese and Japanese write a label's colon full width, with no space after it (汤姆·伯格：文字).
  const colon = ['Han', 'Kana'].includes(languageScript(t.language.tag)) ? '：' : ':';
  const { text, blocks } = t;
  const { settings } = ctx;
  const fenced = fencedBlocks(text, blocks);
  const chunks: Chunk[] = [];
  const changes: RenderChange[] = [];
  const fm: FrontMatter = {};
  const content = (b: Block) => text.slice(b.contentRange.start, b.contentRange.end).replace(/^\uFEFF/, '');
  const prose = (range: TextRange, lineStart: boolean, rule = 'markdown-syntax') => {
    const raw = text.slice(range.start, range.end).replace(/^\uFEFF/, '');
    const out = markdownProse(raw, lineStart);
    if (out !== raw.replace(/\t/g, ' ').trim())
      changes.push({ rule, kind: 'changed', range, replacement: out, reason: 'Markdown syntax escaped so the text renders as written' });
    return out;
  };

  const fmFields = new Set(settings.frontMatter);
  const titleBlock = findTitleBlock(text, blocks, fenced);
  const titleInFrontMatter = fmFields.has('title');
  // Without a title line: the first heading names the document in the front matter; as the body's `#` heading, which
  // would repeat it, the file's name does.
  const title =
    titleBlock >= 0
      ? titleOf(text, blocks[titleBlock])
      : titleInFrontMatter
        ? (firstHeadingText(blocks) ?? ctx.fallbackTitle ?? '')
        : (ctx.fallbackTitle ?? firstHeadingText(blocks) ?? '');
  // Some title there must be (MD041): the first line, as the parse has it, shortened.
  const shownTitle = title || shorten(t.title) || 'Untitled';
  if (titleBlock >= 0) {
    const b = blocks[titleBlock];
    changes.push({
      rule: 'front-matter',
      kind: titleInFrontMatter ? 'moved' : 'changed',
      range: b.contentRange,
      replacement: titleInFrontMatter ? `title: ${JSON.stringify(title)}` : `# ${title}`,
      reason: titleInFrontMatter ? 'The title goes into the front matter' : 'The title becomes the level-1 heading',
    });
  }
  const levels = new HeadingLevels(2);
  const unique = new UniqueHeadings();
  if (!titleInFrontMatter) unique.unique(shownTitle);
  const anchors = new TurnAnchors();
  let pendingLabel: { text: string; block: number } | undefined;
  // A label whose turn has no text of its own stands alone when no paragraph follows it.
  const flushLabel = () => {
    if (pendingLabel) chunks.push({ text: pendingLabel.text, kind: 'turn', first: pendingLabel.block, last: pendingLabel.block });
    pendingLabel = undefined;
  };
  const push = (chunk: Chunk) => {
    flushLabel();
    chunks.push(chunk);
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'blank' || i === titleBlock) continue;
    if (fenced[i]) {
      let j = i;
      while (j + 1 < blocks.length && fenced[j + 1]) j++;
      while (j > i && blocks[j].kind === 'blank') j--;
      push({ kind: 'code', text: codeFence(text.slice(b.contentRange.start, blocks[j].contentRange.end)), first: i, last: j });
      i = j;
      continue;
    }
    switch (b.kind) {
      case 'heading': {
        const h = heading(b);
        push({ kind: 'heading', text: `${'#'.repeat(levels.next(b.level))} ${h}`, first: i, last: i });
        break;
      }
      case 'metadata': {
        const found = metadataField(b.key, b.value);
        if (found && fmFields.has(found.field) && fm[found.field] === undefined) {
          fm[found.field] = found.value;
          changes.push({
            rule: 'front-matter',
            kind: 'moved',
            range: b.contentRange,
            replacement: `${found.field}: ${JSON.stringify(found.value)}`,
            reason: `A metadata line goes into the front matter as "${found.field}"`,
          });
        } else if (/^\s*>/.test(content(b))) {
          const start = b.contentRange.start + content(b).search(/>/) + 1;
          push({ kind: 'quote', text: `> ${prose({ start, end: b.contentRange.end }, false)}`, first: i, last: i });
        } else push({ kind: 'paragraph', text: prose(b.contentRange, true), first: i, last: i });
        break;
      }
      case 'turn':
        flushLabel();
        i = turn(b, i);
        break;
      case 'quote': {
        const next = blocks[i + 1]?.kind === 'blank' ? i + 2 : i + 1;
        const attribution = blocks[next]?.kind === 'attribution' ? next : -1;
        push({ kind: 'quote', text: pullQuote(b, attribution), first: i, last: Math.max(i, attribution) });
        if (attribution >= 0) i = attribution;
        break;
      }
      case 'blockquote': {
        let j = i;
        while (blocks[j + 1]?.kind === 'blockquote') j++;
        const lines: string[] = [];
        for (let k = i; k <= j; k++) {
          const c = content(blocks[k]);
          const start = blocks[k].contentRange.start + c.indexOf('>') + 1;
          const line = prose({ start, end: blocks[k].contentRange.end }, false);
          lines.push(line ? `> ${line}` : '>');
        }
        push({ kind: 'quote', text: lines.join('\n'), first: i, last: j });
        i = j;
        break;
      }
      case 'attribution':
        push({ kind: 'paragraph', text: prose(b.contentRange, true), first: i, last: i });
        break;
      case 'paragraph': {
        const c = content(b);
        if (LIST_ITEM.test(c)) i = list(i);
        else if (/^\s*\|/.test(c)) i = table(i);
        else if (THEMATIC_BREAK.test(c)) push({ kind: 'paragraph', text: '---', first: i, last: i });
        else if (pendingLabel) {
          const label = pendingLabel.text;
          pendingLabel = undefined;
          push({ kind: 'turn', text: `${label} ${prose(b.contentRange, false)}`, first: i, last: i });
        } else push({ kind: 'paragraph', text: prose(b.contentRange, true), first: i, last: i });
        break;
      }
    }
  }
  flushLabel();
  return { chunks, frontMatter: fm, title: shownTitle, titleInFrontMatter, changes };

  // A heading's text: trailing punctuation dropped, made unique; each a recorded change.
  function heading(b: HeadingBlock): string {
    const raw = markdownProse(b.text, false);
    const bare = withoutTrailingPunctuation(raw);
    const out = unique.unique(bare);
    if (out !== raw)
      changes.push({
        rule: out === bare ? 'heading-punctuation' : 'heading-unique',
        kind: 'changed',
        range: b.textRange,
        replacement: out,
        reason: out === bare ? 'Trailing punctuation dropped from a heading' : 'A repeated heading numbered to keep headings unique',
      });
    return out;
  }

  // A turn as `**Name:** text`, anchored; a label without text on its line waits for the paragraph after it.
  function turn(b: TurnBlock, i: number): number {
    const { name, timestamp } = b.speaker;
    const label =
      settings.labelStyle === 'plain'
        ? `${name}${colon}`
        : settings.labelStyle === 'bold-name'
          ? `**${name}**${colon}`
          : `**${name}${colon}**`;
    const stamp = timestamp ? ` ${/^[[(（]/.test(timestamp) ? timestamp : `[${timestamp}]`}` : '';
    const id = settings.anchors === 'none' ? '' : anchors.id(name, ctx.inputOf(turnInput(i)), timestamp);
    const head = settings.anchors === 'html' ? `<a id="${id}"></a>${label}${stamp}` : `${label}${stamp}`;
    const tail = settings.anchors === 'attribute' ? ` {#${id}}` : '';
    const body = prose(b.textRange, false);
    if (body) chunks.push({ kind: 'turn', text: `${head}${colon === ':' || stamp ? ' ' : ''}${body}${tail}`, first: i, last: i });
    else pendingLabel = { text: `${head}${tail}`, block: i };
    return i;
  }

  // The text of the turn opened at block i, up to the next label, heading or metadata line (the anchor's name).
  function turnInput(i: number): TextRange {
    let end = blocks[i].contentRange.end;
    for (let j = i + 1; j < blocks.length && end - blocks[i].contentRange.start < 120; j++) {
      const k = blocks[j].kind;
      if (k === 'turn' || k === 'heading' || k === 'metadata') break;
      end = blocks[j].contentRange.end;
    }
    return { start: (blocks[i] as TurnBlock).textRange.start, end };
  }

  // A pull quote as a blockquote, its byline under it as `— Name`.
  function pullQuote(b: QuoteBlock, attribution: number): string {
    const quote = `> ${prose(b.contentRange, false)}`;
    if (attribution < 0) return quote;
    const a = blocks[attribution] as Extract<Block, { kind: 'attribution' }>;
    const byline = prose({ start: a.nameRange.start, end: a.contentRange.end }, false);
    return `${quote}\n>\n> — ${byline}`;
  }

  // A run of list items (blank lines between items allowed), bullets as "-": returns its last block. Numbered lines
  // that do not count 1, 2, 3 (or 1, 1, 1) from 0 or 1 are no list ("2019. It began."): paragraphs, their number escaped.
  function list(i: number): number {
    const items: { j: number; m: RegExpExecArray }[] = [];
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind === 'blank') continue;
      const m = b.kind === 'paragraph' && !fenced[j] ? LIST_ITEM.exec(content(b)) : null;
      if (!m || (items.length && ordered(m) !== ordered(items[0].m))) break;
      items.push({ j, m });
    }
    const last = items[items.length - 1].j;
    if (ordered(items[0].m) && !countsUp(items.map((it) => parseInt(it.m[2], 10)))) {
      for (const { j } of items) push({ kind: 'paragraph', text: prose(blocks[j].contentRange, true), first: j, last: j });
      return last;
    }
    const lines = items.map(({ j, m }) => {
      const b = blocks[j];
      const marker = /^[-*+]$/.test(m[2]) ? '-' : m[2];
      const indent = m[1].replace(/\t/g, '  ');
      const itemStart = b.contentRange.start + content(b).length - m[3].length;
      return `${indent}${marker} ${prose({ start: itemStart, end: b.contentRange.end }, false)}`;
    });
    push({ kind: 'list', text: lines.join('\n'), first: i, last });
    return last;
  }

  // A run of table rows, cells as written, pipes spaced alike (MD055, MD060).
  function table(i: number): number {
    let j = i;
    while (blocks[j + 1]?.kind === 'paragraph' && /^\s*\|/.test(content(blocks[j + 1]))) j++;
    const rows: string[] = [];
    for (let k = i; k <= j; k++) rows.push(tableRow(content(blocks[k])));
    push({ kind: 'table', text: rows.join('\n'), first: i, last: j });
    return j;
  }
}

/** Whether two chunks in a row would read as one blockquote interrupted by a blank line (MD028). */
export function needsSeparator(a: Chunk, b: Chunk): boolean {
  return QUOTE_KINDS.has(a.kind) && QUOTE_KINDS.has(b.kind);
}

// A fenced code block as written, its opening fence given a language when it has none (MD040).
function codeFence(raw: string): string {
  const lines = raw.split(/\r\n|\r|\n/);
  const open = /^( {0,3})(`{3,}|~{3,})\s*$/.exec(lines[0]);
  if (open) lines[0] = `${open[1]}${open[2]}text`;
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0])?.[1] ?? '```';
  // An unclosed fence runs to the end of the text: closed here, so that what follows the code is not code.
  if (lines.length === 1 || !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[lines.length - 1])) lines.push(fence);
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n');
}

// The block that titles the document, to move into the front matter: the first heading when no other heading
// is at its level or above, else a short first line alone above the text; -1 when there is none.
function findTitleBlock(text: string, blocks: readonly Block[], fenced: Uint8Array): number {
  const headings: number[] = [];
  for (let i = 0; i < blocks.length; i++)
    if (blocks[i].kind === 'heading' && !fenced[i] && (blocks[i] as HeadingBlock).level <= 6) headings.push(i);
  if (headings.length) {
    const first = blocks[headings[0]] as HeadingBlock;
    if (headings.every((h, k) => k === 0 || (blocks[h] as HeadingBlock).level > first.level)) return headings[0];
  }
  const first = blocks.findIndex((b) => b.kind !== 'blank');
  if (first < 0 || fenced[first] || blocks[first].kind !== 'paragraph') return -1;
  const line = text
    .slice(blocks[first].contentRange.start, blocks[first].contentRange.end)
    .replace(/^\uFEFF/, '')
    .trim();
  const alone = blocks[first + 1]?.kind === 'blank' && blocks.slice(first + 2).some((b) => b.kind !== 'blank');
  const titleLike = line.length <= 100 && !/[.。,，;；:：、…"”’»」』]$/u.test(line) && !LIST_ITEM.test(line) && !THEMATIC_BREAK.test(line);
  return alone && titleLike ? first : -1;
}

// The title's text as the front matter holds it.
function titleOf(text: string, b: Block): string {
  const raw = b.kind === 'heading' ? b.text : text.slice(b.contentRange.start, b.contentRange.end).replace(/^\uFEFF/, '');
  return raw.trim();
}

function firstHeadingText(blocks: readonly Block[]): string | undefined {
  const h = blocks.find((b): b is HeadingBlock => b.kind === 'heading');
  return h?.text.trim();
}

// A table row with one space inside each pipe.
function tableRow(line: string): string {
  const cells = line
    .trim()
    .replace(/\t/g, ' ')
    .split(/(?<!\\)\|/);
  if (cells[0].trim() === '') cells.shift();
  if (cells.length && cells[cells.length - 1].trim() === '') cells.pop();
  return `| ${cells.map((c) => c.trim()).join(' | ')} |`;
}

// Whether a list item is numbered.
const ordered = (m: RegExpExecArray) => /\d/.test(m[2]);

// Numbers as markdownlint's MD029 accepts them: 1, 1, 1 or counting up by one from 0 or 1.
function countsUp(numbers: readonly number[]): boolean {
  if (numbers[0] > 1) return false;
  return numbers.every((n) => n === 1) || numbers.every((n, k) => n === numbers[0] + k);
}

// A title cut to its first 80 characters (at a space where there is one).
function shorten(text: string): string {
  const t = text.trim();
  if (t.length <= 80) return t;
  const cut = t.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}
