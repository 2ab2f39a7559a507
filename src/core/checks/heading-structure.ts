import { foldText, foldedWeight } from '../text/fold';
import type { Block, HeadingBlock } from '../document/model';
import { fencedBlocks } from '../document/codeFences';
import { nonProseSpans } from '../document/nonProse';
import type { Check, Report, TextEdit } from '../engine/types';
import { classSource, HAN, HANGUL, KANA } from '../text/scripts';

/** Orphan headings (heading-like lines without `#` among `#` headings) and skipped heading levels. */
export const headingStructure: Check = {
  id: 'heading-structure',
  description:
    'Heading outline problems: a line that reads like a section heading but lacks its "#" marks while the other headings have them, and a heading level skipped ("#" then "###").',
  defaultLevel: 'info',
  fixable: true,
  tags: ['structure', 'markdown'],
  scope: 'document',
  run(ctx, report) {
    const { text, transcript } = ctx;
    const fenced = fencedBlocks(text, transcript.blocks);
    const headings = transcript.blocks.flatMap((b, i) => (b.kind === 'heading' && b.level <= 6 && !fenced[i] ? [i] : []));
    if (headings.length === 0) return; // without # headings there is no outline a line could be missing from
    skippedLevels(text, transcript.blocks, headings, report);
    orphanHeadings(text, transcript.blocks, headings, fenced, report);
  },
};

// Where a heading's `#` marks are.
function markerRange(text: string, h: HeadingBlock): { start: number; end: number } {
  let start = h.contentRange.start;
  while (text[start] === ' ' || text[start] === '\uFEFF') start++;
  return { start, end: start + h.level };
}

// A heading deeper than its predecessor plus one; the fix lifts it and the headings after it that share its parent.
function skippedLevels(text: string, blocks: readonly Block[], headings: readonly number[], report: (r: Report) => void): void {
  const levels = headings.map((i) => (blocks[i] as HeadingBlock).level);
  for (let k = 1; k < headings.length; k++) {
    const parent = levels[k - 1];
    if (levels[k] <= parent + 1) continue;
    const shift = levels[k] - (parent + 1);
    const edits: TextEdit[] = [];
    let end = k;
    for (; end < headings.length && levels[end] > parent + 1; end++) {
      const to = Math.max(parent + 1, levels[end] - shift);
      edits.push({ range: markerRange(text, blocks[headings[end]] as HeadingBlock), newText: '#'.repeat(to) });
      levels[end] = to;
    }
    const h = blocks[headings[k]] as HeadingBlock;
    const marker = markerRange(text, h);
    const others = end - k - 1;
    report({
      range: { start: marker.start, end: h.contentRange.end },
      message:
        `Heading level jumps from ${parent} to ${parent + 1 + shift}: make it level ${parent + 1} (${'#'.repeat(parent + 1)})` +
        (others ? ` and lift the ${others} heading${others > 1 ? 's' : ''} after it that share its parent.` : '.'),
      suggestions: ['#'.repeat(parent + 1) + text.slice(marker.end, h.contentRange.end)],
      fixes: [{ title: `Make it a level-${parent + 1} heading`, edits, preferred: true }],
      related: [{ range: (blocks[headings[k - 1]] as HeadingBlock).textRange, message: `The heading before it (level ${parent})` }],
    });
    k = end - 1;
  }
}

// Lines that end a sentence, list, quote or markup are not headings.
const NOT_HEADING_START = /^(?:[-*+•]\s|\d+[.)、]\s?|[>|!<[`#=~_*—–])/u;
const SENTENCE_MARKS = /[.。!！?？…;；,，、:："”'’)）」』]$|[。！？；]|[.!?;]\s/u;
const MAX_LINE = 120;

// The writing system a line is in, as far as telling headings apart goes.
function scriptClass(line: string): 'hangul' | 'han' | 'latin' {
  return HANGUL_LETTER.test(line) ? 'hangul' : HAN_OR_KANA.test(line) ? 'han' : 'latin';
}
const HANGUL_LETTER = new RegExp(`[${classSource(HANGUL)}]`);
const HAN_OR_KANA = new RegExp(`[${classSource(HAN | KANA, true)}]`, 'u');

// A short, unpunctuated line alone between blank lines, after the outline has begun, in the headings' script.
function orphanHeadings(
  text: string,
  blocks: readonly Block[],
  headings: readonly number[],
  fenced: readonly boolean[],
  report: (r: Report) => void,
): void {
  const titles = headings.map((i) => (blocks[i] as HeadingBlock).text);
  const classes = titles.map(scriptClass);
  const usual = (['han', 'hangul', 'latin'] as const).reduce((a, b) =>
    classes.filter((c) => c === b).length > classes.filter((c) => c === a).length ? b : a,
  );
  // A loop, not Math.max(...): spreading a million headings into arguments overflows the stack.
  const longest = titles.reduce((m, t) => Math.max(m, foldedWeight(foldText(t))), -Infinity);
  const found: { block: number; start: number; end: number }[] = [];
  for (let i = headings[0] + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' || fenced[i] || blocks[i - 1].kind !== 'blank' || (i + 1 < blocks.length && blocks[i + 1].kind !== 'blank'))
      continue;
    // Long lines are prose whatever they look like: decide that before slicing or folding anything.
    if (b.contentRange.end - b.contentRange.start > MAX_LINE) continue;
    const raw = text.slice(b.contentRange.start, b.contentRange.end);
    const line = raw.trim();
    if (NOT_HEADING_START.test(line) || SENTENCE_MARKS.test(line) || nonProseSpans(line)[0]?.start === 0) continue;
    const weight = foldedWeight(foldText(line));
    if (weight < 8 || weight > Math.max(30, longest * 1.5)) continue;
    const script = scriptClass(line);
    if (script !== usual) continue;
    if (script === 'latin' && (!/^\p{Lu}/u.test(line) || line.split(/\s+/u).length > 10)) continue;
    const start = b.contentRange.start + raw.indexOf(line);
    found.push({ block: i, start, end: start + line.length });
  }
  // Many such lines mean the document simply has short paragraphs (a list, verse, a web page's chrome).
  if (found.length > headings.length) return;
  for (const f of found) {
    const level = neighbourLevel(blocks, headings, f.block);
    const marks = '#'.repeat(level);
    const line = text.slice(f.start, f.end);
    report({
      range: { start: f.start, end: f.end },
      message: `This line reads like a section heading but has no "#": make it a level-${level} heading (${marks}) like the headings around it.`,
      suggestions: [`${marks} ${line}`],
      fixes: [
        {
          title: `Make it a heading (${marks})`,
          edits: [{ range: { start: f.start, end: f.end }, newText: `${marks} ${line}` }],
          preferred: true,
        },
      ],
      related: headings
        .filter((h) => h < f.block)
        .slice(-1)
        .map((h) => ({ range: (blocks[h] as HeadingBlock).textRange, message: 'The heading before it' })),
    });
  }
}

// The level of the nearest heading before the line, unless that is the document's lone title; then the next one's.
function neighbourLevel(blocks: readonly Block[], headings: readonly number[], at: number): number {
  const level = (k: number) => (blocks[headings[k]] as HeadingBlock).level;
  let before = -1;
  for (let k = 0; k < headings.length && headings[k] < at; k++) before = k;
  const isTitle = before === 0 && level(0) === 1 && headings.slice(1).every((_, k) => level(k + 1) > 1);
  if (before >= 0 && !isTitle) return level(before);
  const after = headings.findIndex((h) => h > at);
  return after >= 0 ? level(after) : Math.min(6, level(Math.max(0, before)) + 1);
}
