import type { Block, Transcript } from './model';
import { commonAffixes } from '../text/offsets';
import { blockEnd, blockStart, shiftBlock } from './compact';

type Classify = (text: string, from: number, to: number, firstLine: number, blocks: Block[]) => Block[];

/**
 * The blocks of `text` given the parse of an earlier version: blocks wholly before the edited region
 * are kept, blocks wholly after it are shifted, and only the lines in between are classified again.
 * A line's block depends on that line alone (blank runs aside, which are re-read at both seams).
 */
export function reclassify(previous: Transcript, text: string, classify: Classify): Block[] {
  const old = previous.text;
  const blocks = previous.blocks;
  const { prefix, suffix } = commonAffixes(old, text);
  const oldChangedEnd = old.length - suffix;
  const delta = text.length - old.length;

  // Strict comparisons keep each reused block's neighbouring characters (its line break, the break before it) intact.
  let head = 0;
  while (head < blocks.length && blockEnd(blocks[head]) < prefix) head++;
  if (head > 0 && blocks[head - 1].kind === 'blank') head--;
  let tail = blocks.length;
  while (tail > head && blockStart(blocks[tail - 1]) > oldChangedEnd) tail--;
  if (tail < blocks.length && blocks[tail].kind === 'blank') tail++;

  const out = blocks.slice(0, head);
  const from = head > 0 ? blockEnd(blocks[head - 1]) : 0;
  const to = tail < blocks.length ? blockStart(blocks[tail]) + delta : text.length;
  const firstLine = head > 0 ? blocks[head - 1].endLine + 1 : 0;
  classify(text, from, to, firstLine, out);
  if (tail < blocks.length) {
    const nextLine = out.length ? out[out.length - 1].endLine + 1 : 0;
    const lineShift = nextLine - blocks[tail].startLine;
    for (let i = tail; i < blocks.length; i++) out.push(shiftBlock(blocks[i], delta, lineShift));
  }
  return out;
}
