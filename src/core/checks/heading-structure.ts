import { foldRanges, foldText, foldedWeight } from '../text/fold';
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
    const { blocks } = transcript;
    const fenced = fencedBlocks(text, blocks);
    const headings: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind === 'heading' && b.level <= 6 && !fenced[i]) headings.push(i);
    }
    if (headings.length === 0) return; // without # headings there is no outline a line could be missing from
    skippedLevels(text, blocks, headings, report);
    orphanHeadings(text, blocks, headings, fenced, report);
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
        `Heading level jumps from ${parent} to ${parent + 1 + shift}: make it level ${parent + 1}` +
        (others ? ` and lift the ${others} heading${others > 1 ? 's' : ''} after it that share its parent.` : '.'),
      suggestions: ['#'.repeat(parent + 1) + text.slice(marker.end, h.contentRange.end)],
      fixes: [{ title: `Make it a level-${parent + 1} heading`, edits, preferred: true }],
      related: [{ range: (blocks[headings[k - 1]] as HeadingBlock).textRange, message: `The heading before it, at level ${parent}.` }],
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
  fenced: Uint8Array,
  report: (r: Report) => void,
): void {
  const titles = () => headings.map((i) => (blocks[i] as HeadingBlock).text);
  // What the headings are like is read only once a line may be one of them: a document of a million headings and no
  // heading-like line (or only short ones) never folds or classifies its titles.
  let usual: 'hangul' | 'han' | 'latin' | undefined;
  const usualScript = () => (usual ??= mostCommonScript(titles()));
  let longest: number | undefined;
  const longestTitle = () => (longest ??= longestWeight(titles()));
  const found: { block: number; start: number; end: number }[] = [];
  for (let i = headings[0] + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' || fenced[i] || blocks[i - 1].kind !== 'blank' || (i + 1 < blocks.length && blocks[i + 1].kind !== 'blank'))
      continue;
    // Long lines are prose whatever they look like: decide that before slicing or folding anything.
    const { start: lineStart, end: lineEnd } = b.contentRange;
    if (lineEnd - lineStart > MAX_LINE) continue;
    const raw = text.slice(lineStart, lineEnd);
    const line = raw.trim();
    if (NOT_HEADING_START.test(line) || SENTENCE_MARKS.test(line) || nonProseSpans(line)[0]?.start === 0) continue;
    const weight = foldedWeight(foldText(line));
    // Up to 30 the bound holds whatever the longest title (it is at least 30).
    if (weight < 8 || (weight > 30 && weight > longestTitle() * 1.5)) continue;
    const script = scriptClass(line);
    if (script !== usualScript()) continue;
    if (script === 'latin' && (!/^\p{Lu}/u.test(line) || line.split(/\s+/u).length > 10)) continue;
    const start = lineStart + raw.indexOf(line);
    found.push({ block: i, start, end: start + line.length });
  }
  // Many such lines mean the document simply has short paragraphs (a list, verse, a web page's chrome).
  if (found.length > headings.length) return;
  const neighbours = neighbourLevels(blocks, headings);
  for (const f of found) {
    const { level, before } = neighbours(f.block);
    const marks = '#'.repeat(level);
    const line = text.slice(f.start, f.end);
    report({
      range: { start: f.start, end: f.end },
      message: `This line reads like a heading but has no “#”: make it a level-${level} heading like the others.`,
      suggestions: [`${marks} ${line}`],
      fixes: [
        {
          title: `Make it a heading (${marks})`,
          edits: [{ range: { start: f.start, end: f.end }, newText: `${marks} ${line}` }],
          preferred: true,
        },
      ],
      related: before >= 0 ? [{ range: (blocks[headings[before]] as HeadingBlock).textRange, message: 'The heading before it.' }] : [],
    });
  }
}

// The script most titles are in (the earlier of 'han', 'hangul', 'latin' on ties).
function mostCommonScript(titles: readonly string[]): 'hangul' | 'han' | 'latin' {
  const counts = { han: 0, hangul: 0, latin: 0 };
  for (const t of titles) counts[scriptClass(t)]++;
  return (['han', 'hangul', 'latin'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
}

// The folded weight of the weightiest title. All titles are folded in one pass, each one a range of their joined
// text: a line break between them folds to nothing and pairs with no surrogate, so each folds as it would alone.
function longestWeight(titles: readonly string[]): number {
  const ranges: { start: number; end: number }[] = [];
  let at = 0;
  for (const t of titles) {
    ranges.push({ start: at, end: at + t.length });
    at += t.length + 1;
  }
  const { folded, starts } = foldRanges(titles.join('\n'), ranges);
  let longest = -Infinity;
  for (let k = 0; k < titles.length; k++)
    longest = Math.max(longest, foldedWeight(folded, starts[k], k + 1 < titles.length ? starts[k + 1] : folded.length));
  return longest;
}

// For a line between headings: the level of the nearest heading before it, unless that is the document's lone
// title, then the next one's; and which heading is before it (-1 for none). Found by binary search.
function neighbourLevels(blocks: readonly Block[], headings: readonly number[]): (at: number) => { level: number; before: number } {
  const level = (k: number) => (blocks[headings[k]] as HeadingBlock).level;
  let loneTitle: boolean | undefined;
  return (at) => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    const before = lo - 1;
    const isTitle = before === 0 && level(0) === 1 && (loneTitle ??= headings.every((_, k) => k === 0 || level(k) > 1));
    if (before >= 0 && !isTitle) return { level: level(before), before };
    // The first heading after the line: the line is no heading, so that is the one after `before`.
    const after = before + 1 < headings.length ? before + 1 : -1;
    return { level: after >= 0 ? level(after) : Math.min(6, level(Math.max(0, before)) + 1), before };
  };
}
