import type { Block, HeadingBlock, Section, Speaker, Transcript, Turn } from './model';
import type { LanguageGuess } from '../language/language';
import {
  AttributionData,
  BlankData,
  BlockquoteData,
  HeadingData,
  MetadataData,
  ParagraphData,
  QuoteData,
  SectionSpan,
  TurnData,
  TurnSpan,
  OneLineTurn,
  type Spelling,
  blockContentEnd,
  blockStart,
  extendBlank,
  withAttribution,
} from './compact';
import { guessLanguage } from '../language/language';
import {
  type HeadingMatch,
  matchAttribution,
  matchBoldHeading,
  matchHeading,
  matchMetadata,
  matchPullQuote,
  matchSpeakerLabel,
  isBlockquote,
} from './linePatterns';
import { collectSpeakers } from './speakers';
import { speakerKey } from '../text/nameKeys';
import { RecentCache } from '../text/recentCache';
import { reclassify } from './reparse';

/**
 * Parses transcript text into blocks, turns, sections and speakers in one linear pass. Given the parse
 * of an earlier version of the text, lines outside the edited region keep their blocks (shifted).
 */
export function parseTranscript(text: string, previous?: Transcript): Transcript {
  const blocks = previous ? reclassify(previous, text, classifyLines) : classifyLines(text, 0, text.length, 0, sizedList(text), 0);
  linkAttributions(blocks);
  const heading = blocks.find((b) => b.kind === 'heading');
  const firstLine = blocks.find((b) => b.kind !== 'blank');
  const titleBlock = heading ?? firstLine;
  const title = titleBlock
    ? heading
      ? heading.text
      : text
          .slice(titleBlock.contentRange.start, titleBlock.contentRange.end)
          .replace(/^\uFEFF/, '')
          .trim()
    : '';
  return new TranscriptData(text, blocks, guessLanguage(text), title);
}

/**
 * A parse. Its turns, sections and speakers are views over the blocks, each built on first use and then kept: a
 * reader that needs only the blocks (re-parsing after an edit, a check of lines) does not pay for a million turns.
 * The views are pure functions of the blocks, so two parses with equal blocks have equal views.
 */
