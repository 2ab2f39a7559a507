import { CATEGORIES, STATUSES, type Annotation, type Category, type Status } from './model';
import type { PlacedAnnotation } from './reanchor';

/** Which notes a review panel shows; an unset field lets every note through. */
export interface AnnotationFilter {
  readonly category?: Category | 'none';
  readonly status?: Status;
  /** An author's name; '' for notes without one. */
  readonly author?: string;
}

/** Counts for the status bar and the panel's filters. */
export interface AnnotationCounts {
  readonly total: number;
  /** Notes that could not be placed in the current text (0 when no placements were given). */
  readonly orphaned: number;
  /** Every category (and `none` for notes without one), with 0 where there are none, in the categories' order. */
  readonly byCategory: Readonly<Record<Category | 'none', number>>;
  readonly byStatus: Readonly<Record<Status, number>>;
  /** Authors' names ('' for notes without one) in order of first appearance. */
  readonly byAuthor: ReadonlyMap<string, number>;
}

/** Counts notes by category, status and author; `placed` (from reanchorAnnotations) adds the orphaned count. */
export function countAnnotations(annotations: readonly Annotation[], placed?: readonly PlacedAnnotation[]): AnnotationCounts {
  const byCategory = Object.fromEntries([...CATEGORIES, 'none'].map((c) => [c, 0])) as Record<Category | 'none', number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byAuthor = new Map<string, number>();
  for (const a of annotations) {
    byCategory[a.category ?? 'none']++;
    byStatus[a.status]++;
    const author = authorOf(a);
    byAuthor.set(author, (byAuthor.get(author) ?? 0) + 1);
  }
  return { total: annotations.length, orphaned: placed?.filter((p) => p.orphaned).length ?? 0, byCategory, byStatus, byAuthor };
}

/** The notes a filter lets through, in the order given. */
export function filterAnnotations<T extends Annotation | PlacedAnnotation>(items: readonly T[], filter: AnnotationFilter): T[] {
  return items.filter((item) => {
    const a: Annotation = 'anchor' in item ? (item as Annotation) : (item as PlacedAnnotation).annotation;
    if (filter.category !== undefined && (a.category ?? 'none') !== filter.category) return false;
    if (filter.status !== undefined && a.status !== filter.status) return false;
    return filter.author === undefined || authorOf(a) === filter.author;
  });
}

/** The name of who wrote a note ('' when not recorded). */
export function authorOf(a: Annotation): string {
  return a.creator?.name ?? a.comments[0]?.creator?.name ?? '';
}
