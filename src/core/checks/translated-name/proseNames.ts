import { nameKey, type Lexicon } from '../../align/lexicon';
import { proseRanges, rangeCursor, verbatimRanges } from '../../document/prose';
import type { TextRange } from '../../text/offsets';
import type { CheckContext } from '../../engine/types';
import { onWordBounds } from '../shared/chineseWords';
import type { LatinName, LatinNames } from './latinNames';

/** A Chinese name in prose (亚马逊) of a name that the glossary or the document writes in Latin (Amazon). */
export interface ProseName {
  readonly range: TextRange;
  readonly cjk: string;
  readonly name: LatinName;
}

// The longest name headword looked for around a place, in code units.
const LONGEST_NAME = 12;
// A Latin original in parentheses right after a word: the document gives the name both ways on purpose.
const GLOSSED = /^[ \t]?[(（][ \t]*[A-Za-z]/;

/**
 * The places where Chinese prose writes a name by a Chinese name CC-CEDICT gives it while the document writes it in
 * Latin elsewhere (亚马逊 here, Amazon there); or while the glossary lists it in Latin and CC-CEDICT's word means
 * something else of that name (普罗米修斯 the Titan for the Prometheus of the glossary). The accepted Chinese name of a
 * company or a person (谷歌, 比尔·盖茨) is a choice a Chinese text may make: only its own Latin spelling says otherwise.
 * Not where the document glosses that Chinese name with its original, nor where the glossary lists the Chinese name,
 * nor inside a longer word or name (亚马逊河), nor inside `skip`; and not in a list beside another well-known name
 * written in Chinese that nothing asks to be Latin ("亚马逊、微软和谷歌"): the names of one list follow one convention.
 */
export function proseNames(ctx: CheckContext, lexicon: Lexicon, latin: LatinNames, skip: readonly TextRange[]): ProseName[] {
  const text = ctx.text;
  const listedCjk = new Set(ctx.glossary.entries.flatMap((e) => [e.term, e.translation ?? '']));
  const out: ProseName[] = [];
  for (const key of latin.keys()) {
    const headwords = lexicon.headwordsNaming(key);
    const name = headwords.length ? latin.get(key) : undefined;
    if (!name) continue;
    for (const cjk of headwords) {
      if (listedCjk.has(cjk)) continue;
      const found = occurrences(ctx, cjk);
      if (!found.length || found.some((r) => GLOSSED.test(text.slice(r.end, r.end + 4)))) continue;
      if (!name.used && !lexicon.nameOf(cjk)!.other) continue;
      for (const range of found) {
        if (skip.some((s) => s.start < range.end && range.start < s.end)) continue;
        if (!onWordBounds(text, range) || insideLongerName(text, range, lexicon)) continue;
        if (listedBesideChineseName(text, range, lexicon, latin)) continue;
        out.push({ range, cjk, name });
      }
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

// Where a string stands in the prose, outside code and URLs.
function occurrences(ctx: CheckContext, s: string): TextRange[] {
  const inProse = rangeCursor(proseRanges(ctx.transcript));
  const inVerbatim = rangeCursor(verbatimRanges(ctx.text));
  const out: TextRange[] = [];
  for (let at = ctx.text.indexOf(s); at >= 0; at = ctx.text.indexOf(s, at + s.length))
    if (inProse.inside(at) && !inVerbatim.inside(at)) out.push({ start: at, end: at + s.length });
  return out;
}

// Whether a longer name covers the place (亚马逊 in 亚马逊河, the Amazon River).
function insideLongerName(text: string, r: TextRange, lexicon: Lexicon): boolean {
  for (let start = Math.max(0, r.end - LONGEST_NAME); start <= r.start; start++)
    for (let end = Math.max(r.end, start + 2); end <= Math.min(text.length, start + LONGEST_NAME); end++)
      if (end - start > r.end - r.start && lexicon.nameOf(text.slice(start, end))) return true;
  return false;
}

// Whether `r` stands in a list (、 和 与 及 或) beside another CC-CEDICT name written in Chinese whose Latin form
// neither the glossary nor the document uses.
function listedBesideChineseName(text: string, r: TextRange, lexicon: Lexicon, latin: LatinNames): boolean {
  const after = LIST_AFTER.exec(text.slice(r.end, r.end + 3));
  if (after && chineseNameAt(text, r.end + after[0].length, 1, lexicon, latin)) return true;
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, r.start - 3), r.start));
  return !!before && chineseNameAt(text, r.start - before[0].length, -1, lexicon, latin);
}

const LIST_AFTER = /^(?:、|，|和|与|及|或|以及|跟)/;
const LIST_BEFORE = /(?:、|，|和|与|及|或|以及|跟)$/;

// Whether a name CC-CEDICT knows, not written in Latin anywhere, starts (`dir` 1) or ends (-1) at `at`.
function chineseNameAt(text: string, at: number, dir: 1 | -1, lexicon: Lexicon, latin: LatinNames): boolean {
  for (let len = 2; len <= LONGEST_NAME; len++) {
    const [start, end] = dir > 0 ? [at, at + len] : [at - len, at];
    if (start < 0 || end > text.length) break;
    const known = lexicon.nameOf(text.slice(start, end));
    if (known && !latin.get(nameKey(known.name))) return true;
  }
  return false;
}
