// Fenced code blocks (``` or ~~~) in Markdown transcripts and notes: their lines are code, not headings
// or prose, even when they start with "#" or repeat a sentence of the text.
import type { Block } from './model';
import { blockContentEnd, blockStart } from './compact';

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/**
 * For each block, 1 when it is a fence line or lies inside a fenced code block (an unclosed fence runs to the end),
 * else 0: a byte per block, and a text without three backticks or tildes in a row is not read block by block.
 */
export function fencedBlocks(text: string, blocks: readonly Block[]): Uint8Array {
  const out = new Uint8Array(blocks.length);
  if (!text.includes('```') && !text.includes('~~~')) return out;
  let open: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'blank') {
      out[i] = open !== undefined ? 1 : 0;
      continue;
    }
    const [start, end] = [blockStart(b), blockContentEnd(b)];
    const fence = mayBeFence(text, start, end)
      ? FENCE.exec(text.slice(start, Math.min(end, start + 16)).replace(/^\uFEFF/u, ''))?.[1]
      : undefined;
    if (open === undefined) {
      if (fence) {
        open = fence;
        out[i] = 1;
      }
      continue;
    }
    out[i] = 1;
    // A closing fence is at least as long as the opening one, of the same character.
    if (fence && fence[0] === open[0] && fence.length >= open.length) open = undefined;
  }
  return out;
}

// Whether the line text[start, end) can open or close a fence: after a BOM and up to three spaces, a backtick or a
// tilde. Most lines cannot, and are then neither sliced nor matched.
function mayBeFence(text: string, start: number, end: number): boolean {
  let i = start < end && text.charCodeAt(start) === 0xfeff ? start + 1 : start;
  const limit = Math.min(end, i + 3);
  while (i < limit && text.charCodeAt(i) === 32) i++;
  const c = i < end ? text.charCodeAt(i) : -1;
  return c === 0x60 || c === 0x7e;
}