class TranscriptData implements Transcript {
  #turns: Turn[] | undefined;
  #sections: Section[] | undefined;
  #speakers: Speaker[] | undefined;
  constructor(
    readonly text: string,
    readonly blocks: readonly Block[],
    readonly language: LanguageGuess,
    readonly title: string,
  ) {}
  get turns(): readonly Turn[] {
    return (this.#turns ??= collectTurns(this.blocks));
  }
  get sections(): readonly Section[] {
    return (this.#sections ??= collectSections(this.blocks));
  }
  get speakers(): readonly Speaker[] {
    return (this.#speakers ??= collectSpeakers(this.blocks));
  }
}

/**
 * Appends the blocks of the lines in text[from, to) to the first `count` of `blocks` (`from` starts a line; `to`
 * starts one or ends the text); consecutive blank lines share one block. The list is cut to the blocks it holds.
 */
export function classifyLines(text: string, from: number, to: number, firstLine: number, blocks: Block[], count = blocks.length): Block[] {
  // Lines are read one at a time, never all split first: a file of a million blank lines holds no million objects.
  const lines = new LineReader(text, to);
  const names = new SpeakerNames();
  let n = count;
  for (let i = 0, at = from; ; i++) {
    const start = at;
    lines.read(start);
    const { contentEnd, end } = lines;
    at = end;
    if (start === end && (i > 0 || from > 0)) break; // the empty tail after a final line break
    const line = firstLine + i;
    if (isBlank(text, start, contentEnd)) {
      // The run of blank lines from here is one block, built once (not once per line).
      let j = i;
      let lastEnd = end;
      let lastContentEnd = contentEnd;
      for (lines.read(at); at < lines.end && isBlank(text, at, lines.contentEnd); lines.read(at)) {
        j++;
        lastEnd = at = lines.end;
        lastContentEnd = lines.contentEnd;
      }
      const prev = n > 0 ? blocks[n - 1] : undefined;
      if (prev?.kind === 'blank') blocks[n - 1] = extendBlank(prev, lastContentEnd, lastEnd, firstLine + j);
      else blocks[n++] = new BlankData(line, start, lastContentEnd, lastEnd, firstLine + j);
      i = j;
      continue;
    }
    // A BOM is part of the first block's range but not of what its content means.
    const contentStart = start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : start;
    blocks[n++] = classifyLine(text.slice(contentStart, contentEnd), contentStart, line, start, contentEnd, end, names);
  }
  blocks.length = n;
  return blocks;
}

/**
 * A list as long as the blocks of `text` can be, to be cut to those it holds: pushed, a list of a million blocks is
 * copied as it grows, to three times its size in all. The bound is what `classifyLines` makes at most, a block per
 * line but for the empty lines, of which a run counts once (a line of white space is counted as not empty).
 */
function sizedList(text: string): Block[] {
  let bound = 0;
  let lineStart = true;
  let emptyRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (lineStart && !emptyRun) {
        bound++;
        emptyRun = true;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = true;
    } else if (lineStart) {
      bound++;
      emptyRun = lineStart = false;
    }
  }
  // An empty text is one blank block.
  return new Array<Block>(Math.max(bound, 1));
}

// Whether text[from, to) holds only white space (as `trim` and `\s` have it).
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** White space as `String.prototype.trim` and `\s` have it, by code unit. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The lines of `text` up to `to`, as `splitLines` cuts them (on `\r\n`, `\n` or `\r`), read from any line start:
 * the next `\n` and `\r` are remembered, so reading every line costs one search of the text for each. The line
 * read last is kept in fields rather than returned as an object: a parse reads every line once or twice.
 */
class LineReader {
  private nextLf = -1;
  private nextCr = -1;
  /** The end of the line's content and of the line with its break, after `read`. */
  contentEnd = 0;
  end = 0;
  constructor(
    private readonly text: string,
    private readonly to: number,
  ) {}
  read(start: number): void {
    const { text, to } = this;
    if (this.nextLf < start) this.nextLf = found(text.indexOf('\n', start), to);
    if (this.nextCr < start) this.nextCr = found(text.indexOf('\r', start), to);
    const contentEnd = Math.min(this.nextLf, this.nextCr);
    this.contentEnd = contentEnd >= to ? to : contentEnd;
    this.end =
      contentEnd >= to
        ? to
        : text.charCodeAt(contentEnd) === 13 && contentEnd + 1 < to && text.charCodeAt(contentEnd + 1) === 10
          ? contentEnd + 2
          : contentEnd + 1;
  }
}

// A search's result, `to` when it found nothing before `to`.
const found = (at: number, to: number) => (at < 0 || at > to ? to : at);

/**
 * Speaker names and their keys, shared by the labels that spell a name alike: a transcript names few people many
 * times, and each label then holds the same two strings instead of a fresh slice and a fresh folding. Bounded, so
 * a file of a million different names does not keep a million entries.
 */
class SpeakerNames {
  private readonly known = new RecentCache<Spelling>(1024, (name) => ({ name, key: speakerKey(name) }));
  get(name: string): Spelling {
    return this.known.get(name);
  }
}

// Decides what one non-blank line is (`content` starts at `at`); order matters where shapes overlap.
function classifyLine(
  content: string,
  at: number,
  line: number,
  start: number,
  contentEnd: number,
  end: number,
  names: SpeakerNames,
): Block {
  const heading = matchHeading(content);
  if (heading) return headingBlock(content, at, line, start, contentEnd, end, heading);
  const meta = matchMetadata(content);
  if (meta)
    return new MetadataData(
      line,
      start,
      contentEnd,
      end,
      meta.key,
      at + meta.keyStart,
      content.slice(meta.valueStart, meta.valueEnd),
      at + meta.valueStart,
    );
  const label = matchSpeakerLabel(content);
  if (label) {
    return new TurnData(
      line,
      start,
      contentEnd,
      end,
      names.get(label.name),
      at + label.nameStart,
      at + label.labelStart,
      at + label.labelEnd,
      label.timestamp,
    );
  }
  const bold = matchBoldHeading(content);
  if (bold) return headingBlock(content, at, line, start, contentEnd, end, bold);
  const quote = matchPullQuote(content);
  if (quote) return new QuoteData(line, start, contentEnd, end, at + quote.textStart, at + quote.textEnd, undefined);
  const attribution = matchAttribution(content);
  if (attribution)
    return new AttributionData(
      line,
      start,
      contentEnd,
      end,
      content.slice(attribution.nameStart, attribution.nameEnd),
      at + attribution.nameStart,
    );
  if (isBlockquote(content)) return new BlockquoteData(line, start, contentEnd, end);
  return new ParagraphData(line, start, contentEnd, end);
}

function headingBlock(content: string, at: number, line: number, start: number, contentEnd: number, end: number, h: HeadingMatch): Block {
  const text = unwrapEmphasis(content.slice(h.textStart, h.textEnd));
  return new HeadingData(line, start, contentEnd, end, h.level, text, at + h.textStart, at + h.textEnd);
}

// Names each pull quote's author from the attribution line that follows it (and no one when none does).
function linkAttributions(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'quote') continue;
    const next = blocks[i + 1]?.kind === 'blank' ? blocks[i + 2] : blocks[i + 1];
    // The attribution block's name is its name range's text.
    const attribution = next?.kind === 'attribution' ? next.name : undefined;
    if (attribution !== b.attribution) blocks[i] = withAttribution(b, attribution);
  }
}

