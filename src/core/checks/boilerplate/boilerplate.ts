import { chromeLine, endsSentence, isInterfaceLine, isProse, isStrongChrome, isTitleLike } from './chromeLines';
import { blockContentEnd, blockStart } from '../../document/compact';
import type { Block } from '../../document/model';
import type { Check, TextEdit } from '../../engine/types';

type Zone = 'before' | 'inside' | 'after';

// Lines the parser gave a structure editors keep: headings (the title among them), turns, quotes,
// attributions, metadata (저자 : …, Source: …) and blockquotes.
const KEPT = new Set<Block['kind']>(['heading', 'turn', 'quote', 'attribution', 'metadata', 'blockquote']);
// Lines that are the body of the document wherever they stand.
const BODY = new Set<Block['kind']>(['turn', 'quote', 'attribution', 'blockquote']);
// Lines opened by a label or key, which a page's widgets share with speaker turns and metadata.
const LABELLED = new Set<Block['kind']>(['turn', 'metadata']);

// What the check knows of a line, as bits: a document of millions of lines keeps a few numbers per line, not
// objects, and reads each line's features at most once.
const VOCABULARY = 1 << 0;
const NAV_BAR = 1 << 1;
const GLYPH = 1 << 2;
const COUNTER = 1 << 3;
const SEPARATOR = 1 << 4;
const SENTENCE_END = 1 << 5;
const STRONG_OUTSIDE = 1 << 6;
const STRONG_INSIDE = 1 << 7;
const PROSE = 1 << 8;
const TITLE_LIKE = 1 << 9;
/** Short enough to be a site name or menu that repeats around the article. */
const REPEATABLE = 1 << 10;
/** The features above have been read. */
const READ = 1 << 11;
/** Not a line editors keep: it may be chrome. */
const CANDIDATE = 1 << 12;
/** Chrome by itself where it stands, or repeated around the article. */
const STRONG = 1 << 13;
const REPEATED = 1 << 14;
// What the parser made of the line (see KEPT, BODY, LABELLED), or a run of blank lines.
const KEPT_LINE = 1 << 15;
const BODY_LINE = 1 << 16;
const LABELLED_LINE = 1 << 17;
const BLANK_LINE = 1 << 18;

// What the parser made of a line, as those bits, by block kind.
const KIND_BITS = Object.fromEntries(
  (['heading', 'turn', 'quote', 'attribution', 'metadata', 'blockquote', 'paragraph', 'blank'] as const).map((kind) => [
    kind,
    kind === 'blank'
      ? BLANK_LINE
      : (KEPT.has(kind) ? KEPT_LINE : 0) | (BODY.has(kind) ? BODY_LINE : 0) | (LABELLED.has(kind) ? LABELLED_LINE : 0),
  ]),
) as Record<Block['kind'], number>;

const REASONS: readonly [number, string][] = [
  [VOCABULARY, 'menu and interface words'],
  [NAV_BAR, 'navigation links'],
  [GLYPH, 'buttons'],
  [COUNTER, 'counters and dates'],
  [SEPARATOR, 'separators'],
  [REPEATED, 'the site name repeated'],
];

// A repeated line points at this many of its other occurrences: a comment section of a thousand "Reply"
// lines would otherwise relate every one to every other.
const MAX_RELATED = 10;

/** Web-page chrome (navigation, login, counters, tags, comment boxes, footers) around or inside an article. */
export const boilerplate: Check = {
  id: 'boilerplate',
  description: 'Flags web-page chrome saved with an article: navigation, login prompts, counters, tags, comment boxes, footers.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['web-page', 'cleanup'],
  removable: true,
  scope: 'document',
  run(ctx, report) {
    const { text, transcript } = ctx;
    const rows = linesOf(transcript.blocks);
    const { count, bits } = rows;
    const lineText = (r: number) => text.slice(rows.start(r), rows.contentEnd(r)).trim();
    // The article's extent; a line's features are read here only where they decide it.
    let first = -1;
    let last = -1;
    for (let r = 0; r < count; r++) {
      const kind = bits[r];
      if (kind & BLANK_LINE) continue;
      let b = 0;
      let body = false;
      if (kind & LABELLED_LINE) {
        // A label or key that is an interface word (`Tags:`, `分享到：`) is a widget, not metadata or a speaker. Only
        // a widget's other features are read: a turn or header field is no candidate, and nothing else is asked of it.
        const widget = isInterfaceLine(lineText(r));
        if (widget) b = traits(lineText(r)) | CANDIDATE;
        body = (kind & BODY_LINE) !== 0 && !widget;
      } else if (kind & KEPT_LINE) body = (kind & BODY_LINE) !== 0;
      else {
        const t = lineText(r);
        // Prose ends like a sentence: other lines wait for their features until an article is known to exist.
        b = CANDIDATE | (endsSentence(t) ? traits(t) : 0);
        body = (b & PROSE) !== 0;
      }
      bits[r] = b;
      if (body) {
        if (first < 0) first = r;
        last = r;
      }
    }
    if (first < 0) return;
    const zoneOf = (r: number): Zone => (r < first ? 'before' : r > last ? 'after' : 'inside');
    for (let r = 0; r < count; r++) {
      if (!(bits[r] & CANDIDATE)) continue;
      if (!(bits[r] & READ)) bits[r] |= traits(lineText(r));
      if (bits[r] & (zoneOf(r) === 'inside' ? STRONG_INSIDE : STRONG_OUTSIDE)) bits[r] |= STRONG;
    }
    const repeats = repeatedSiteLines(rows, lineText, zoneOf);
    for (const [a, b] of segments(rows, zoneOf)) {
      const zone = zoneOf(a);
      let found = 0;
      for (let r = a; r <= b; r++) found |= (bits[r] & STRONG ? bits[r] : 0) | (bits[r] & REPEATED);
      const reasons = REASONS.filter(([bit]) => found & bit);
      const lines = rows.line(b) - rows.line(a) + 1;
      report({
        range: { start: afterBom(text, rows.start(a)), end: rows.contentEnd(b) },
        message: `Site chrome ${zone} the article: remove ${lines === 1 ? 'this line' : `these ${lines} lines`}. ${lines === 1 ? 'It holds' : 'They hold'} ${joinAnd((reasons.length > 0 ? reasons : [REASONS[0]]).map(([, reason]) => reason))}.`,
        suggestions: [''],
        fixes: [{ title: 'Remove this block', edits: [removal(text, rows, a, b)], preferred: true }],
        related: repeats.elsewhere(a, b).map((o) => ({
          range: { start: rows.start(o), end: rows.contentEnd(o) },
          message: 'The same line appears here too.',
        })),
      });
    }
  },
};

