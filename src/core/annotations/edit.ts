// The changes a reviewer makes to notes, as pure functions: each returns the sidecar's new contents (to save with
// saveAnnotations) and leaves the given one as it was. Every change stamps `modified`, which merges go by.
import { createAnchor } from '../anchors/anchor';
import type { TextRange } from '../text/offsets';
import type { Agent, Annotation, AnnotationSidecar, Category, Comment, Status } from './model';

/** Who makes a change and when; both default (no author; the current time) and are given by tests. */
export interface ChangeInfo {
  readonly author?: Agent;
  /** ISO 8601 time of the change. */
  readonly now?: string;
  /** The id of what is created (a note or a reply); a fresh `urn:uuid:` by default. */
  readonly id?: string;
}

/** A new note on `range` of `text`: the sidecar with it, and the note. */
export function addAnnotation(
  sidecar: AnnotationSidecar,
  text: string,
  range: TextRange,
  body: string,
  options: ChangeInfo & { readonly category?: Category } = {},
): { sidecar: AnnotationSidecar; annotation: Annotation } {
  const now = options.now ?? new Date().toISOString();
  const id = options.id ?? newId();
  const annotation: Annotation = {
    id,
    created: now,
    ...(options.author ? { creator: options.author } : {}),
    ...(options.category ? { category: options.category } : {}),
    status: 'open',
    motivation: 'commenting',
    anchor: createAnchor(text, range),
    comments: [{ id: `${id}#0`, value: body, ...(options.author ? { creator: options.author } : {}), created: now }],
  };
  return { sidecar: { ...sidecar, annotations: [...sidecar.annotations, annotation] }, annotation };
}

/** A reply added to the end of a note's thread. */
export function addReply(sidecar: AnnotationSidecar, annotationId: string, body: string, options: ChangeInfo = {}): AnnotationSidecar {
  const now = options.now ?? new Date().toISOString();
  return update(sidecar, annotationId, now, (a) => {
    const reply: Comment = { id: options.id ?? newId(), value: body, ...(options.author ? { creator: options.author } : {}), created: now };
    return { ...a, comments: [...a.comments, reply] };
  });
}

/** A comment's text replaced (the note's own text when `commentId` is its first comment). */
export function editComment(
  sidecar: AnnotationSidecar,
  annotationId: string,
  commentId: string,
  value: string,
  now?: string,
): AnnotationSidecar {
  const time = now ?? new Date().toISOString();
  return update(sidecar, annotationId, time, (a) => ({
    ...a,
    comments: a.comments.map((c) => (c.id === commentId ? { ...c, value, modified: time } : c)),
  }));
}

/** A comment removed from a thread; removing the first comment (the note's own) removes the whole note. */
export function deleteComment(sidecar: AnnotationSidecar, annotationId: string, commentId: string, now?: string): AnnotationSidecar {
  const note = sidecar.annotations.find((a) => a.id === annotationId);
  if (note?.comments[0]?.id === commentId) return deleteAnnotation(sidecar, annotationId);
  return update(sidecar, annotationId, now ?? new Date().toISOString(), (a) => ({
    ...a,
    comments: a.comments.filter((c) => c.id !== commentId),
  }));
}

/** A note removed. */
export function deleteAnnotation(sidecar: AnnotationSidecar, annotationId: string): AnnotationSidecar {
  return { ...sidecar, annotations: sidecar.annotations.filter((a) => a.id !== annotationId) };
}

/** A note's status set (`resolved` to resolve it, `open` to reopen it). */
export function setStatus(sidecar: AnnotationSidecar, annotationId: string, status: Status, now?: string): AnnotationSidecar {
  return update(sidecar, annotationId, now ?? new Date().toISOString(), (a) => ({ ...a, status }));
}

/** A note resolved. */
export function resolveAnnotation(sidecar: AnnotationSidecar, annotationId: string, now?: string): AnnotationSidecar {
  return setStatus(sidecar, annotationId, 'resolved', now);
}

/** A resolved note opened again. */
export function reopenAnnotation(sidecar: AnnotationSidecar, annotationId: string, now?: string): AnnotationSidecar {
  return setStatus(sidecar, annotationId, 'open', now);
}

/** A note's category set, or cleared with undefined. */
export function setCategory(
  sidecar: AnnotationSidecar,
  annotationId: string,
  category: Category | undefined,
  now?: string,
): AnnotationSidecar {
  return update(sidecar, annotationId, now ?? new Date().toISOString(), (a) => {
    const { category: _old, ...rest } = a;
    return category ? { ...rest, category } : rest;
  });
}

/** A note moved to another span of the text (the editor's tracked range, after the user dragged or re-selected it). */
export function moveAnnotation(
  sidecar: AnnotationSidecar,
  annotationId: string,
  text: string,
  range: TextRange,
  now?: string,
): AnnotationSidecar {
  return update(sidecar, annotationId, now ?? new Date().toISOString(), (a) => ({ ...a, anchor: createAnchor(text, range) }));
}

/** A fresh identifier for a note or a comment, as W3C recommends (a URN). */
export function newId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

// The sidecar with one note changed and stamped; unchanged (the same object) when there is no such note.
function update(sidecar: AnnotationSidecar, id: string, now: string, change: (a: Annotation) => Annotation): AnnotationSidecar {
  if (!sidecar.annotations.some((a) => a.id === id)) return sidecar;
  return { ...sidecar, annotations: sidecar.annotations.map((a) => (a.id === id ? { ...change(a), modified: now } : a)) };
}