// The turns of the blocks, each turn block opening one.
function collectTurns(blocks: readonly Block[]): Turn[] {
  const turns: Turn[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'turn') continue;
    const last = lastBlockOfTurn(blocks, i);
    const end = blocks[last];
    turns.push(last === i ? new OneLineTurn(b as TurnData, i) : new TurnSpan(b as TurnData, i, blockContentEnd(end), end.endLine));
  }
  return turns;
}

/**
 * The last block of the turn opened by turn block `i` that is not blank (`i` itself for a turn of one line): a turn
 * runs from its label over unlabelled lines until the next label, heading or metadata line.
 */
export function lastBlockOfTurn(blocks: readonly Block[], i: number): number {
  let last = i;
  for (let j = i + 1; j < blocks.length; j++) {
    const k = blocks[j].kind;
    if (k === 'turn' || k === 'heading' || k === 'metadata') break;
    if (k !== 'blank') last = j;
  }
  return last;
}

// A section runs from its heading to before the next heading of the same or a higher level. Sections are listed
// by their start, that is in the order their headings open them: each takes its slot when opened, none is sorted.
function collectSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  const open: number[] = []; // block indices of the open headings, innermost last
  const slots: number[] = [];
  let lastContent = -1;
  const close = (until: number) => {
    const block = open.pop()!;
    const h = blocks[block] as HeadingBlock;
    const endBlock = blocks[Math.max(until, block)];
    sections[slots.pop()!] = new SectionSpan(
      block,
      h.level,
      h.text,
      blockStart(h),
      blockContentEnd(endBlock),
      h.startLine,
      endBlock.endLine,
    );
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      while (open.length && (blocks[open[open.length - 1]] as HeadingBlock).level >= b.level) close(lastContent);
      open.push(i);
      slots.push(sections.length);
      sections.push(undefined as unknown as Section); // filled when the section closes
    }
    if (b.kind !== 'blank') lastContent = i;
  }
  while (open.length) close(lastContent);
  return sections;
}

// A heading written wholly in bold (`# **Title**`) is titled without the markers.
function unwrapEmphasis(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 0x2a && c !== 0x5f) return text;
  const m = /^(\*\*|__)(.+)\1$/u.exec(text);
  return m && !m[2].includes(m[1]) ? m[2].trim() : text;
}
