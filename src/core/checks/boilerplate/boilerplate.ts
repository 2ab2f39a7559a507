import { chromeLine, isProse, isStrongChrome, isTitleLike, type ChromeLine } from './chromeLines';
import { splitLines, type Line, type TextRange } from '../../text/offsets';
import type { Check, Related, TextEdit } from '../../engine/types';

type Zone = 'before' | 'inside' | 'after';

interface Candidate {
  readonly index: number;
  readonly text: string;
  readonly features: ChromeLine;
  strong: boolean;
}

// Lines the parser gave a structure editors keep: headings (the title among them), turns, quotes,
// attributions, metadata (저자 : …, Source: …) and blockquotes.
const KEPT = new Set(['heading', 'turn', 'quote', 'attribution', 'metadata', 'blockquote']);
// Lines that are the body of the document wherever they stand.
const BODY = new Set(['turn', 'quote', 'attribution', 'blockquote']);
// Lines opened by a label or key, which a page's widgets share with speaker turns and metadata.
const LABELLED = new Set(['turn', 'metadata']);

const REASONS: readonly [keyof ChromeLine | 'repeated', string][] = [
  ['vocabulary', 'menu and interface words'],
  ['navBar', 'navigation links'],
  ['glyph', 'buttons'],
  ['counter', 'counters and dates'],
  ['separator', 'separators'],
  ['repeated', 'the site name repeated'],
];

/** Web-page chrome (navigation, login, counters, tags, comment boxes, footers) around or inside an article. */
export const boilerplate: Check = {
  id: 'boilerplate',
  description: 'Flags web-page chrome saved with an article: navigation, login prompts, counters, tags, comment boxes, footers.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['web-page', 'cleanup'],
  scope: 'document',
  run(ctx, report) {
    const { text, transcript } = ctx;
    const lines = linesOf(text);
    const kinds: string[] = [];
    for (const b of transcript.blocks) for (let l = b.startLine; l <= b.endLine && l < lines.length; l++) kinds[l] = b.kind;
    const candidates = new Map<number, Candidate>();
    let first = -1;
    let last = -1;
    lines.forEach((line, index) => {
      const kind = kinds[index] ?? 'paragraph';
      if (kind === 'blank') return;
      const lineText = text.slice(line.start, line.contentEnd).trim();
      if (lineText === '') return;
      const features = LABELLED.has(kind) || !KEPT.has(kind) ? chromeLine(lineText) : undefined;
      // A label or key that is an interface word (`Tags:`, `分享到：`) is a widget, not metadata or a speaker.
      const widget = LABELLED.has(kind) && features!.vocabulary;
      const kept = KEPT.has(kind) && !widget;
      if ((BODY.has(kind) && !widget) || (!KEPT.has(kind) && isProse(features!))) {
        if (first < 0) first = index;
        last = index;
      }
      if (features && !kept) candidates.set(index, { index, text: lineText, features, strong: false });
    });
    if (first < 0) return;
    const zoneOf = (i: number): Zone => (i < first ? 'before' : i > last ? 'after' : 'inside');
    const repeats = markRepeatedSiteLines(candidates, zoneOf);
    for (const c of candidates.values()) c.strong ||= isStrongChrome(c.features, zoneOf(c.index) !== 'inside');
    for (const segment of segments(lines, text, candidates, zoneOf)) {
      if (!segment.some((c) => c.strong)) continue;
      const zone = zoneOf(segment[0].index);
      const range: TextRange = {
        start: afterBom(text, lines[segment[0].index].start),
        end: lines[segment[segment.length - 1].index].contentEnd,
      };
      const edit = removal(text, lines, segment[0].index, segment[segment.length - 1].index);
      const related: Related[] = segment.flatMap((c) =>
        (repeats.get(c.index) ?? []).map((o) => ({
          range: { start: lines[o].start, end: lines[o].contentEnd },
          message: 'The same line appears here too.',
        })),
      );
      const count = segment[segment.length - 1].index - segment[0].index + 1;
      report({
        range,
        message: `Web-page chrome ${zone === 'before' ? 'before' : zone === 'after' ? 'after' : 'inside'} the article (${reasonsOf(segment, repeats)}): remove ${count === 1 ? 'this line' : `these ${count} lines`}.`,
        suggestions: [''],
        fixes: [{ title: 'Remove this block', edits: [edit], preferred: true }],
        related,
      });
    }
  },
};

