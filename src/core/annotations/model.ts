import type { Anchor } from '../anchors/anchor';

/** What a note is about; the review panel filters and the report groups by it. */
export type Category = 'name' | 'term' | 'mistranslation' | 'omission' | 'addition' | 'style' | 'question';

/** Every category, in the order menus and reports list them. */
export const CATEGORIES: readonly Category[] = ['name', 'term', 'mistranslation', 'omission', 'addition', 'style', 'question'];

/** Whether a note still asks for something (`open`) or was dealt with (`resolved`). */
export type Status = 'open' | 'resolved';

/** Every status, in the order menus and reports list them. */
export const STATUSES: readonly Status[] = ['open', 'resolved'];

/** Who wrote something: a person's name (from a setting or git's `user.name`), and an e-mail address when known. */
export interface Agent {
  readonly name: string;
  readonly email?: string;
}

/**
 * One comment of a note's thread: the note's own text first, then the replies. Stored as a W3C `TextualBody`
 * (`purpose` `commenting` for the first, `replying` for the others) with its own id, creator and times.
 */
export interface Comment {
  readonly id: string;
  readonly value: string;
  readonly creator?: Agent;
  readonly created?: string;
  readonly modified?: string;
  /** The body's media type (`text/plain` unless another tool wrote something else, `text/markdown` say). */
  readonly format?: string;
}

/**
 * A review note on a span of a document: a W3C Web Annotation with a thread of comments, a category and a status.
 * Fields written by other tools that Interlinear does not know are kept in `extra` and written back unchanged.
 */
export interface Annotation {
  /** Stable identity (`urn:uuid:…` for notes made here); merges match notes by it. */
  readonly id: string;
  readonly created: string;
  /** Set by every change to the note or its thread: a two-way merge keeps the later of two versions. */
  readonly modified?: string;
  readonly creator?: Agent;
  readonly category?: Category;
  readonly status: Status;
  /** The annotated span as last placed: quote, context and offsets (the TextQuote and TextPosition selectors). */
  readonly anchor: Anchor;
  /** The thread: the note's text first, then the replies in order. May be empty for a bare highlight. */
  readonly comments: readonly Comment[];
  /** `target.source`: the annotated file's name, for tools reading the sidecar alone. */
  readonly source?: string;
  /** The W3C motivation (`commenting` for notes made here). */
  readonly motivation?: string;
  /** Top-level fields of other tools, kept as they were. */
  readonly extra?: Readonly<Record<string, unknown>>;
  /** Bodies that are not comments (tags, links of other tools), kept as they were. */
  readonly otherBodies?: readonly unknown[];
}

/**
 * The contents of one sidecar `X.annotations.json`. Items that could not be read as notes are kept in `invalid`
 * and written back as they were; a file that could not be read at all is `usable: false` and must not be written.
 */
export interface AnnotationSidecar {
  readonly annotations: readonly Annotation[];
  readonly invalid: readonly unknown[];
  /** What was wrong with the file, each saying what was left out. */
  readonly problems: readonly string[];
  readonly usable: boolean;
}

/** A sidecar with no notes (the value of a missing file). */
export const EMPTY_SIDECAR: AnnotationSidecar = { annotations: [], invalid: [], problems: [], usable: true };

/** The note's own text (its first comment), or '' for a note without one. */
export function noteText(annotation: Annotation): string {
  return annotation.comments[0]?.value ?? '';
}

/** Whether a value is one of the categories. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
