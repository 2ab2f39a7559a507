// The parse's objects, compact. A transcript of a million short turns holds millions of blocks, labels and turns;
// as plain objects each range was an object of its own (40 bytes in V8 without pointer compression, five or six
// per turn), so a 5 MB file took over 400 MB and most of the parse went to the garbage collector copying them.
// Here each block, turn and section keeps its offsets as numbers and its ranges are getters that build the
// `{ start, end }` on demand, and a turn's line is its own speaker label: the model's shape is unchanged for its
// readers, at under a third of the memory. A block's `kind` and a one-line block's `endLine` live on the
// prototype. The offsets are own fields, so a deep comparison of two parses (the incremental parse's tests) still
// compares every position; a spread or JSON of a block does not show its ranges (nothing in the core does either).
import type {
  AttributionBlock,
  BlankBlock,
  Block,
  BlockquoteBlock,
  HeadingBlock,
  MetadataBlock,
  ParagraphBlock,
  QuoteBlock,
  Section,
  SpeakerLabel,
  TurnBlock,
  Turn,
} from './model';
import type { TextRange } from '../text/offsets';

/** The offsets every block has: where its lines start, where their content ends and where the last break ends. */
abstract class Lines {
  abstract readonly end: number;
  constructor(
    readonly startLine: number,
    readonly start: number,
    readonly contentEnd: number,
  ) {}
  get range(): TextRange {
    return { start: this.start, end: this.end };
  }
  get contentRange(): TextRange {
    return { start: this.start, end: this.contentEnd };
  }
}

/** A block of one line: it ends on the line it starts on. */
abstract class OneLine extends Lines {
  get endLine(): number {
    return this.startLine;
  }
}

/** A run of blank lines. */
export class BlankData extends Lines implements BlankBlock {
  declare readonly kind: 'blank';
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
    readonly endLine: number,
  ) {
    super(startLine, start, contentEnd);
  }
}

export class ParagraphData extends OneLine implements ParagraphBlock {
  declare readonly kind: 'paragraph';
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
  ) {
    super(startLine, start, contentEnd);
  }
}

export class BlockquoteData extends OneLine implements BlockquoteBlock {
  declare readonly kind: 'blockquote';
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
  ) {
    super(startLine, start, contentEnd);
  }
}

export class HeadingData extends OneLine implements HeadingBlock {
  declare readonly kind: 'heading';
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
    readonly level: number,
    readonly text: string,
    readonly textStart: number,
    readonly textEnd: number,
  ) {
    super(startLine, start, contentEnd);
  }
  get textRange(): TextRange {
    return { start: this.textStart, end: this.textEnd };
  }
}

/** A speaker name as written and its key (see `speakerKey`): one per spelling, shared by the labels that use it. */
export interface Spelling {
  readonly name: string;
  readonly key: string;
}

/**
 * A turn's line, which is also its speaker label (`speaker` is the block itself: a label belongs to one line, and the
 * label's fields, name, key and ranges, are none of a block's), so a turn costs one object here, not two. Its line
 * break and its label's offsets from the line start share one small integer, `layout`: the break's length (2 bits),
 * where the label starts (3 bits: after at most three blanks and a BOM), where its name starts and where it ends
 * (8 bits each: a label lies in the first 200 characters of its line, see `matchSpeakerLabel`).
 */