// A byte-order mark belongs to the file, not to the first line's chrome.
function afterBom(text: string, offset: number): number {
  return offset === 0 && text.charCodeAt(0) === 0xfeff ? 1 : offset;
}

// Lines as the parser numbers them; `indexOf` finds line feeds far faster than a character loop.
function linesOf(text: string): Line[] {
  if (text.includes('\r')) return splitLines(text);
  const out: Line[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    out.push({ start, contentEnd: nl, end: nl + 1 });
    start = nl + 1;
  }
  out.push({ start, contentEnd: text.length, end: text.length });
  return out;
}

// A short line found both before and after the article (or twice around it) is the site's name or menu.
function markRepeatedSiteLines(candidates: Map<number, Candidate>, zoneOf: (i: number) => Zone): Map<number, number[]> {
  const byText = new Map<string, number[]>();
  for (const c of candidates.values()) {
    if (zoneOf(c.index) === 'inside' || c.features.size > 8 || !/\p{L}/u.test(c.text)) continue;
    const key = c.text.toLowerCase().replace(/\s+/g, ' ');
    byText.set(key, [...(byText.get(key) ?? []), c.index]);
  }
  const repeats = new Map<number, number[]>();
  for (const indices of byText.values()) {
    if (indices.length < 2) continue;
    for (const i of indices) {
      candidates.get(i)!.strong = true;
      repeats.set(
        i,
        indices.filter((j) => j !== i),
      );
    }
  }
  return repeats;
}

// Runs of candidate lines (blank lines may lie between them) that no kept, prose or title-like line interrupts.
function segments(lines: readonly Line[], text: string, candidates: Map<number, Candidate>, zoneOf: (i: number) => Zone): Candidate[][] {
  const out: Candidate[][] = [];
  let current: Candidate[] = [];
  const close = () => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const c = candidates.get(i);
    if (!c) {
      if (text.slice(lines[i].start, lines[i].contentEnd).trim() !== '') close();
      continue;
    }
    const zone = zoneOf(i);
    // After the article anything short goes (related titles, widgets) unless it ends like a sentence.
    const breaks = !c.strong && (isProse(c.features) || (zone === 'after' ? c.features.sentenceEnd : isTitleLike(c.features)));
    if (breaks || (current.length > 0 && zoneOf(current[0].index) !== zone)) close();
    if (!breaks) current.push(c);
  }
  close();
  return out;
}

function reasonsOf(segment: Candidate[], repeats: Map<number, number[]>): string {
  const found = REASONS.filter(([key]) =>
    segment.some((c) => (key === 'repeated' ? repeats.has(c.index) : c.strong && c.features[key] === true)),
  );
  return (found.length > 0 ? found : [REASONS[0]]).map(([, reason]) => reason).join(', ');
}

// Deletes lines `a..b` and the blank lines after them, so that exactly the separation that was before
// the block remains; at the end of the text, the blank lines before them instead, keeping the final break.
function removal(text: string, lines: readonly Line[], a: number, b: number): TextEdit {
  const blank = (i: number) => text.slice(lines[i].start, lines[i].contentEnd).trim() === '';
  let next = b + 1;
  while (next < lines.length && blank(next)) next++;
  if (next < lines.length || a === 0)
    return { range: { start: afterBom(text, lines[a].start), end: next < lines.length ? lines[next].start : text.length }, newText: '' };
  let previous = a - 1;
  while (previous > 0 && blank(previous)) previous--;
  return { range: { start: lines[previous].contentEnd, end: lines[b].contentEnd }, newText: '' };
}
