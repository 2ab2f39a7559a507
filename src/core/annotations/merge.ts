// Two versions of one sidecar made into one, so that no note is lost: two windows that saved the same file, or the
// two sides of a git merge. Notes and their comments are matched by id.
import type { Annotation, AnnotationSidecar, Comment } from './model';
import { parseSidecar, serializeSidecar, toWebAnnotation } from './sidecar';

/**
 * Merges two versions of a sidecar by note id. Without `base` (two-way), a note in either is kept (a deletion cannot
 * be told from an addition, and losing a note is worse than keeping a deleted one), and where both changed one,
 * each field is taken from the later version. With `base` (three-way, as git merges), a change on one side only
 * wins, a note deleted on one side and untouched on the other goes, and one deleted on one side but changed on
 * the other stays. Comments are merged the same way inside each note; items neither could read are kept.
 */
export function mergeSidecars(ours: AnnotationSidecar, theirs: AnnotationSidecar, base?: AnnotationSidecar): AnnotationSidecar {
  const baseById = new Map(base?.annotations.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.annotations.map((a) => [a.id, a]));
  const oursIds = new Set(ours.annotations.map((a) => a.id));
  const out: Annotation[] = [];
  for (const a of ours.annotations) {
    const merged = mergeOne(baseById.get(a.id), a, theirsById.get(a.id), base !== undefined);
    if (merged) out.push(merged);
  }
  for (const t of theirs.annotations) {
    if (oursIds.has(t.id)) continue;
    const merged = mergeOne(baseById.get(t.id), undefined, t, base !== undefined);
    if (merged) out.push(merged);
  }
  return {
    annotations: out,
    invalid: unionByJson(ours.invalid, theirs.invalid),
    problems: [...ours.problems, ...theirs.problems],
    usable: ours.usable && theirs.usable,
  };
}

/**
 * A three-way merge of sidecar files' texts (a git merge driver: ancestor, ours, theirs); `base` undefined for a
 * two-way merge. Fails, writing nothing, when a side cannot be read: a broken file is never overwritten.
 */
export function mergeSidecarTexts(
  base: string | undefined,
  ours: string,
  theirs: string,
): { ok: true; text: string; problems: readonly string[] } | { ok: false; message: string } {
  const [b, o, t] = [base === undefined ? undefined : parseSidecar(base), parseSidecar(ours), parseSidecar(theirs)];
  for (const [name, side] of [
    ['base', b],
    ['ours', o],
    ['theirs', t],
  ] as const)
    if (side && !side.usable) return { ok: false, message: `${name}: ${side.problems[0]}` };
  const merged = mergeSidecars(o, t, b);
  return { ok: true, text: serializeSidecar(merged), problems: merged.problems };
}

// One note from its versions (either side may lack it); undefined when it is to go.
function mergeOne(
  base: Annotation | undefined,
  ours: Annotation | undefined,
  theirs: Annotation | undefined,
  threeWay: boolean,
): Annotation | undefined {
  if (!ours || !theirs) {
    const only = (ours ?? theirs)!;
    // Deleted on the other side: it goes only if this side left it as the base had it.
    return threeWay && base && same(only, base) ? undefined : only;
  }
  if (same(ours, theirs)) return ours;
  if (base && same(ours, base)) return theirs;
  if (base && same(theirs, base)) return ours;
  const later = stamp(theirs) > stamp(ours) ? theirs : ours;
  const pick = <T>(get: (a: Annotation) => T): T => {
    const [o, t] = [get(ours), get(theirs)];
    if (json(o) === json(t)) return o;
    if (base && json(o) === json(get(base))) return t;
    if (base && json(t) === json(get(base))) return o;
    return get(later);
  };
  const merged: Annotation = {
    ...later,
    anchor: pick((a) => a.anchor),
    status: pick((a) => a.status),
    comments: mergeComments(base?.comments, ours.comments, theirs.comments, threeWay),
  };
  const category = pick((a) => a.category);
  const { category: _, ...rest } = merged;
  const modified = [ours.modified, theirs.modified]
    .filter((m): m is string => !!m)
    .sort()
    .pop();
  return { ...rest, ...(category ? { category } : {}), ...(modified ? { modified } : {}) };
}

// A thread from its versions: comments by id, in the order ours has them, then those only theirs has.
function mergeComments(
  base: readonly Comment[] | undefined,
  ours: readonly Comment[],
  theirs: readonly Comment[],
  threeWay: boolean,
): Comment[] {
  const baseById = new Map(base?.map((c) => [c.id, c]));
  const theirsById = new Map(theirs.map((c) => [c.id, c]));
  const oursIds = new Set(ours.map((c) => c.id));
  const out: Comment[] = [];
  const keep = (b: Comment | undefined, o: Comment | undefined, t: Comment | undefined) => {
    if (!o || !t) {
      const only = (o ?? t)!;
      if (!(threeWay && b && json(only) === json(b))) out.push(only);
    } else if (json(o) === json(t) || (b && json(t) === json(b))) out.push(o);
    else if (b && json(o) === json(b)) out.push(t);
    else out.push((t.modified ?? t.created ?? '') > (o.modified ?? o.created ?? '') ? t : o);
  };
  for (const o of ours) keep(baseById.get(o.id), o, theirsById.get(o.id));
  for (const t of theirs) if (!oursIds.has(t.id)) keep(baseById.get(t.id), undefined, t);
  return out;
}

// When a note last changed.
function stamp(a: Annotation): string {
  return a.modified ?? a.created;
}

// Whether two versions of a note are the same as the file would store them.
function same(a: Annotation, b: Annotation): boolean {
  return json(toWebAnnotation(a)) === json(toWebAnnotation(b));
}

// A value's JSON, for comparing plain data.
function json(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

// The items of both lists, each once (by its JSON).
function unionByJson(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Set(a.map(json));
  return [...a, ...b.filter((item) => !seen.has(json(item)))];
}