export class TurnData extends OneLine implements TurnBlock, SpeakerLabel {
  declare readonly kind: 'turn';
  declare readonly timestamp?: string;
  private readonly layout: number;
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    end: number,
    readonly spelling: Spelling,
    nameStart: number,
    labelStart: number,
    labelEnd: number,
    timestamp: string | undefined,
  ) {
    super(startLine, start, contentEnd);
    const breakLength = end - contentEnd;
    const label = labelStart - start;
    const name = nameStart - start;
    const labelLength = labelEnd - start;
    if (breakLength > 3 || label > 7 || name > 0xff || labelLength > 0xff) throw new Error('a speaker label beyond the head of its line');
    this.layout = breakLength | (label << 2) | (name << 5) | (labelLength << 13);
    // Set only when there is one, as the plain objects had it (`'timestamp' in label`).
    if (timestamp !== undefined) (this as { timestamp?: string }).timestamp = timestamp;
  }
  get end(): number {
    return this.contentEnd + (this.layout & 3);
  }
  get name(): string {
    return this.spelling.name;
  }
  get key(): string {
    return this.spelling.key;
  }
  get speaker(): SpeakerLabel {
    return this;
  }
  get nameStart(): number {
    return this.start + ((this.layout >> 5) & 0xff);
  }
  get labelStart(): number {
    return this.start + ((this.layout >> 2) & 7);
  }
  get labelEnd(): number {
    return this.start + (this.layout >> 13);
  }
  get nameRange(): TextRange {
    const start = this.nameStart;
    return { start, end: start + this.spelling.name.length };
  }
  get labelRange(): TextRange {
    return { start: this.labelStart, end: this.labelEnd };
  }
  /** The turn text starts where the label ends. */
  get textRange(): TextRange {
    return { start: this.labelEnd, end: this.contentEnd };
  }
}

export class QuoteData extends OneLine implements QuoteBlock {
  declare readonly kind: 'quote';
  declare readonly attribution?: string;
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
    readonly textStart: number,
    readonly textEnd: number,
    attribution: string | undefined,
  ) {
    super(startLine, start, contentEnd);
    if (attribution !== undefined) (this as { attribution?: string }).attribution = attribution;
  }
  get textRange(): TextRange {
    return { start: this.textStart, end: this.textEnd };
  }
}

export class AttributionData extends OneLine implements AttributionBlock {
  declare readonly kind: 'attribution';
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
    readonly name: string,
    readonly nameStart: number,
  ) {
    super(startLine, start, contentEnd);
  }
  get nameRange(): TextRange {
    return { start: this.nameStart, end: this.nameStart + this.name.length };
  }
}

export class MetadataData extends OneLine implements MetadataBlock {
  declare readonly kind: 'metadata';
  constructor(
    startLine: number,
    start: number,
    contentEnd: number,
    readonly end: number,
    readonly key: string,
    readonly keyStart: number,
    readonly value: string,
    readonly valueStart: number,
  ) {
    super(startLine, start, contentEnd);
  }
  get keyRange(): TextRange {
    return { start: this.keyStart, end: this.keyStart + this.key.length };
  }
  get valueRange(): TextRange {
    return { start: this.valueStart, end: this.valueStart + this.value.length };
  }
}

for (const [data, kind] of [
  [BlankData, 'blank'],
  [ParagraphData, 'paragraph'],
  [BlockquoteData, 'blockquote'],
  [HeadingData, 'heading'],
  [TurnData, 'turn'],
  [QuoteData, 'quote'],
  [AttributionData, 'attribution'],
  [MetadataData, 'metadata'],
] as const)
  Object.defineProperty(data.prototype, 'kind', { value: kind, enumerable: true });

/** A quote block with its byline's name (or none). */
export function withAttribution(b: QuoteBlock, attribution: string | undefined): QuoteBlock {
  const q = b as QuoteData;
  return new QuoteData(q.startLine, q.start, q.contentEnd, q.end, q.textStart, q.textEnd, attribution);
}

/** A blank block grown to `end` (its content to `contentEnd`) and line `endLine`. */
export function extendBlank(b: BlankBlock, contentEnd: number, end: number, endLine: number): BlankBlock {
  const q = b as BlankData;
  return new BlankData(q.startLine, q.start, contentEnd, end, endLine);
}

