import type { Section, Transcript, Turn, TurnBlock } from './model';
import { blockContentEnd, blockStart } from './compact';
import { paragraphs, type Paragraph } from './paragraphs';
import { isSpace, lastBlockOfTurn } from './parse';
import type { TextRange } from '../text/offsets';

/**
 * A node of the document outline: a section holding sections and turns, a turn, or, in a document with neither, a
 * paragraph. The outline with people (`speakers/peopleOutline.ts`) adds the speakers, each person, their spellings
 * and the bylines and header fields that name them.
 */
export interface OutlineNode {
  readonly kind: 'section' | 'turn' | 'paragraph' | 'speakers' | 'person' | 'spelling' | 'mention';
  readonly name: string;
  readonly detail: string;
  readonly range: TextRange;
  readonly selectionRange: TextRange;
  readonly startLine: number;
  readonly endLine: number;
  readonly children: OutlineNode[];
}

const PREVIEW_CHARS = 32;

// A node without children (every turn, and a section without any) shares one empty, frozen list: a million turns or
// headings, a million arrays less.
const NO_CHILDREN = Object.freeze([]) as unknown as OutlineNode[];

/**
 * Builds the outline: sections nested by level, each turn under the innermost section around it; a document with
 * neither (a monologue, an article) is outlined by its paragraphs. `turnDetail` says what a turn's detail is (by
 * default its timestamp).
 */
export function buildOutline(t: Transcript, turnDetail?: (turn: number) => string): OutlineNode[] {
  const { sections, blocks } = t;
  // Turns are read from their blocks (each turn block opens the next turn): the outline of a million turns does not
  // make the million turns first.
  const nextTurn = (from: number) => {
    for (let k = from; k < blocks.length; k++) if (blocks[k].kind === 'turn') return k;
    return -1;
  };
  let b = nextTurn(0);
  if (sections.length === 0 && b < 0) return paragraphs(t).map((p) => paragraphNode(t, p));
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  // Sections and turns each come in document order: merged (a section first where both start at one offset), not
  // concatenated and sorted.
  let s = 0;
  let u = 0;
  let section = s < sections.length ? sectionNode(t, sections[s]) : undefined;
  let turn = b >= 0 ? turnNode(t, b, turnDetail?.(u)) : undefined;
  while (section || turn) {
    let node: OutlineNode;
    if (section && (!turn || section.range.start <= turn.range.start)) {
      node = section;
      section = ++s < sections.length ? sectionNode(t, sections[s]) : undefined;
    } else {
      node = turn!;
      b = nextTurn(b + 1);
      turn = b >= 0 ? turnNode(t, b, turnDetail?.(++u)) : undefined;
    }
    while (stack.length && !(stack[stack.length - 1].range.end >= node.range.end && stack[stack.length - 1].kind === 'section'))
      stack.pop();
    if (!stack.length) roots.push(node);
    else {
      const parent = stack[stack.length - 1] as { children: OutlineNode[] };
      // A section gets its own list with its first child.
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
    }
    if (node.kind === 'section') stack.push(node);
  }
  return roots;
}

function sectionNode(t: Transcript, s: Section): OutlineNode {
  const h = t.blocks[s.block];
  return {
    kind: 'section',
    name: s.title || '(untitled)',
    detail: '',
    range: s.range,
    selectionRange: h.kind === 'heading' ? h.textRange : h.contentRange,
    startLine: s.startLine,
    endLine: s.endLine,
    children: NO_CHILDREN,
  };
}

// The node of the turn that turn block `block` opens.
function turnNode(t: Transcript, block: number, detail?: string): OutlineNode {
  const label = t.blocks[block] as TurnBlock;
  const { speaker } = label;
  const end = t.blocks[lastBlockOfTurn(t.blocks, block)];
  const words = preview(t.text, label.textRange);
  return {
    kind: 'turn',
    name: words ? `${speaker.name}: ${words}` : speaker.name,
    detail: detail ?? speaker.timestamp ?? '',
    range: { start: blockStart(label), end: blockContentEnd(end) },
    selectionRange: speaker.nameRange,
    startLine: label.startLine,
    endLine: end.endLine,
    children: NO_CHILDREN,
  };
}

/** The first words of a turn's text after its label (none when the label stands alone on its line). */
export function turnWords(t: Transcript, turn: Turn): string {
  const b = t.blocks[turn.block];
  return b.kind === 'turn' ? preview(t.text, b.textRange) : '';
}

/** The first words of a text, cut at a word boundary where the script has them, with an ellipsis when cut. */
export function preview(text: string, range: TextRange): string {
  // Only the head of the turn matters: read up to the character that makes the flattened text one too long (or
  // to the end), so a turn of a megabyte is not flattened whole for 32 characters.
  let end = range.start;
  let length = 0;
  let gap = false;
  // Whether the head is already flat (single spaces between words, none around): most turns, then not re-read.
  let flatAlready = true;
  let afterSpace = true;
  while (end < range.end && length <= PREVIEW_CHARS) {
    const c = text.charCodeAt(end);
    if (isSpace(c)) {
      if (c !== 32 || afterSpace) flatAlready = false;
      afterSpace = true;
      gap = length > 0;
    } else {
      length += gap ? 2 : 1;
      gap = false;
      afterSpace = false;
    }
    end++;
  }
  if (afterSpace && end > range.start) flatAlready = false;
  const head = text.slice(range.start, end);
  const flat = flatAlready ? head : head.replace(/\s+/gu, ' ').trim();
  if (flat.length <= PREVIEW_CHARS) return flat;
  const cut = flat.slice(0, PREVIEW_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut) + '…';
}

// A paragraph named by its first words, selected at its first line.
function paragraphNode(t: Transcript, p: Paragraph): OutlineNode {
  return {
    kind: 'paragraph',
    name: preview(t.text, p.range),
    detail: '',
    range: p.range,
    selectionRange: t.blocks[p.first].contentRange,
    startLine: p.startLine,
    endLine: p.endLine,
    children: NO_CHILDREN,
  };
}

/** A foldable line span. */
export interface FoldingSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'section' | 'turn';
}

/** Folding spans for every multi-line section and turn. */
export function foldingSpans(t: Transcript): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  // Both lists are in line order: merged, a section first on a shared line, as a stable sort would have them.
  const { sections, turns } = t;
  let s = 0;
  let u = 0;
  while (s < sections.length || u < turns.length) {
    if (u >= turns.length || (s < sections.length && sections[s].startLine <= turns[u].startLine)) {
      const { startLine, endLine } = sections[s++];
      if (endLine > startLine) spans.push({ startLine, endLine, kind: 'section' });
    } else {
      const { startLine, endLine } = turns[u++];
      if (endLine > startLine) spans.push({ startLine, endLine, kind: 'turn' });
    }
  }
  return spans;
}

/** The turns of the same speaker as the turn at `offset`, and which of them that is. */
export function turnOfSpeakerAt(t: Transcript, offset: number): { speaker: number; index: number } | undefined {
  // The last turn starting at or before the offset (turns are in document order).
  let lo = 0;
  let hi = t.turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.turns[mid].range.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const turnIndex = lo - 1;
  if (turnIndex < 0) return undefined;
  const key = t.turns[turnIndex].speaker.key;
  const speaker = t.speakers.findIndex((s) => s.key === key);
  return { speaker, index: t.speakers[speaker].turns.indexOf(turnIndex) };
}
