import type { TextRange } from '../../text/offsets';
import type { Repeat } from './cjkRepeats';

// Clause ends: commas, semicolons and sentence ends, full and half width. A half-width full stop ends a clause
// only before a space or the end (3.5, example.com).
const CLAUSE_END = /[，、；。！？,;!?]|\.(?=\s|$)/g;
// Ideographs and kana: text whose clauses are counted in characters.
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/g;

/**
 * A clause or sentence said twice in a row across its punctuation (我们要做的是，我们要做的是，), as recognisers
 * loop: long enough to be no echo of a short answer ("是的，是的", "yes, yes"): six ideographs or kana, or five words.
 */
export function clauseRepeats(text: string, range: TextRange): Repeat[] {
  const out: Repeat[] = [];
  const clauses: { start: number; end: number }[] = [];
  let from = range.start;
  const prose = text.slice(range.start, range.end);
  const push = (end: number) => {
    let s = from;
    while (s < end && /\s/.test(text[s])) s++;
    if (end > s) clauses.push({ start: s, end });
  };
  for (const m of prose.matchAll(CLAUSE_END)) {
    const end = range.start + m.index!;
    push(end);
    from = end + 1;
  }
  push(range.end);
  for (let k = 1; k < clauses.length; k++) {
    const a = clauses[k - 1];
    const b = clauses[k];
    // Equal lengths first: most neighbouring clauses differ there, and cost no string.
    if (a.end - a.start !== b.end - b.start) continue;
    const key = text.slice(a.start, a.end).toLowerCase();
    if (key !== text.slice(b.start, b.end).toLowerCase() || !longEnough(key)) continue;
    out.push({ first: { start: a.start, end: a.end }, rest: { start: a.end, end: b.end }, copies: 2 });
  }
  return out;
}

function longEnough(clause: string): boolean {
  const cjk = clause.match(CJK)?.length ?? 0;
  if (cjk) return cjk >= 6;
  return clause.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 5;
}
