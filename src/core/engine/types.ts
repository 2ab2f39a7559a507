import type { Glossary } from '../terms/glossary';
import type { SpeakerDecisions } from '../terms/speakerDecisions';
import type { Transcript } from '../document/model';
import type { TextRange } from '../text/offsets';
import type { AlignedPair } from '../align/align';
import type { Lexicon } from '../align/lexicon';
import type { Segment } from '../align/segments';

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
  /** The spelling this fix chooses for a name or term everywhere: an editor offers to add it to the glossary, so later findings follow it. */
  readonly glossaryTerm?: string;
}

/** Another place that explains a finding (the canonical spelling, the other copy of a passage). */
export interface Related {
  readonly range: TextRange;
  readonly message: string;
  /** Set when the range is in the other document of a text and its translation (a bilingual check's finding). */
  readonly inOtherDocument?: boolean;
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
  /** What the user decided about who is who (Merge Speakers, Split Speaker); the name checks follow it. */
  readonly speakerDecisions: SpeakerDecisions;
  /**
   * Indices into `transcript.blocks` that a `block`-scoped check must examine: all of them on a full
   * run, only the edited ones when re-checking after an edit. Document-scoped checks ignore it.
   */
  readonly blocks: readonly number[];
}

/** What every check declares, whatever it reads: settings, docs pages and SARIF rules are made from it. */
export interface CheckInfo {
  /** Kebab-case id used in settings, disable comments and output; never renamed. */
  readonly id: string;
  readonly description: string;
  readonly defaultLevel: Exclude<Level, 'off'>;
  readonly fixable: boolean;
  readonly tags: readonly string[];
  /** Set when a finding flags text that should go (site chrome, a repeated passage): editors show that text faded. */
  readonly removable?: boolean;
  /** `pair` for a bilingual check, which reads a text and its translation; see `PairCheck`. */
  readonly scope: 'block' | 'document' | 'pair';
}

/** A check of one document: stable metadata plus a function from a document to findings. */
export interface Check extends CheckInfo {
  /**
   * `block`: each finding depends only on the text of the block it lies in and the document-level facts of
   * `documentFacts` in session.ts (its language, whether it is bilingual), so the engine may re-run the check
   * on edited blocks alone. `document`: needs the whole text.
   */
  readonly scope: 'block' | 'document';
  run(ctx: CheckContext, report: (finding: Report) => void): void;
}

/** Which document of a text and its translation a bilingual finding is in. */
export type Side = 'source' | 'target';

/** One document of a pair: its text, its parse and its sentences (the units the alignment pairs). */
export interface PairSide {
  readonly text: string;
  readonly transcript: Transcript;
  readonly segments: readonly Segment[];
}

/** Everything a bilingual check may read: both documents, their alignment, and the glossary. */
export interface PairContext {
  readonly source: PairSide;
  readonly target: PairSide;
  /** Sentence pairs covering every segment of both sides once, in order (see align/). */
  readonly pairs: readonly AlignedPair[];
  readonly glossary: Glossary;
  /** The Chinese–English lexicon, when the pair is Chinese and another language and the caller loaded it. */
  readonly lexicon?: Lexicon;
}

/** What a bilingual check reports: a finding and the document it is in. */
export type PairReport = Report & { readonly side: Side };

/** A bilingual check: reads an original and its translation through their alignment, reports on either. */
export interface PairCheck extends CheckInfo {
  readonly scope: 'pair';
  run(ctx: PairContext, report: (finding: PairReport) => void): void;
}
