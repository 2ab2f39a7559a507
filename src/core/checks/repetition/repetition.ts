import { proseRange } from '../../document/blocks';
import type { TextRange } from '../../text/offsets';
import { cjkRepeats } from './cjkRepeats';
import { clauseRepeats, type Repeat } from '../shared/clauseRepeats';
import { q } from '../shared/messageStyle';
import { protectedSpans } from '../shared/protectedSpans';
import { repeatablePhrase, repeatableWord } from './reduplication';
import type { Check } from '../../engine/types';
import { scanWords, type WordScan } from './wordScan';
import { isUnitIn, SPACE } from '../../text/scripts';

// Longest repeated phrase looked for, in words.
const MAX_PHRASE = 6;

/** Immediately repeated words and phrases, in any script: "the the", "I think I think", 我们我们, "그 그". */
export const repetition: Check = {
  id: 'repetition',
  description:
    'A word or phrase said twice in a row ("the the", "I think I think", 这个这个, "그 그"), as speech recognisers and hesitant speakers leave it.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['speech-recognition', 'typo'],
  scope: 'block',
  run(ctx, report) {
    const text = ctx.text;
    for (const index of ctx.blocks) {
      const range = proseRange(ctx.transcript.blocks[index]);
      if (!range || range.end - range.start < 2) continue;
      for (const r of repeatsIn(text, range)) {
        const unit = text.slice(r.first.start, r.first.end);
        const shown = unit.length > 40 ? unit.slice(0, 39) + '…' : unit;
        report({
          range: r.rest,
          message:
            r.copies === 2
              ? `${q(shown)} is repeated: delete the second copy.`
              : `${q(shown)} is said ${r.copies} times in a row: keep one.`,
          suggestions: [''],
          fixes: [{ title: `Delete the repeated ${q(shown)}`, edits: [{ range: r.rest, newText: '' }], preferred: true }],
          related: [{ range: r.first, message: `The first ${q(shown)}.` }],
        });
      }
    }
  },
};

// Repeats in one block's prose. Code, URLs and markup are rare, so they are looked for only when the
// prose holds a repeat at all; then the prose is scanned again with them masked.
function repeatsIn(text: string, range: TextRange): Repeat[] {
  const find = (scan: WordScan) => {
    const out = wordRepeats(text, range, scan);
    return scan.cjkCount ? out.concat(cjkRepeats(text, scan)) : out;
  };
  const found = disjoint(find(scanWords(text, range, [])).concat(clauseRepeats(text, range)));
  if (found.length === 0) return found;
  const spans = protectedSpans(text, range);
  return spans.length ? disjoint(find(scanWords(text, range, spans)).concat(clauseRepeats(text, range))) : found;
}

// Word and CJK repeats are found apart and may meet (a phrase repeated whose last word is itself doubled): of
// repeats whose deletions overlap, the earlier and longer is kept, so the check's fixes never collide.
function disjoint(repeats: Repeat[]): Repeat[] {
  repeats.sort((a, b) => a.rest.start - b.rest.start || b.rest.end - a.rest.end);
  const out: Repeat[] = [];
  for (const r of repeats) if (!out.length || r.rest.start >= out[out.length - 1].rest.end) out.push(r);
  return out;
}

// Tabs separate columns (a TSV row "term\tterm_lang"), not words said in a row.
const isSpace = (c: number) => c !== 9 && isUnitIn(c, SPACE);
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

// The lower case of each code unit as String#toLowerCase gives it, filled on first sight (0: not yet);
// a unit that lowers to several (İ) maps above U+FFFF to itself alone. Lowering strings per compared
// character was the check's main cost on non-Latin text.
const lowered = new Int32Array(0x10000);

function lower(c: number): number {
  let l = lowered[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = lowered[c] = s.length === 1 ? s.charCodeAt(0) : 0x10000 + c;
  }
  return l;
}

// Whether two words are the same, case folded.
function sameWord(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    if (x < 128 && y < 128) {
      // ASCII: equal only as the two cases of one letter.
      if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
    } else if (lower(x) !== lower(y)) return false;
  }
  return true;
}

// A key per word from its length and lower-cased first and last units (see `lower`): words that are the same
// case folded share it, so most candidate pairs are told apart by one comparison. Reused, grown as needed.
let keys = new Int32Array(1024);

function wordKeys(text: string, scan: WordScan): Int32Array {
  const { count, starts, ends } = scan;
  if (keys.length < count) keys = new Int32Array(2 * count);
  for (let w = 0; w < count; w++) {
    const first = lower(text.charCodeAt(starts[w]));
    const last = lower(text.charCodeAt(ends[w] - 1));
    keys[w] = Math.imul(ends[w] - starts[w], 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ last;
  }
  return keys;
}

// Repeats of one to MAX_PHRASE whole words: separated by spaces, or for phrases by a comma when the copy is a whole clause.
function wordRepeats(text: string, range: TextRange, scan: WordScan): Repeat[] {
  const { count, starts, ends, kinds } = scan;
  const key = wordKeys(text, scan);
  const same = (a: number, b: number, n: number) => {
    for (let k = 0; k < n; k++) if (key[a + k] !== key[b + k]) return false;
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
    const h = key[i];
    for (let n = 1; n <= MAX_PHRASE && i + 2 * n <= count; n++) {
      // The first words must share a key before anything costlier is looked at.
      if (key[i + n] !== h || !same(i, i + n, n) || !tight(i, n) || !tight(i + n, n)) continue;
      const kind = boundary(i + n - 1);
      // "no, no" and lists say a single word twice on purpose, but "and you, You put" is a recogniser
      // starting a new segment: the capital on the second copy gives it away.
      const restart = kind === 'comma' && n === 1 && restartsCapitalised(text, starts[i], starts[i + 1]);
      if (!kind || (kind === 'comma' && n === 1 && !restart)) continue;
      let copies = 2;
      while (
        i + (copies + 1) * n <= count &&
        same(i, i + copies * n, n) &&
        tight(i + copies * n, n) &&
        boundary(i + copies * n - 1) === kind
      )
        copies++;
      const last = ends[i + copies * n - 1];
      // "anyone can see, anyone can see the logs" lists clauses; only a whole clause said twice is a repeat.
      const clause = kind === 'space' || restart || endsClause(text, last, range.end);
      if (clause && !legitimate(text, scan, i, n)) {
        out.push({ first: { start: starts[i], end: ends[i + n - 1] }, rest: { start: ends[i + n - 1], end: last }, copies });
      }
      i += copies * n - 1;
      break;
    }
  }
  return out;
}

// Whether the word at `a` starts with a small letter and its copy at `b` with a capital (of any cased script).
function restartsCapitalised(text: string, a: number, b: number): boolean {
  const x = text[a];
  const y = text[b];
  return x !== x.toUpperCase() && y !== y.toLowerCase();
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
