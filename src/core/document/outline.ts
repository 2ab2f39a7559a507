import type { Transcript } from './model';
import type { TextRange } from '../text/offsets';

/** A node of the document outline: a section holding sections and turns, or a turn. */
export interface OutlineNode {
  readonly kind: 'section' | 'turn';
  readonly name: string;
  readonly detail: string;
  readonly range: TextRange;
  readonly selectionRange: TextRange;
  readonly startLine: number;
  readonly endLine: number;
  readonly children: OutlineNode[];
}

const PREVIEW_CHARS = 32;

/** Builds the outline: sections nested by level, each turn under the innermost section around it. */
export function buildOutline(t: Transcript): OutlineNode[] {
  const nodes: OutlineNode[] = [
    ...t.sections.map((s): OutlineNode => {
      const h = t.blocks[s.block];
      const selection = h.kind === 'heading' ? h.textRange : h.contentRange;
      return {
        kind: 'section',
        name: s.title || '(untitled)',
        detail: '',
        range: s.range,
        selectionRange: selection,
        startLine: s.startLine,
        endLine: s.endLine,
        children: [],
      };
    }),
    ...t.turns.map((turn): OutlineNode => {
      const b = t.blocks[turn.block];
      const words = b.kind === 'turn' ? preview(t.text.slice(b.textRange.start, b.textRange.end)) : '';
      return {
        kind: 'turn',
        name: words ? `${turn.speaker.name}: ${words}` : turn.speaker.name,
        detail: turn.speaker.timestamp ?? '',
        range: turn.range,
        selectionRange: turn.speaker.nameRange,
        startLine: turn.startLine,
        endLine: turn.endLine,
        children: [],
      };
    }),
  ].sort((a, b) => a.range.start - b.range.start || (a.kind === b.kind ? 0 : a.kind === 'section' ? -1 : 1));
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const node of nodes) {
    while (stack.length && !(stack[stack.length - 1].range.end >= node.range.end && stack[stack.length - 1].kind === 'section'))
      stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    if (node.kind === 'section') stack.push(node);
  }
  return roots;
}

// The first words of a turn, cut at a word boundary where the script has them.
function preview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= PREVIEW_CHARS) return flat;
  const cut = flat.slice(0, PREVIEW_CHARS);
  const space = cut.lastIndexOf(' ');
  return (space > PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut) + '…';
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
  for (const s of t.sections) if (s.endLine > s.startLine) spans.push({ startLine: s.startLine, endLine: s.endLine, kind: 'section' });
  for (const turn of t.turns)
    if (turn.endLine > turn.startLine) spans.push({ startLine: turn.startLine, endLine: turn.endLine, kind: 'turn' });
  return spans.sort((a, b) => a.startLine - b.startLine);
}

/** The turns of the same speaker as the turn at `offset`, and which of them that is. */
export function turnOfSpeakerAt(t: Transcript, offset: number): { speaker: number; index: number } | undefined {
  let turnIndex = -1;
  for (let i = 0; i < t.turns.length && t.turns[i].range.start <= offset; i++) turnIndex = i;
  if (turnIndex < 0) return undefined;
  const key = t.turns[turnIndex].speaker.key;
  const speaker = t.speakers.findIndex((s) => s.key === key);
  return { speaker, index: t.speakers[speaker].turns.indexOf(turnIndex) };
}
