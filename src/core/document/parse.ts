import type { Block, Section, Transcript, Turn } from './model';
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
import { reclassify } from './reparse';
import type { Line } from '../text/offsets';

/**
 * Parses transcript text into blocks, turns, sections and speakers in one linear pass. Given the parse
 * of an earlier version of the text, lines outside the edited region keep their blocks (shifted).
 */
export function parseTranscript(text: string, previous?: Transcript): Transcript {
  const blocks = previous ? reclassify(previous, text, classifyLines) : classifyLines(text, 0, text.length, 0, []);
  linkAttributions(text, blocks);
  const turns = collectTurns(blocks);
  const sections = collectSections(blocks);
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
  return { text, blocks, turns, sections, speakers: collectSpeakers(turns), language: guessLanguage(text), title };
}

/**
 * Appends the blocks of the lines in text[from, to) to `blocks` (`from` starts a line; `to` starts one or
 * ends the text); consecutive blank lines share one block.
 */
export function classifyLines(text: string, from: number, to: number, firstLine: number, blocks: Block[]): Block[] {
  // Lines are read one at a time, never all split first: a file of a million blank lines holds no million objects.
  const lines = new LineReader(text, to);
  for (let i = 0, at = from; ; i++) {
    const l = lines.lineAt(at);
    at = l.end;
    if (l.start === l.end && (i > 0 || from > 0)) break; // the empty tail after a final line break
    let content = text.slice(l.start, l.contentEnd);
    // A BOM is part of the first block's range but not of what its content means.
    const bom = l.start === 0 && content.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (bom) content = content.slice(1);
    const line = firstLine + i;
    const base = {
      range: { start: l.start, end: l.end },
      contentRange: { start: l.start, end: l.contentEnd },
      startLine: line,
      endLine: line,
    };
    if (content.trim() === '') {
      // The run of blank lines from here is one block, built once (not once per line).
      let j = i;
      let last = l;
      for (let next = lines.lineAt(at); next.start < next.end && isBlankLine(text, next); next = lines.lineAt(at)) {
        j++;
        last = next;
        at = next.end;
      }
      const { end, contentEnd } = last;
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'blank')
        blocks[blocks.length - 1] = {
          ...prev,
          range: { start: prev.range.start, end },
          contentRange: { start: prev.range.start, end: contentEnd },
          endLine: firstLine + j,
        };
      else if (j === i) blocks.push({ kind: 'blank', ...base });
      else
        blocks.push({
          kind: 'blank',
          ...base,
          range: { start: l.start, end },
          contentRange: { start: l.start, end: contentEnd },
          endLine: firstLine + j,
        });
      i = j;
      continue;
    }
    blocks.push(classifyLine(content, l.start + bom, base));
  }
  return blocks;
}

// Whether a line holds only white space.
function isBlankLine(text: string, line: Line): boolean {
  for (let k = line.start; k < line.contentEnd; k++) if (!/\s/u.test(text[k])) return false;
  return true;
}

/**
 * The lines of `text` up to `to`, as `splitLines` cuts them (on `\r\n`, `\n` or `\r`), read from any line start:
 * the next `\n` and `\r` are remembered, so reading every line costs one search of the text for each.
 */
class LineReader {
  private nextLf = -1;
  private nextCr = -1;
  constructor(
    private readonly text: string,
    private readonly to: number,
  ) {}
  lineAt(start: number): Line {
    const { text, to } = this;
    if (this.nextLf < start) this.nextLf = found(text.indexOf('\n', start), to);
    if (this.nextCr < start) this.nextCr = found(text.indexOf('\r', start), to);
    const contentEnd = Math.min(this.nextLf, this.nextCr);
    if (contentEnd >= to) return { start, contentEnd: to, end: to };
    const end =
      text.charCodeAt(contentEnd) === 13 && contentEnd + 1 < to && text.charCodeAt(contentEnd + 1) === 10 ? contentEnd + 2 : contentEnd + 1;
    return { start, contentEnd, end };
  }
}

// A search's result, `to` when it found nothing before `to`.
const found = (at: number, to: number) => (at < 0 || at > to ? to : at);

type BlockBase = Pick<Block, 'range' | 'contentRange' | 'startLine' | 'endLine'>;

