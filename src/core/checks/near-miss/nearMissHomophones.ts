import pinyinTable from '../../names/pinyinTable.json';
import { proseRanges } from '../../document/prose';
import { fromGlossary, type Glossary } from '../../terms/glossary';
import { sharedLexicon } from '../../align/lexiconStore';
import type { Lexicon } from '../../align/lexicon';
import type { CheckContext } from '../../engine/types';
import type { TextRange } from '../../text/offsets';
import type { Proposals } from './nearMissProposals';

/** A glossary term with Han characters, as the homophone search reads it. */
interface HanTerm {
  readonly spelling: string;
  /** The run of ideographs compared by sound, and the Latin written before or after it (mixed terms: "K8s集群"). */
  readonly han: string;
  readonly before: string;
  readonly after: string;
  /** Syllable ids (`syllableIds`), one per ideograph. */
  readonly ids: readonly number[];
  readonly reading: string;
}

const HAN_TERM = /^([A-Za-z0-9][A-Za-z0-9 .+-]*?)?\s*([\u4e00-\u9fff]+)\s*([A-Za-z0-9][A-Za-z0-9 .+-]*)?$/;

/**
 * Words that read like a Chinese glossary term but are written with other characters, as a recogniser writes a
 * word it heard (负载均很 for 负载均衡): tones ignored, and the initials and finals speakers merge (zh/z, ch/c, sh/s,
 * n/l, -ng/-n) counted as one. A pure Han term needs three ideographs, a mixed one two; a few characters may
 * differ (one in four). The lexicon decides precision: a window that is itself a word (实例 beside a term 事例), or
 * whose differing character belongs to a word that runs across the window's edge, is left alone; without the
 * lexicon nothing is reported.
 */
export function homophones(ctx: CheckContext, out: Proposals): void {
  const terms = hanTerms(ctx.glossary);
  if (!terms.byPair.size || !/[\u4e00-\u9fff]/.test(ctx.text)) return;
  const text = ctx.text;
  const ids = syllableIds();
  let lexicon: Lexicon | undefined | null;
  const found = new Map<string, { term: HanTerm; ranges: TextRange[] }>();
  for (const r of proseRanges(ctx.transcript)) {
    for (let p = r.start; p + 1 < r.end; p++) {
      const a = ids[text.charCodeAt(p)];
      if (!a) continue;
      const b = ids[text.charCodeAt(p + 1)];
      const list = b ? terms.byPair.get(a * 1024 + b) : undefined;
      if (!list) continue;
      for (const t of list) {
        const range = { start: p, end: p + t.han.length };
        if (range.end > r.end || !readsAs(text, p, t, ids)) continue;
        const window = text.slice(range.start, range.end);
        if (window === t.han || !anchored(text, range, t)) continue;
        if (lexicon === undefined) lexicon = sharedLexicon() ?? null;
        if (!lexicon || isWord(text, range, t, lexicon)) continue;
        const f = found.get(window) ?? found.set(window, { term: t, ranges: [] }).get(window)!;
        f.ranges.push(range);
      }
    }
  }
  for (const [window, { term, ranges }] of found) {
    const suggestion = term.han;
    for (const range of ranges) {
      out.push({
        range,
        text: window,
        kind: 'homophone',
        term: suggestion,
        termCount: 0,
        fromGlossary: true,
        all: ranges,
        reading: term.reading,
        rank: 0,
      });
    }
  }
}

// Same syllables, differing in at most one character in four.
function readsAs(text: string, p: number, t: HanTerm, ids: Int16Array): boolean {
  let differ = 0;
  for (let k = 0; k < t.ids.length; k++) {
    if (ids[text.charCodeAt(p + k)] !== t.ids[k]) return false;
    if (text[p + k] !== t.han[k]) differ++;
  }
  return differ > 0 && differ <= Math.max(1, Math.floor(t.ids.length / 4));
}

