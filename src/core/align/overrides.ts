// Alignment decisions made by hand — join these sentences, split that pair, these two do not render each
// other — kept as anchors on the text (see ../anchors), so that they survive edits to either document and are
// respected by every later alignment: the aligner only fills the gaps between them.
import { attachAnchor, createAnchor, isAnchor, type Anchor } from '../anchors';
import type { TextRange } from '../text/offsets';
import type { AlignedPair, AlignOptions } from './align';
import { alignDocuments, type GroupCache } from './documents';
import type { Segment } from './segments';

/** One decision: these source sentences and these target sentences are a pair, or are not (`unlinked`). */
export interface AlignmentOverride {
  readonly kind: 'pair' | 'unlinked';
  /** From the first sentence's start to the last one's end, on each side. */
  readonly source: Anchor;
  readonly target: Anchor;
}

/** The sidecar `X.alignment.json` of a translation `X`: its original and the decisions made by hand. */
export interface AlignmentSidecar {
  readonly version: 1;
  /** The original's path, relative to the translation's folder, with `/` between names. */
  readonly original: string;
  readonly overrides: readonly AlignmentOverride[];
}

/** An alignment with the overrides that could not be placed in the current texts (kept, not dropped). */
export interface OverriddenAlignment {
  readonly pairs: AlignedPair[];
  readonly orphaned: readonly AlignmentOverride[];
}

interface Forced {
  readonly override: AlignmentOverride;
  readonly source: readonly [number, number];
  readonly target: readonly [number, number];
}

/** Aligns two segmented documents, keeping every override that can be placed; pairs cover every segment once, in order. */
export function alignWithOverrides(
  source: readonly Segment[],
  target: readonly Segment[],
  sourceText: string,
  targetText: string,
  overrides: readonly AlignmentOverride[],
  options: AlignOptions = {},
  cache?: GroupCache,
): OverriddenAlignment {
  const orphaned: AlignmentOverride[] = [];
  const forced: Forced[] = [];
  for (const override of overrides) {
    const s = place(override.source, source, sourceText);
    const t = place(override.target, target, targetText);
    if (s && t) forced.push({ override, source: s, target: t });
    else orphaned.push(override);
  }
  forced.sort((a, b) => a.source[0] - b.source[0] || a.target[0] - b.target[0]);
  const pairs: AlignedPair[] = [];
  let si = 0;
  let ti = 0;
  const fill = (sEnd: number, tEnd: number) => {
    for (const p of alignDocuments(source.slice(si, sEnd), target.slice(ti, tEnd), options, cache)) {
      pairs.push({ source: p.source.map((i) => i + si), target: p.target.map((j) => j + ti), score: p.score });
    }
  };
  for (const f of forced) {
    // Decisions that cross an earlier one (two edits made on different versions of the text) cannot both hold.
    if (f.source[0] < si || f.target[0] < ti) {
      orphaned.push(f.override);
      continue;
    }
    fill(f.source[0], f.target[0]);
    const s = range(f.source[0], f.source[1]);
    const t = range(f.target[0], f.target[1]);
    if (f.override.kind === 'pair') pairs.push({ source: s, target: t, score: 1, manual: true });
    else pairs.push({ source: s, target: [], score: 1, manual: true }, { source: [], target: t, score: 1, manual: true });
    si = f.source[1];
    ti = f.target[1];
  }
  fill(source.length, target.length);
  return { pairs, orphaned };
}

/** The override making `source` and `target` (segment indices, each non-empty and consecutive) a pair or unlinked. */
export function overrideFor(
  kind: AlignmentOverride['kind'],
  source: readonly Segment[],
  sourceText: string,
  sourceIds: readonly number[],
  target: readonly Segment[],
  targetText: string,
  targetIds: readonly number[],
): AlignmentOverride {
  return { kind, source: createAnchor(sourceText, span(source, sourceIds)), target: createAnchor(targetText, span(target, targetIds)) };
}

/** Overrides that share no sentence with `added` (an edit replaces the decisions it overlaps), plus `added`. */
export function replaceOverrides(
  current: readonly AlignmentOverride[],
  added: readonly AlignmentOverride[],
  source: readonly Segment[],
  target: readonly Segment[],
  sourceText: string,
  targetText: string,
): AlignmentOverride[] {
  const taken = (o: AlignmentOverride) => [place(o.source, source, sourceText), place(o.target, target, targetText)] as const;
  const claims = added.map(taken);
  const overlaps = (a?: readonly [number, number], b?: readonly [number, number]) => !!a && !!b && a[0] < b[1] && b[0] < a[1];
  const kept = current.filter((o) => {
    const [s, t] = taken(o);
    return !claims.some(([cs, ct]) => overlaps(s, cs) || overlaps(t, ct));
  });
  return [...kept, ...added];
}

/** Reads a sidecar's JSON; anything malformed is an error message, never an exception. */
export function parseAlignmentSidecar(json: string): { ok: true; sidecar: AlignmentSidecar } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `is not valid JSON (${(e as Error).message})` };
  }
  const d = data as Partial<AlignmentSidecar> | null;
  if (!d || d.version !== 1 || typeof d.original !== 'string' || !Array.isArray(d.overrides)) {
    return { ok: false, reason: 'is not an Interlinear alignment file (version 1 with "original" and "overrides")' };
  }
  const overrides = d.overrides.filter(
    (o): o is AlignmentOverride => !!o && (o.kind === 'pair' || o.kind === 'unlinked') && isAnchor(o.source) && isAnchor(o.target),
  );
  return { ok: true, sidecar: { version: 1, original: d.original, overrides } };
}

/** The sidecar's JSON, one override a line so that a merge conflict stays readable. */
export function alignmentSidecarJson(sidecar: AlignmentSidecar): string {
  const overrides = sidecar.overrides.map((o) => '    ' + JSON.stringify(o)).join(',\n');
  return `{\n  "version": 1,\n  "original": ${JSON.stringify(sidecar.original)},\n  "overrides": [${overrides ? `\n${overrides}\n  ` : ''}]\n}\n`;
}

// The segments an anchor covers now: those inside the range it attaches to, which must start and end it.
function place(anchor: Anchor, segments: readonly Segment[], text: string): readonly [number, number] | undefined {
  const found = attachAnchor(text, anchor);
  if (found.method === 'orphaned') return undefined;
  const r = found.range;
  let first = -1;
  let last = -1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i].range;
    if (s.start >= r.start && s.end <= r.end) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0) break;
  }
  if (first < 0 || segments[first].range.start - r.start > 1 || r.end - segments[last].range.end > 1) return undefined;
  return [first, last + 1];
}

function span(segments: readonly Segment[], ids: readonly number[]): TextRange {
  return { start: segments[ids[0]].range.start, end: segments[ids[ids.length - 1]].range.end };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