/**
 * The lines of the text, as the parser's blocks: every block is one line but for a run of blank lines, which is one
 * block (a file of a million blank lines costs one step here). Offsets are read from the blocks as numbers, and a
 * row is a block's index: a document of a million lines keeps one number per line, what the check knows of it.
 */
interface Rows {
  readonly count: number;
  /** What the check knows of each line (the bits above); first what the parser made of it. */
  readonly bits: Uint32Array;
  start(r: number): number;
  contentEnd(r: number): number;
  line(r: number): number;
  /** The next and the previous row that is not blank, or -1. */
  next(r: number): number;
  previous(r: number): number;
}

function linesOf(blocks: readonly Block[]): Rows {
  const bits = new Uint32Array(blocks.length);
  for (let r = 0; r < blocks.length; r++) bits[r] = KIND_BITS[blocks[r].kind];
  const next = (r: number) => {
    for (let k = r + 1; k < blocks.length; k++) if (!(bits[k] & BLANK_LINE)) return k;
    return -1;
  };
  const previous = (r: number) => {
    for (let k = r - 1; k >= 0; k--) if (!(bits[k] & BLANK_LINE)) return k;
    return -1;
  };
  return {
    count: blocks.length,
    bits,
    start: (r) => blockStart(blocks[r]),
    contentEnd: (r) => blockContentEnd(blocks[r]),
    line: (r) => blocks[r].startLine,
    next,
    previous,
  };
}

