// Fenced code blocks (``` or ~~~) in Markdown transcripts and notes: their lines are code, not headings
// or prose, even when they start with "#" or repeat a sentence of the text.
import type { Block } from './model';

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/** For each block, whether it is a fence line or lies inside a fenced code block (an unclosed fence runs to the end). */
export function fencedBlocks(text: string, blocks: readonly Block[]): boolean[] {
  const out = new Array<boolean>(blocks.length).fill(false);
  let open: string | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'blank') {
      out[i] = open !== undefined;
      return;
    }
    const line = text.slice(b.contentRange.start, Math.min(b.contentRange.end, b.contentRange.start + 16)).replace(/^\uFEFF/u, '');
    const fence = FENCE.exec(line)?.[1];
    if (open === undefined) {
      if (fence) {
        open = fence;
        out[i] = true;
      }
      return;
    }
    out[i] = true;
    // A closing fence is at least as long as the opening one, of the same character.
    if (fence && fence[0] === open[0] && fence.length >= open.length) open = undefined;
  });
  return out;
}
