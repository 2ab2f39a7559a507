import type { Glossary } from '../terms/glossary';
import type { Transcript } from '../document/model';
import type { TextRange } from '../text/offsets';

/** How loudly a finding is reported; `off` disables a check. Maps to editor severities in one place. */
export type Level = 'off' | 'hint' | 'info' | 'warning' | 'error';

/** A replacement of one span of the document. */
export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/** One way to repair a finding: edits applied together as one undoable step. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor applies for "fix all" and offers first. */
  readonly preferred?: boolean;
}

/** Another place that explains a finding (the canonical spelling, the other copy of a passage). */
export interface Related {
  readonly range: TextRange;
  readonly message: string;
}

/** A problem found in a document: plain data, shared by the editor and the CLI. */
export interface Finding {
  readonly checkId: string;
  readonly range: TextRange;
  readonly message: string;
  readonly level: Level;
  /** Replacement strings to suggest (the CLI's `suggestions`); the first is the preferred one. */
  readonly suggestions: readonly string[];
  readonly fixes: readonly Fix[];
  readonly related: readonly Related[];
}

/** What a check reports; the engine fills in the check id and level. */
export type Report = Omit<Finding, 'checkId' | 'level' | 'fixes' | 'related' | 'suggestions'> &
  Partial<Pick<Finding, 'fixes' | 'related' | 'suggestions'>>;

/** Everything a check may read: the text, its parse, derived views, and the glossary. */
export interface CheckContext {
  readonly text: string;
  readonly transcript: Transcript;
  readonly glossary: Glossary;
  /**
   * Indices into `transcript.blocks` that a `block`-scoped check must examine: all of them on a full
   * run, only the edited ones when re-checking after an edit. Document-scoped checks ignore it.
   */
  readonly blocks: readonly number[];
}

/** A check: stable metadata plus a function from a document to findings. */
export interface Check {
  /** Kebab-case id used in settings, disable comments and output; never renamed. */
  readonly id: string;
  readonly description: string;
  readonly defaultLevel: Exclude<Level, 'off'>;
  readonly fixable: boolean;
  readonly tags: readonly string[];
  /**
   * `block`: each finding depends only on the text of the block it lies in and the document-level facts of
   * `documentFacts` in session.ts (its language, whether it is bilingual), so the engine may re-run the check
   * on edited blocks alone. `document`: needs the whole text.
   */
  readonly scope: 'block' | 'document';
  run(ctx: CheckContext, report: (finding: Report) => void): void;
}