// Decides what one non-blank line is; order matters where shapes overlap.
function classifyLine(content: string, at: number, base: BlockBase): Block {
  const span = (s: number, e: number) => ({ start: at + s, end: at + e });
  const heading = matchHeading(content);
  const headingBlock = (h: HeadingMatch): Block => ({
    kind: 'heading',
    ...base,
    level: h.level,
    text: unwrapEmphasis(content.slice(h.textStart, h.textEnd)),
    textRange: span(h.textStart, h.textEnd),
  });
  if (heading) return headingBlock(heading);
  const meta = matchMetadata(content);
  if (meta) {
    return {
      kind: 'metadata',
      ...base,
      key: meta.key,
      keyRange: span(meta.keyStart, meta.keyStart + meta.key.length),
      value: content.slice(meta.valueStart, meta.valueEnd),
      valueRange: span(meta.valueStart, meta.valueEnd),
    };
  }
  const label = matchSpeakerLabel(content);
  if (label) {
    const speaker = {
      name: label.name,
      key: speakerKey(label.name),
      nameRange: span(label.nameStart, label.nameEnd),
      labelRange: span(label.labelStart, label.labelEnd),
      ...(label.timestamp ? { timestamp: label.timestamp } : {}),
    };
    return { kind: 'turn', ...base, speaker, textRange: span(label.labelEnd, content.length) };
  }
  const bold = matchBoldHeading(content);
  if (bold) return headingBlock(bold);
  const quote = matchPullQuote(content);
  if (quote) return { kind: 'quote', ...base, textRange: span(quote.textStart, quote.textEnd) };
  const attribution = matchAttribution(content);
  if (attribution) {
    return {
      kind: 'attribution',
      ...base,
      name: content.slice(attribution.nameStart, attribution.nameEnd),
      nameRange: span(attribution.nameStart, attribution.nameEnd),
    };
  }
  if (isBlockquote(content)) return { kind: 'blockquote', ...base };
  return { kind: 'paragraph', ...base };
}

// Names each pull quote's author from the attribution line that follows it (and no one when none does).
function linkAttributions(text: string, blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'quote') continue;
    const next = blocks[i + 1]?.kind === 'blank' ? blocks[i + 2] : blocks[i + 1];
    const attribution = next?.kind === 'attribution' ? text.slice(next.nameRange.start, next.nameRange.end) : undefined;
    if (attribution === b.attribution) continue;
    const { attribution: _stale, ...rest } = b;
    blocks[i] = attribution === undefined ? rest : { ...rest, attribution };
  }
}

// A turn runs from its label over unlabelled lines until the next label, heading or metadata line.
function collectTurns(blocks: readonly Block[]): Turn[] {
  const turns: Turn[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'turn') continue;
    let last = i;
    for (let j = i + 1; j < blocks.length; j++) {
      const k = blocks[j].kind;
      if (k === 'turn' || k === 'heading' || k === 'metadata') break;
      if (k !== 'blank') last = j;
    }
    const end = blocks[last];
    turns.push({
      speaker: b.speaker,
      block: i,
      range: { start: b.range.start, end: end.contentRange.end },
      startLine: b.startLine,
      endLine: end.endLine,
    });
  }
  return turns;
}

// A section runs from its heading to before the next heading of the same or a higher level.
function collectSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  const open: { block: number; level: number; title: string; start: number; startLine: number }[] = [];
  let lastContent = -1;
  const close = (until: number) => {
    const s = open.pop()!;
    const endBlock = blocks[Math.max(until, s.block)];
    sections.push({
      block: s.block,
      level: s.level,
      title: s.title,
      range: { start: s.start, end: endBlock.contentRange.end },
      startLine: s.startLine,
      endLine: endBlock.endLine,
    });
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      while (open.length && open[open.length - 1].level >= b.level) close(lastContent);
      open.push({ block: i, level: b.level, title: b.text, start: b.range.start, startLine: b.startLine });
    }
    if (b.kind !== 'blank') lastContent = i;
  });
  while (open.length) close(lastContent);
  return sections.sort((a, b) => a.range.start - b.range.start || a.level - b.level);
}

// A heading written wholly in bold (`# **Title**`) is titled without the markers.
function unwrapEmphasis(text: string): string {
  const m = /^(\*\*|__)(.+)\1$/u.exec(text);
  return m && !m[2].includes(m[1]) ? m[2].trim() : text;
}
