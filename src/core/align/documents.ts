// Aligning two whole documents: where both sides have the same number of headings, sections are aligned
// with sections; within them, where both have the same number of turns, turns with turns. Only where the
// structure differs does a sentence have to find its counterpart among all the others.
import { alignSegments, type AlignedPair, type AlignOptions } from './align';
import type { Segment } from './segments';

type Span = readonly [start: number, end: number];

/**
 * Alignments of groups (sections or turns) by their texts: after an edit, re-aligning a document aligns again
 * only the groups whose sentences changed. Pass the same cache to every run over one pair of documents.
 */
export class GroupCache {
  private previous = new Map<string, AlignedPair[]>();
  private current = new Map<string, AlignedPair[]>();

  /** The alignment of two groups, from the last run or made now. */
  get(source: readonly string[], target: readonly string[], make: () => AlignedPair[]): AlignedPair[] {
    const key = `${source.join('\u0000')}\u0001${target.join('\u0000')}`;
    let pairs = this.current.get(key) ?? this.previous.get(key);
    if (!pairs) pairs = make();
    this.current.set(key, pairs);
    return pairs;
  }

  /** Ends a run over the documents (the caller's call: one run may align several gaps): groups it did not use are forgotten. */
  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Aligns two segmented documents, structure first; pairs cover every segment once, in order. */
export function alignDocuments(
  source: readonly Segment[],
  target: readonly Segment[],
  options: AlignOptions = {},
  cache?: GroupCache,
): AlignedPair[] {
  const out: AlignedPair[] = [];
  for (const [s, t] of zipGroups(source, target, [0, source.length], [0, target.length], 'heading')) {
    for (const [ss, tt] of zipGroups(source, target, s, t, 'turn')) {
      const src = source.slice(ss[0], ss[1]).map((x) => x.text);
      const tgt = target.slice(tt[0], tt[1]).map((x) => x.text);
      const pairs = cache ? cache.get(src, tgt, () => alignSegments(src, tgt, options)) : alignSegments(src, tgt, options);
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