// A mixed term's Latin part stands beside the window, as the term writes it (case and spaces aside).
function anchored(text: string, range: TextRange, t: HanTerm): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  if (t.before && !fold(text.slice(Math.max(0, range.start - t.before.length - 2), range.start)).endsWith(fold(t.before))) return false;
  if (t.after && !fold(text.slice(range.end, range.end + t.after.length + 2)).startsWith(fold(t.after))) return false;
  return true;
}

// The window is a word of its own, or a differing character belongs to a word the term does not hold: one that
// runs across the window's edge (以及群组 holds 及群, read like 集群, across two words) or one inside it (实例 in
// 实例分析, beside a term 事例分析: both are words). In a term of LONG_TERM ideographs or more, the three or more
// the window shares with it in place say which it is, and a word inside is what a recogniser writes (经度 in
// 混合经度训练 for 混合精度训练).
const LONG_TERM = 5;
function isWord(text: string, range: TextRange, t: HanTerm, lexicon: Lexicon): boolean {
  if (lexicon.entries.has(text.slice(range.start, range.end))) return true;
  for (let q = range.start; q < range.end; q++) {
    if (text[q] === t.han[q - range.start]) continue;
    for (let len = 2; len <= 4; len++) {
      for (let s = q - len + 1; s <= q; s++) {
        if (s < 0 || !lexicon.entries.has(text.slice(s, s + len))) continue;
        const inside = s >= range.start && s + len <= range.end;
        if (!inside) return true;
        if (t.han.length < LONG_TERM && t.han.slice(s - range.start, s - range.start + len) !== text.slice(s, s + len)) return true;
      }
    }
  }
  return false;
}

// The glossary's Han terms by the syllables of their first two ideographs, made once per glossary.
function hanTerms(glossary: Glossary): { byPair: Map<number, HanTerm[]> } {
  return fromGlossary(glossary, 'near-miss:han', () => {
    const byPair = new Map<number, HanTerm[]>();
    for (const e of glossary.entries) {
      for (const spelling of [e.term, e.translation]) {
        const m = spelling ? HAN_TERM.exec(spelling.trim()) : null;
        if (!m) continue;
        const han = m[2];
        const mixed = !!(m[1] || m[3]);
        if (han.length < (mixed ? 2 : 3)) continue;
        // The syllable table is built only for a glossary with Chinese terms: a run without one never pays for it.
        const ids = syllableIds();
        const termIds = Array.from(han, (c) => ids[c.charCodeAt(0)]);
        if (termIds.some((x) => !x)) continue;
        const t: HanTerm = {
          spelling: spelling!,
          han,
          before: m[1]?.trim() ?? '',
          after: m[3]?.trim() ?? '',
          ids: termIds,
          reading: readingOf(han),
        };
        const key = termIds[0] * 1024 + termIds[1];
        (byPair.get(key) ?? byPair.set(key, []).get(key)!).push(t);
      }
    }
    return { byPair };
  });
}

let table: Int16Array | undefined;
let readings: string[] | undefined;

/** A number per ideograph of U+4E00..U+9FFF for its toneless syllable with merged initials and finals (0: none). */
function syllableIds(): Int16Array {
  if (table) return table;
  readings = pinyinTable.dense.split(' ');
  table = new Int16Array(0x10000);
  const numbers = new Map<string, number>();
  readings.forEach((r, i) => {
    if (!r) return;
    const merged = mergeSounds(r);
    let n = numbers.get(merged);
    if (n === undefined) numbers.set(merged, (n = numbers.size + 1));
    table![pinyinTable.first + i] = n;
  });
  return table;
}

/** A syllable with the distinctions many speakers do not make removed: zh/z, ch/c, sh/s, n/l, -ng/-n. */
export function mergeSounds(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/ng$/, 'n');
}

function readingOf(han: string): string {
  syllableIds();
  return Array.from(han, (c) => readings![c.charCodeAt(0) - pinyinTable.first]).join(' ');
}