/** A block moved by `delta` characters and `lines` lines. */
export function shiftBlock(block: Block, delta: number, lines: number): Block {
  if (delta === 0 && lines === 0) return block;
  const b = block as Lines & Block;
  const line = b.startLine + lines;
  const [start, contentEnd, end] = [b.start + delta, b.contentEnd + delta, b.end + delta];
  switch (b.kind) {
    case 'blank':
      return new BlankData(line, start, contentEnd, end, b.endLine + lines);
    case 'paragraph':
      return new ParagraphData(line, start, contentEnd, end);
    case 'blockquote':
      return new BlockquoteData(line, start, contentEnd, end);
    case 'heading': {
      const h = b as HeadingData;
      return new HeadingData(line, start, contentEnd, end, h.level, h.text, h.textStart + delta, h.textEnd + delta);
    }
    case 'turn': {
      const t = b as TurnData;
      return new TurnData(
        line,
        start,
        contentEnd,
        end,
        t.spelling,
        t.nameStart + delta,
        t.labelStart + delta,
        t.labelEnd + delta,
        t.timestamp,
      );
    }
    case 'quote': {
      const q = b as QuoteData;
      return new QuoteData(line, start, contentEnd, end, q.textStart + delta, q.textEnd + delta, q.attribution);
    }
    case 'attribution': {
      const a = b as AttributionData;
      return new AttributionData(line, start, contentEnd, end, a.name, a.nameStart + delta);
    }
    case 'metadata': {
      const m = b as MetadataData;
      return new MetadataData(line, start, contentEnd, end, m.key, m.keyStart + delta, m.value, m.valueStart + delta);
    }
  }
}

/** Where a block starts and where its content ends, without building its ranges. */
export function blockStart(b: Block): number {
  return (b as unknown as Lines).start;
}
export function blockContentEnd(b: Block): number {
  return (b as unknown as Lines).contentEnd;
}
export function blockEnd(b: Block): number {
  return (b as unknown as Lines).end;
}

/**
 * Where the prose of a block starts and ends (see `proseRange`): a block's text after a turn's label, inside a quote's
 * marks or after a heading's; a paragraph's or blockquote's whole line; -1 for a block without prose.
 */
export function proseStart(b: Block): number {
  switch (b.kind) {
    case 'turn':
      return (b as TurnData).labelEnd;
    case 'quote':
    case 'heading':
      return (b as QuoteData | HeadingData).textStart;
    case 'paragraph':
    case 'blockquote':
      return (b as unknown as Lines).start;
    default:
      return -1;
  }
}
export function proseEnd(b: Block): number {
  switch (b.kind) {
    case 'quote':
    case 'heading':
      return (b as QuoteData | HeadingData).textEnd;
    case 'turn':
    case 'paragraph':
    case 'blockquote':
      return (b as unknown as Lines).contentEnd;
    default:
      return -1;
  }
}

/** Where a turn starts and ends, without building its range. */
export function turnStart(t: Turn): number {
  return (t as TurnSpan | OneLineTurn).label.start;
}
export function turnEnd(t: Turn): number {
  return t instanceof TurnSpan ? t.end : (t as OneLineTurn).label.contentEnd;
}

/** A turn of more than one line: its labelled line (which is its speaker label), that block's index, where it ends. */
export class TurnSpan implements Turn {
  constructor(
    readonly label: TurnData,
    readonly block: number,
    readonly end: number,
    readonly endLine: number,
  ) {}
  get speaker(): SpeakerLabel {
    return this.label;
  }
  get startLine(): number {
    return this.label.startLine;
  }
  get range(): TextRange {
    return { start: this.label.start, end: this.end };
  }
}

/** A turn of one line, the usual kind: it ends where its line's content does. */
export class OneLineTurn implements Turn {
  constructor(
    readonly label: TurnData,
    readonly block: number,
  ) {}
  get speaker(): SpeakerLabel {
    return this.label;
  }
  get startLine(): number {
    return this.label.startLine;
  }
  get endLine(): number {
    return this.label.startLine;
  }
  get range(): TextRange {
    return { start: this.label.start, end: this.label.contentEnd };
  }
}

/** A section: its heading's block, level and title, and the offsets it spans. */
export class SectionSpan implements Section {
  constructor(
    readonly block: number,
    readonly level: number,
    readonly title: string,
    readonly start: number,
    readonly end: number,
    readonly startLine: number,
    readonly endLine: number,
  ) {}
  get range(): TextRange {
    return { start: this.start, end: this.end };
  }
}
