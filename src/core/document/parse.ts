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
import { splitLines } from '../text/offsets';

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
  const lines = splitLines(from === 0 && to === text.length ? text : text.slice(from, to));
  for (let i = 0; i < lines.length; i++) {
    const l = { start: lines[i].start + from, contentEnd: lines[i].contentEnd + from, end: lines[i].end + from };
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
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'blank')
        blocks[blocks.length - 1] = {
          ...prev,
          range: { start: prev.range.start, end: l.end },
          contentRange: { start: prev.range.start, end: l.contentEnd },
          endLine: line,
        };
      else blocks.push({ kind: 'blank', ...base });
      continue;
    }
    blocks.push(classifyLine(content, l.start + bom, base));
  }
  return blocks;
}

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
