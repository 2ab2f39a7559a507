// The messages between the parallel view's webview and the extension host: one definition, imported by both
// sides, so that a renamed field fails to compile on either side instead of failing silently at run time.

/** A column of the parallel view: the original or one of its translations. */
export interface ParallelColumn {
  /** The file's name, as shown in the header. */
  readonly label: string;
  /** BCP 47 tag of the text, for the `lang` attribute (fonts and line breaking). */
  readonly lang: string;
}

/**
 * What a row pairs: sentences on both sides, sentences with no counterpart on the other, or the original's
 * sentences whose translation is still the placeholder "Start Translation" leaves (`to-write`).
 */
export type RowKind = 'pair' | 'source-only' | 'target-only' | 'to-write';

/** One row: the sentences of each column that render one another. */
export interface ParallelRow {
  /** The text of each column's sentences in this row (empty where the column has none). */
  readonly cells: readonly string[];
  readonly kind: RowKind;
  /** The aligner's confidence in [0, 1]. */
  readonly score: number;
  /** Shown as needing review: little confidence, or no counterpart. */
  readonly flagged: boolean;
  /** Set by a manual split, merge or re-link (kept in the alignment sidecar). */
  readonly manual: boolean;
  /** What the translation checks found in this row's sentences (`omission: Missing from …`), on either side. */
  readonly issues: readonly string[];
}

/** Edits a reviewer makes to the alignment by hand. */
export type RowEdit = 'merge-next' | 'split' | 'unlink';

/** A glossary term of the selected row's original and its agreed translation. */
export interface TermSuggestion {
  readonly term: string;
  readonly translation: string;
  readonly note?: string;
}

/** A translation-memory match for the selected row's original. */
export interface MatchSuggestion {
  /** How alike the memory's original is, 0–100. */
  readonly score: number;
  /** The memory's original in pieces: the same as the row's original, only in the memory's, or only in the row's. */
  readonly source: readonly { readonly text: string; readonly kind: 'same' | 'match' | 'query' }[];
  readonly target: string;
  /** Where the unit comes from: a TMX file or an aligned document. */
  readonly origin: string;
}

/** Host → webview. */
export type HostMessage =
  | { readonly type: 'table'; readonly columns: readonly ParallelColumn[]; readonly rows: readonly ParallelRow[] }
  | { readonly type: 'reveal'; readonly row: number }
  | {
      readonly type: 'suggestions';
      readonly row: number;
      readonly terms: readonly TermSuggestion[];
      readonly matches: readonly MatchSuggestion[];
    }
  | { readonly type: 'busy'; readonly text: string }
  | { readonly type: 'error'; readonly text: string };

/** What the page drew for a table: rows, elements, and elements of any tag the page never makes itself (0: no document text became markup). */
export interface RenderReport {
  readonly rows: number;
  readonly elements: number;
  readonly foreign: number;
  /** The text of the first rows drawn, as the reader sees it. */
  readonly sample: string;
}

/** Webview → host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | ({ readonly type: 'rendered' } & RenderReport)
  | { readonly type: 'select'; readonly row: number }
  | { readonly type: 'edit'; readonly edit: RowEdit; readonly row: number }
  /** Writes the row's `match`-th suggestion into the translation, in place of the row's sentences there. */
  | { readonly type: 'insert'; readonly row: number; readonly match: number }
  /** Asks for a language model's draft of the row, written into the translation like a match. */
  | { readonly type: 'draft'; readonly row: number }
  /** A toolbar export: the cleaned original, or the original with its translation. */
  | { readonly type: 'export'; readonly format: 'markdown' | 'bilingual' };
