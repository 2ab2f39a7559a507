import type { Block } from '../model';
import type { TextRange } from '../text';
import { protectedSpans } from './protectedSpans';
import { legitimateCjkRepeat, repeatablePhrase, repeatableWord } from './reduplication';
import type { Check } from './types';
import { scanWords, type WordScan } from './wordScan';

// Longest repeated phrase looked for, in words; longest repeated run of ideographs or kana, in characters.
const MAX_PHRASE = 6;
const MAX_CJK_UNIT = 8;

/** A unit said more than once back to back: its first copy and the span holding the other copies. */
interface Repeat {
  readonly first: TextRange;
  /** From the end of the first copy to the end of the last: deleting it leaves one copy. */
  readonly rest: TextRange;
  readonly copies: number;
}

/** Immediately repeated words and phrases, in any script: "the the", "I think I think", 我们我们, "그 그". */
export const repetition: Check = {
  id: 'repetition',
  description: 'A word or phrase said twice in a row ("the the", "I think I think", 这个这个, "그 그"), as speech recognisers and hesitant speakers leave it.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['speech-recognition', 'typo'],
  scope: 'block',
  run(ctx, report) {
    const text = ctx.text;
    for (const index of ctx.blocks) {
      const range = proseOf(ctx.transcript.blocks[index]);
      if (!range || range.end - range.start < 2) continue;
      const scan = scanWords(text, range, protectedSpans(text, range));
      for (const r of [...wordRepeats(text, range, scan), ...cjkRepeats(text, scan)]) {
        const unit = text.slice(r.first.start, r.first.end);
        const shown = unit.length > 40 ? unit.slice(0, 39) + '…' : unit;
        report({
          range: r.rest,
          message: r.copies === 2 ? `"${shown}" is repeated: delete the second copy.` : `"${shown}" is said ${r.copies} times in a row: keep one.`,
          suggestions: [''],
          fixes: [{ title: `Delete the repeated "${shown}"`, edits: [{ range: r.rest, newText: '' }], preferred: true }],
          related: [{ range: r.first, message: `First "${shown}"` }],
        });
      }
    }
  },
};

// The prose of a block: turn text without its label, whole lines otherwise; bylines and metadata are names and values.
function proseOf(b: Block): TextRange | undefined {
  switch (b.kind) {
    case 'turn':
    case 'quote':
    case 'heading':
      return b.textRange;
    case 'paragraph':
    case 'blockquote':
      return b.contentRange;
    default:
      return undefined;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000;
const isComma = (c: number) => c === 44 || c === 0xff0c || c === 0x3001; // , ， 、

// What separates two words: nothing or spaces ('tight'), spaces or a script change ('space'), a comma ('comma').
function gapKind(text: string, from: number, to: number, scriptChange: boolean): 'tight' | 'space' | 'comma' | undefined {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i === to) return to > from || scriptChange ? 'space' : 'tight';
  if (!isComma(text.charCodeAt(i))) return undefined;
  for (i++; i < to; i++) if (!isSpace(text.charCodeAt(i))) return undefined;
  return 'comma';
}

// Whether two words are the same, case folded.
function sameWord(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x !== y && !(x < 128 && (x | 32) === (y | 32) && (x | 32) >= 97 && (x | 32) <= 122) && text[a + k].toLowerCase() !== text[b + k].toLowerCase()) return false;
  }
  return true;
}

