// Aligning two whole documents: where both sides have the same number of headings, sections are aligned
// with sections; within them, where both have the same number of turns, turns with turns. Only where the
// structure differs does a sentence have to find its counterpart among all the others.
import { alignSegments, type AlignedPair, type AlignOptions } from './align';
import { lengthUnits } from './features';
import type { Segment } from './segments';

type Span = readonly [start: number, end: number];

/**
 * Alignments of groups (sections or turns) by their texts: after an edit, re-aligning a document aligns again
 * only the groups whose sentences changed. Pass the same cache to every run over one pair of documents.
 */
export class GroupCache {
  private previous = new Map<string, AlignedPair[]>();
  private current = new Map<string, AlignedPair[]>();

  /** The alignment of two groups, from the last run or made now; `ratio`, the length ratio it is made with. */
  get(source: readonly string[], target: readonly string[], make: () => AlignedPair[], ratio?: number): AlignedPair[] {
    const key = `${ratio ?? ''}\u0002${source.join('\u0000')}\u0001${target.join('\u0000')}`;
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
  const groups: [Span, Span][] = [];
  for (const [s, t] of zipGroups(source, target, [0, source.length], [0, target.length], 'heading'))
    groups.push(...zipGroups(source, target, s, t, 'turn'));
  // A turn or section aligned alone is measured by the documents' length ratio: its own would take in a sentence
  // it lacks (four sentences against three read as a terser translator, and the missing one merges into another).
  // Measured on four new transcript pairs: 13 of 20 deleted sentences found with each turn's own ratio, 17 so.
  const split: AlignOptions = groups.length > 1 ? { ...options, lengthRatio: documentRatio(source, target, groups) } : options;
  for (const [ss, tt] of groups) {
    const src = source.slice(ss[0], ss[1]).map((x) => x.text);
    const tgt = target.slice(tt[0], tt[1]).map((x) => x.text);
    const pairs = cache ? cache.get(src, tgt, () => alignSegments(src, tgt, split), split.lengthRatio) : alignSegments(src, tgt, split);
    for (const p of pairs) out.push({ source: p.source.map((i) => i + ss[0]), target: p.target.map((j) => j + tt[0]), score: p.score });
  }
  return out;
}

// Target units per source unit of the documents: the median over their groups, which a group missing a sentence
// (or several, each in its own group) does not move, where the totals take in every sentence left out.
function documentRatio(source: readonly Segment[], target: readonly Segment[], groups: readonly [Span, Span][]): number | undefined {
  const units = (segments: readonly Segment[], [from, to]: Span) => {
    let n = 0;
    for (let i = from; i < to; i++) n += lengthUnits(segments[i].text);
    return n;
  };
  const ratios: number[] = [];
  for (const [s, t] of groups) {
    const a = units(source, s);
    const b = units(target, t);
    if (a > 0 && b > 0) ratios.push(b / a);
  }
  if (!ratios.length) return undefined;
  ratios.sort((x, y) => x - y);
  const k = ratios.length >> 1;
  // Rounded to hundredths: an edit that moves the median a little keeps every other group's cached alignment.
  const median = ratios.length % 2 ? ratios[k] : (ratios[k - 1] + ratios[k]) / 2;
  return Math.round(median * 100) / 100;
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
