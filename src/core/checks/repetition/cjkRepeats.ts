// Back-to-back repeats inside text written without spaces (Chinese, Japanese): every unit length from one
// to MAX_CJK_UNIT characters is tried at every position of each run of ideographs and kana.
import type { Repeat } from '../shared/clauseRepeats';
import { legitimateCjkRepeat } from './reduplication';
import type { WordScan } from './wordScan';

// Longest repeated run of ideographs or kana looked for, in characters.
const MAX_CJK_UNIT = 8;

/** Back-to-back repeated substrings in the scan's runs of ideographs and kana, legitimate reduplication left out. */
export function cjkRepeats(text: string, scan: WordScan): Repeat[] {
  const out: Repeat[] = [];
  for (let r = 0; r < scan.cjkCount; r += 2) {
    const start = scan.cjkRuns[r];
    const end = scan.cjkRuns[r + 1];
    if (end - start >= 2 && recursSoon(text, start, end)) for (const r of repeatsInRun(text, start, end)) out.push(r);
  }
  return out;
}

// Where each code unit was last seen (-1: never). Entries left by other runs or texts can only make
// recursSoon say yes needlessly: within a run, each unit's latest position is written before it is read.
const lastSeen = new Int32Array(0x10000).fill(-1);

// Whether some unit of the run recurs within MAX_CJK_UNIT places, as the first unit of any repeat does: one
// pass that spares most runs the MAX_CJK_UNIT passes of repeatsInRun.
function recursSoon(text: string, start: number, end: number): boolean {
  let found = false;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    const last = lastSeen[c];
    if (last >= start && last < j && j - last <= MAX_CJK_UNIT) found = true;
    lastSeen[c] = j;
  }
  return found;
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
      // A unit must not split a surrogate pair or a character from its combining marks, and one astral ideograph
      // doubled is plain AA reduplication.
      if (
        isLowSurrogate(text, i) ||
        isLowSurrogate(text, i + length) ||
        isMark(text, i) ||
        isMark(text, i + length) ||
        (length === 2 && isLowSurrogate(text, i + 1)) ||
        periodic(text, i, length)
      )
        continue;
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

const MARK = /\p{M}/u;

function isMark(text: string, at: number): boolean {
  return text.charCodeAt(at) >= 0x300 && MARK.test(text[at]);
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