// Repeats of one to MAX_PHRASE whole words: separated by spaces, or for phrases by a comma when the copy is a whole clause.
function wordRepeats(text: string, range: TextRange, scan: WordScan): Repeat[] {
  const { count, starts, ends, kinds } = scan;
  const same = (a: number, b: number, n: number) => {
    for (let k = 0; k < n; k++) if (!sameWord(text, starts[a + k], ends[a + k], starts[b + k], ends[b + k])) return false;
    return true;
  };
  const gap = (k: number) => gapKind(text, ends[k], starts[k + 1], kinds[k] !== kinds[k + 1]);
  const tight = (from: number, n: number) => {
    for (let k = from; k < from + n - 1; k++) {
      const g = gap(k);
      if (g !== 'tight' && g !== 'space') return false;
    }
    return true;
  };
  const boundary = (k: number) => {
    const g = gap(k);
    return g === 'tight' ? undefined : g;
  };
  const out: Repeat[] = [];
  for (let i = 0; i < count; i++) {
    for (let n = 1; n <= MAX_PHRASE && i + 2 * n <= count; n++) {
      // The first words must agree (length, first letter) before anything costlier is looked at.
      const a = text.charCodeAt(starts[i]);
      const b = text.charCodeAt(starts[i + n]);
      if (ends[i] - starts[i] !== ends[i + n] - starts[i + n] || (a !== b && (a | 32) !== (b | 32) && a < 128)) continue;
      if (!same(i, i + n, n) || !tight(i, n) || !tight(i + n, n)) continue;
      const kind = boundary(i + n - 1);
      if (!kind || (kind === 'comma' && n === 1)) continue;
      let copies = 2;
      while (i + (copies + 1) * n <= count && same(i, i + copies * n, n) && tight(i + copies * n, n) && boundary(i + copies * n - 1) === kind) copies++;
      const last = ends[i + copies * n - 1];
      // "anyone can see, anyone can see the logs" lists clauses; only a whole clause said twice is a repeat.
      const clause = kind === 'space' || endsClause(text, last, range.end);
      if (clause && !legitimate(text, scan, i, n)) {
        out.push({ first: { start: starts[i], end: ends[i + n - 1] }, rest: { start: ends[i + n - 1], end: last }, copies });
      }
      i += copies * n - 1;
      break;
    }
  }
  return out;
}

function legitimate(text: string, scan: WordScan, i: number, n: number): boolean {
  const word = (k: number) => text.slice(scan.starts[k], scan.ends[k]);
  if (n === 1) return repeatableWord(word(i), word(i + 1));
  const words = (from: number) => Array.from({ length: n }, (_, k) => word(from + k));
  return repeatablePhrase(words(i), words(i + n));
}

// Whether only punctuation or the end of the prose follows `at`.
function endsClause(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i >= end || /\p{P}/u.test(text[i]);
}

// Runs of ideographs and kana, which are written without spaces, searched for back-to-back repeated substrings.
function cjkRepeats(text: string, scan: WordScan): Repeat[] {
  const out: Repeat[] = [];
  for (let r = 0; r < scan.cjkRuns.length; r += 2) {
    if (scan.cjkRuns[r + 1] - scan.cjkRuns[r] >= 2) out.push(...repeatsInRun(text, scan.cjkRuns[r], scan.cjkRuns[r + 1]));
  }
  return out;
}

// Shortest units first, so 我们我们我们 is one unit said three times; a unit that itself repeats (哈哈) is left to its own length.
function repeatsInRun(text: string, runStart: number, runEnd: number): Repeat[] {
  const out: Repeat[] = [];
  const taken: number[] = [];
  for (let length = 1; length <= MAX_CJK_UNIT && 2 * length <= runEnd - runStart; length++) {
    let same = 0;
    for (let j = runStart; j + length < runEnd; j++) {
      same = text.charCodeAt(j) === text.charCodeAt(j + length) ? same + 1 : 0;
      if (same < length) continue;
      const i = j - length + 1;
      // A unit must not split a surrogate pair, and one astral ideograph doubled is plain AA reduplication.
      if (isLowSurrogate(text, i) || isLowSurrogate(text, i + length) || (length === 2 && isLowSurrogate(text, i + 1)) || periodic(text, i, length)) continue;
      let copies = 2;
      while (i + (copies + 1) * length <= runEnd && sameRun(text, i, i + copies * length, length)) copies++;
      const end = i + copies * length;
      same = 0;
      j = end - 1;
      if (overlapsTaken(taken, i, end) || legitimateCjkRepeat(text, runStart, runEnd, i, length, copies)) continue;
      taken.push(i, end);
      out.push({ first: { start: i, end: i + length }, rest: { start: i + length, end }, copies });
    }
  }
  return out;
}

function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function overlapsTaken(taken: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < taken.length; k += 2) if (taken[k] < end && start < taken[k + 1]) return true;
  return false;
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

// Whether text[i, i + length) is itself a shorter unit repeated (哈哈, 谢谢谢谢).
function periodic(text: string, i: number, length: number): boolean {
  for (let p = 1; p < length; p++) {
    if (length % p !== 0) continue;
    let ok = true;
    for (let k = p; k < length && ok; k++) ok = text.charCodeAt(i + k) === text.charCodeAt(i + k - p);
    if (ok) return true;
  }
  return false;
}
