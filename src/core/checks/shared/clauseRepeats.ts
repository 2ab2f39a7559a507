import type { TextRange } from '../../text/offsets';
import { isSpace } from '../../document/parse';

/** A unit said more than once back to back: its first copy and the span holding the other copies. */
export interface Repeat {
  readonly first: TextRange;
  /** From the end of the first copy to the end of the last: deleting it leaves one copy. */
  readonly rest: TextRange;
  readonly copies: number;
}

// Clause ends: commas, semicolons, colons and sentence ends, full and half width. A half-width full stop or colon
// ends a clause only before white space or the end of the prose (3.5, example.com, 10:30, https://).
// A table by code unit: asked for every character of the prose, a Set lookup was most of the scan.
const CLAUSE_ENDS = new Uint8Array(0x10000);
for (const c of '，、；：。！？,;!?') CLAUSE_ENDS[c.charCodeAt(0)] = 1;
// Ideographs and kana: text whose clauses are counted in characters.
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/g;

/**
 * A clause or sentence said twice in a row across its punctuation (我们要做的是，我们要做的是，), as recognisers
 * loop: long enough to be no echo of a short answer ("是的，是的", "yes, yes"): six ideographs or kana, or five words.
 * The prose is read in place, clause by clause, each compared with the one before: a long document has a clause
 * or two on each of a million lines.
 */
export function clauseRepeats(text: string, range: TextRange): Repeat[] {
  const out: Repeat[] = [];
  // The clause before, as [start, end), none yet while its start is -1.
  let [aStart, aEnd] = [-1, -1];
  let from = range.start;
  const clause = (end: number) => {
    let s = from;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (end <= s) return;
    // Equal lengths first: most neighbouring clauses differ there, and cost no string.
    if (aStart >= 0 && aEnd - aStart === end - s) {
      const key = text.slice(aStart, aEnd).toLowerCase();
      if (key === text.slice(s, end).toLowerCase() && longEnough(key))
        out.push({ first: { start: aStart, end: aEnd }, rest: { start: aEnd, end }, copies: 2 });
    }
    [aStart, aEnd] = [s, end];
  };
  for (let i = range.start; i < range.end; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_ENDS[c] === 0 && !((c === 46 || c === 58) && (i + 1 === range.end || isSpace(text.charCodeAt(i + 1))))) continue;
    clause(i);
    from = i + 1;
  }
  clause(range.end);
  return out;
}

function longEnough(clause: string): boolean {
  const cjk = clause.match(CJK)?.length ?? 0;
  if (cjk) return cjk >= 6;
  return clause.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 5;
}
