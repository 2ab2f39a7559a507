// Aligning two whole documents: where both sides have the same number of headings, sections are aligned
// with sections; within them, where both have the same number of turns, turns with turns. Only where the
// structure differs does a sentence have to find its counterpart among all the others.
import { alignSegments, type AlignedPair, type AlignOptions } from './align';
import type { Segment } from './segments';

type Span = readonly [start: number, end: number];

/** Aligns two segmented documents, structure first; pairs cover every segment once, in order. */
export function alignDocuments(source: readonly Segment[], target: readonly Segment[], options: AlignOptions = {}): AlignedPair[] {
  const out: AlignedPair[] = [];
  for (const [s, t] of zipGroups(source, target, [0, source.length], [0, target.length], 'heading')) {
    for (const [ss, tt] of zipGroups(source, target, s, t, 'turn')) {
      const pairs = alignSegments(
        source.slice(ss[0], ss[1]).map((x) => x.text),
        target.slice(tt[0], tt[1]).map((x) => x.text),
        options,
      );
      for (const p of pairs) out.push({ source: p.source.map((i) => i + ss[0]), target: p.target.map((j) => j + tt[0]), score: p.score });
    }
  }
  return out;
}

// Cuts both spans before each segment of the given kind that opens a new block, when both sides have as many
// such cuts; otherwise keeps each span whole.
function zipGroups(source: readonly Segment[], target: readonly Segment[], s: Span, t: Span, kind: Segment['boundary']): [Span, Span][] {
  const sg = cut(source, s, kind);
  const tg = cut(target, t, kind);
  if (sg.length !== tg.length || sg.length < 2) return [[s, t]];
  return sg.map((g, i) => [g, tg[i]]);
}

function cut(segments: readonly Segment[], [start, end]: Span, kind: Segment['boundary']): Span[] {
  const groups: Span[] = [];
  let from = start;
  for (let i = start + 1; i < end; i++) {
    const seg = segments[i];
    if (seg.boundary === kind && segments[i - 1].block !== seg.block) {
      groups.push([from, i]);
      from = i;
    }
  }
  if (end > from) groups.push([from, end]);
  return groups;
}