// Where the line from `at` ends (its break, or `limit`).
function lineBreak(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

// The features of a line, as the bits the check weighs.
function traits(line: string): number {
  const f = chromeLine(line);
  return (
    READ |
    (f.vocabulary ? VOCABULARY : 0) |
    (f.navBar ? NAV_BAR : 0) |
    (f.glyph ? GLYPH : 0) |
    (f.counter ? COUNTER : 0) |
    (f.separator ? SEPARATOR : 0) |
    (f.sentenceEnd ? SENTENCE_END : 0) |
    (isStrongChrome(f, true) ? STRONG_OUTSIDE : 0) |
    (isStrongChrome(f, false) ? STRONG_INSIDE : 0) |
    (isProse(f) ? PROSE : 0) |
    (isTitleLike(f) ? TITLE_LIKE : 0) |
    (f.size <= 8 ? REPEATABLE : 0)
  );
}

// A byte-order mark belongs to the file, not to the first line's chrome.
function afterBom(text: string, offset: number): number {
  return offset === 0 && text.charCodeAt(0) === 0xfeff ? 1 : offset;
}

/**
 * A short line found both before and after the article (or twice around it) is the site's name or menu: its
 * lines become strong chrome. Occurrences are kept grouped in document order, so a finding finds the others
 * outside itself without looking at those inside.
 */
function repeatedSiteLines(rows: Rows, lineText: (r: number) => string, zoneOf: (r: number) => Zone) {
  const { count, bits } = rows;
  const eligible = (r: number) => (bits[r] & (CANDIDATE | REPEATABLE)) === (CANDIDATE | REPEATABLE) && zoneOf(r) !== 'inside';
  let most = 0;
  for (let r = 0; r < count; r++) if (eligible(r)) most++;
  // Equal keys are found by their hash in an open-addressed table of group numbers and confirmed by comparing
  // the keys; a group keeps its key only once another line's hash meets it, so a million distinct short lines
  // hold no million strings.
  if (most === 0) return { elsewhere: (): number[] => [] };
  const mask = (1 << Math.ceil(Math.log2(2 * most + 2))) - 1;
  const table = new Int32Array(mask + 1).fill(-1);
  const groupOf = new Int32Array(count).fill(-1);
  // Per group, in typed arrays (a million groups in plain arrays cost several times the time).
  const hashes = new Int32Array(most);
  const firstRows = new Int32Array(most);
  const sizes = new Int32Array(most);
  const keys: (string | undefined)[] = [];
  let groups = 0;
  const same = (g: number, h: number, key: string) => hashes[g] === h && (keys[g] ??= siteKey(lineText(firstRows[g]))) === key;
  for (let r = 0; r < count; r++) {
    if (!eligible(r)) continue;
    const t = lineText(r);
    if (!/\p{L}/u.test(t)) continue;
    const key = siteKey(t);
    const h = hash(key);
    let slot = h & mask;
    while (table[slot] >= 0 && !same(table[slot], h, key)) slot = (slot + 1) & mask;
    let g = table[slot];
    if (g < 0) {
      g = table[slot] = groups++;
      hashes[g] = h;
      firstRows[g] = r;
    }
    groupOf[r] = g;
    sizes[g]++;
  }
  // Occurrences of group g are members[offset[g] .. offset[g + 1]), in document order.
  const offset = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) offset[g + 1] = offset[g] + sizes[g];
  const members = new Int32Array(offset[groups]);
  const filled = offset.slice(0, groups);
  for (let r = 0; r < count; r++) {
    const g = groupOf[r];
    if (g < 0) continue;
    members[filled[g]++] = r;
    if (sizes[g] >= 2) bits[r] |= STRONG | REPEATED;
  }
  const seen = new Int32Array(groups).fill(-1);
  return {
    /** Up to MAX_RELATED other occurrences of the repeated lines of rows a..b, outside them, group by group. */
    elsewhere(a: number, b: number): number[] {
      const out: number[] = [];
      for (let r = a; r <= b && out.length < MAX_RELATED; r++) {
        const g = groupOf[r];
        if (g < 0 || sizes[g] < 2 || seen[g] === a) continue;
        seen[g] = a;
        const from = offset[g];
        const to = offset[g + 1];
        for (let k = from; k < to && members[k] < a && out.length < MAX_RELATED; k++) out.push(members[k]);
        for (let k = firstAfter(members, from, to, b); k < to && out.length < MAX_RELATED; k++) out.push(members[k]);
      }
      return out;
    },
  };
}

// Case and runs of white space do not tell two site names apart; most lines have neither to fold.
const UNFOLDED_SPACE = /\s\s|[^\S ]/;
function siteKey(line: string): string {
  const lower = line.toLowerCase();
  return UNFOLDED_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

// FNV-1a over the code units.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

// The first index in sorted[from, to) whose value exceeds `value`.
function firstAfter(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Runs of candidate lines (blank lines may lie between them) that no kept, prose or title-like line interrupts,
// and that hold strong chrome: each as its first and last row.
function segments(rows: Rows, zoneOf: (r: number) => Zone): [number, number][] {
  const { count, bits } = rows;
  const out: [number, number][] = [];
  let a = -1;
  let b = -1;
  let strong = false;
  const close = () => {
    if (a >= 0 && strong) out.push([a, b]);
    a = -1;
    strong = false;
  };
  for (let r = 0; r < count; r++) {
    const x = bits[r];
    if (x & BLANK_LINE) continue;
    if (!(x & CANDIDATE)) {
      close();
      continue;
    }
    const zone = zoneOf(r);
    // After the article anything short goes (related titles, widgets) unless it ends like a sentence.
    const breaks = !(x & STRONG) && (x & (PROSE | (zone === 'after' ? SENTENCE_END : TITLE_LIKE))) !== 0;
    if (breaks || (a >= 0 && zoneOf(a) !== zone)) close();
    if (breaks) continue;
    if (a < 0) a = r;
    b = r;
    strong ||= (x & STRONG) !== 0;
  }
  close();
  return out;
}

// Deletes rows `a..b` and the blank lines after them, so that exactly the separation that was before
// the block remains; at the end of the text, the blank lines before them instead, keeping the final break.
function removal(text: string, rows: Rows, a: number, b: number): TextEdit {
  const next = rows.next(b);
  if (next >= 0 || rows.line(a) === 0)
    return { range: { start: afterBom(text, rows.start(a)), end: next >= 0 ? rows.start(next) : text.length }, newText: '' };
  // From the end of the last line before the block that is not blank (the first line when all are).
  const previous = rows.previous(a);
  const from = previous >= 0 ? rows.contentEnd(previous) : lineBreak(text, 0, text.length);
  return { range: { start: from, end: rows.contentEnd(b) }, newText: '' };
}

// Joins phrases into one: “a, b and c”.
function joinAnd(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}
