import type { TextRange } from '../text/offsets';
import type { LanguageGuess } from '../language/language';

/** A speaker label as written at the head of a turn. */
export interface SpeakerLabel {
  /** The name exactly as written. */
  readonly name: string;
  /** The name folded for comparison (see `speakerKey`). */
  readonly key: string;
  readonly nameRange: TextRange;
  /** The whole label: markup, name, timestamp and colon. */
  readonly labelRange: TextRange;
  readonly timestamp?: string;
}

interface BlockBase {
  /** The whole lines of the block, line breaks included: blocks tile the document. */
  readonly range: TextRange;
  /** The block's text without its final line break. */
  readonly contentRange: TextRange;
  /** Zero-based first and last line of the block. */
  readonly startLine: number;
  readonly endLine: number;
}

/** An ATX heading, or a bold-only line (level 7). */
export interface HeadingBlock extends BlockBase {
  readonly kind: 'heading';
  readonly level: number;
  readonly text: string;
  readonly textRange: TextRange;
}

/** A line opened by a speaker label. */
export interface TurnBlock extends BlockBase {
  readonly kind: 'turn';
  readonly speaker: SpeakerLabel;
  readonly textRange: TextRange;
}

/** A line wholly inside quotation marks; `attribution` is set when the next line names its author. */
export interface QuoteBlock extends BlockBase {
  readonly kind: 'quote';
  readonly textRange: TextRange;
  readonly attribution?: string;
}

/** A byline such as `—Name` under a pull quote. */
export interface AttributionBlock extends BlockBase {
  readonly kind: 'attribution';
  readonly name: string;
  readonly nameRange: TextRange;
}

/** A header line such as `Source: …` or `> 原文：<url>`. */
export interface MetadataBlock extends BlockBase {
  readonly kind: 'metadata';
  readonly key: string;
  readonly keyRange: TextRange;
  readonly value: string;
  readonly valueRange: TextRange;
}

/** A Markdown blockquote line. */
export interface BlockquoteBlock extends BlockBase {
  readonly kind: 'blockquote';
}

/** Any other non-blank line. */
export interface ParagraphBlock extends BlockBase {
  readonly kind: 'paragraph';
}

/** A run of blank lines (or a lone BOM). */
export interface BlankBlock extends BlockBase {
  readonly kind: 'blank';
}

/** One unit of a transcript; every line belongs to exactly one block. */
export type Block =
  HeadingBlock | TurnBlock | QuoteBlock | AttributionBlock | MetadataBlock | BlockquoteBlock | ParagraphBlock | BlankBlock;

/** A speaker's turn: the labelled line and the unlabelled lines that continue it. */
export interface Turn {
  readonly speaker: SpeakerLabel;
  /** Index of the labelled block in `Transcript.blocks`. */
  readonly block: number;
  /** From the label to the end of the turn's last non-blank line. */
  readonly range: TextRange;
  readonly startLine: number;
  readonly endLine: number;
}

/** A heading and everything up to the next heading of the same or a higher level. */
export interface Section {
  /** Index of the heading block in `Transcript.blocks`. */
  readonly block: number;
  readonly level: number;
  readonly title: string;
  readonly range: TextRange;
  readonly startLine: number;
  readonly endLine: number;
}

/** One person as the labels name them, with every spelling folded to the same key. */
export interface Speaker {
  readonly key: string;
  /** The most frequent spelling (earliest on ties). */
  readonly name: string;
  /** Each spelling with how many labels use it. */
  readonly spellings: ReadonlyMap<string, number>;
  /** Indices into `Transcript.turns`, in document order. */
  readonly turns: readonly number[];
}

/** The parsed document: blocks tile the text; turns, sections and speakers are views over them. */
export interface Transcript {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly turns: readonly Turn[];
  readonly sections: readonly Section[];
  readonly speakers: readonly Speaker[];
  readonly language: LanguageGuess;
  /** The first heading's text, or the first non-blank line's, trimmed. */
  readonly title: string;
}
