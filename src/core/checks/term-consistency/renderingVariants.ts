import { findGlosses, type Gloss } from '../../terms/glosses';
import { fromGlossary, sameLanguage, type Glossary } from '../../terms/glossary';
import { isNameSpelling } from '../../names/nameEvidence';
import { isCjk, scriptOf } from '../../text/scripts';
import { proseRanges, rangeCursor, verbatimRanges } from '../../document/prose';
import type { TextRange } from '../../text/offsets';
import { clearMajority, type TermVariant } from '../shared/termVariant';
import { onWordBounds } from '../shared/chineseWords';
import type { CheckContext } from '../../engine/types';

function isLatinText(s: string): boolean {
  return /\p{L}/u.test(s) && [...s].every((c) => !/\p{L}/u.test(c) || scriptOf(c.codePointAt(0)!) === 'Latin');
}

/** A glossary's CJK rendering of a Latin concept, and the language it is a rendering in (when the glossary says). */
interface Rendering {
  readonly text: string;
  readonly lang?: string;
}

// The glossary's preferred CJK rendering of each Latin concept, by lower-cased term. Names are left to
// translated-name: their Latin spelling is what a translation should keep. Made once per glossary.
function glossaryRenderings(glossary: Glossary): ReadonlyMap<string, Rendering> {
  return fromGlossary(glossary, 'term-consistency:renderings', () => {
    const out = new Map<string, Rendering>();
    for (const e of glossary.entries) {
      const pair = [e.term, e.translation ?? ''];
      const latin = pair.find(isLatinText);
      const cjk = pair.find((s) => s && [...s].some(isCjk));
      const lang = cjk === e.term ? e.lang : e.translationLang;
      if (latin && cjk && !isNameSpelling(latin))
        out.set(latin.toLowerCase().replace(/\s+/g, ' '), { text: cjk, ...(lang ? { lang } : {}) });
    }
    return out;
  });
}

// A rendering is preferred in its own language only: a Chinese row says nothing of how a Korean text renders the
// concept. A row without a language, or a document whose language is not told, is taken at its word.
function rendersFor(r: Rendering, ctx: CheckContext): boolean {
  const doc = ctx.transcript.language.tag;
  return !r.lang || r.lang === 'und' || doc === 'und' || sameLanguage(r.lang, doc);
}

/**
 * Renderings of one Latin term that disagree: with the glossary when it names the preferred rendering, else
 * among the document's own `rendering(Latin)` glosses when one rendering clearly wins in the whole text.
 */
export function renderingVariants(ctx: CheckContext): TermVariant[] {
  const glosses = findGlosses(ctx.transcript);
  if (!glosses.length) return [];
  const byKey = new Map<string, Gloss[]>();
  for (const g of glosses) (byKey.get(g.key) ?? byKey.set(g.key, []).get(g.key)!).push(g);
  const preferredByGlossary = glossaryRenderings(ctx.glossary);
  const out: TermVariant[] = [];
  const repeats = new Map<string, boolean>();
  for (const [key, group] of byKey) {
    const preferred = preferredByGlossary.get(key);
    if (preferred && rendersFor(preferred, ctx)) againstGlossary(ctx, group, preferred.text, out);
    else againstMajority(ctx, group, out, repeats);
  }
  return out;
}

function againstGlossary(ctx: CheckContext, group: readonly Gloss[], preferred: string, out: TermVariant[]): void {
  const text = ctx.text;
  const uses = occurrences(ctx, [preferred]).get(preferred)!;
  for (const g of group) {
    const end = g.renderingRange.end;
    if (text.slice(end - preferred.length, end) === preferred) continue;
    const range = alignedRange(text, g.renderingRange, end, preferred);
    const rendering = text.slice(range.start, range.end);
    // Other uses of the same wrong rendering, when it cannot be a piece of the preferred one.
    const others = rendering.length >= 2 && !preferred.includes(rendering) ? occurrences(ctx, [rendering]).get(rendering)! : [range];
    const all = others.some((r) => r.start === range.start) ? others : [range, ...others];
    for (const r of all) {
      out.push({
        range: r,
        text: rendering,
        preferred,
        basis: 'glossary',
        link: { kind: 'gloss', latin: g.latin },
        preferredCount: uses.length,
        variantCount: all.length,
        preferredRange: uses[0],
        all,
      });
    }
  }
}

// The part of the text before a gloss to replace with the preferred rendering: as many characters as it has
// when they begin alike ("服务调度" for "服务网格"), only the shared tail when they end alike ("网格").
function alignedRange(text: string, rendering: TextRange, end: number, preferred: string): TextRange {
  let start = end;
  while (start > end - preferred.length && isCjk(text[start - 1])) start--;
  const before = text.slice(start, end);
  if (before.length === preferred.length && before[0] === preferred[0]) return { start, end };
  let tail = 0;
  while (tail < before.length && before[before.length - 1 - tail] === preferred[preferred.length - 1 - tail]) tail++;
  return tail > 0 ? { start: end - tail, end } : rendering;
}

// Chinese has no spaces to end a rendering: the longest tail of the Han run before the gloss that the
// document uses again elsewhere is the term ("服务网格" in "开始用服务网格（service mesh）").
// `repeats` remembers, per tail, whether the text holds it twice: each answer is a search of the whole text.
function refined(text: string, g: Gloss, repeats: Map<string, boolean>): string {
  if (!g.hanRun) return g.rendering;
  const run = text.slice(g.hanRun.start, g.hanRun.end);
  for (let len = Math.min(6, run.length); len >= 2; len--) {
    const tail = run.slice(run.length - len);
    let twice = repeats.get(tail);
    if (twice === undefined) {
      const first = text.indexOf(tail);
      repeats.set(tail, (twice = first >= 0 && text.indexOf(tail, first + 1) >= 0));
    }
    if (twice) return tail;
  }
  return g.rendering;
}

function againstMajority(ctx: CheckContext, group: readonly Gloss[], out: TermVariant[], repeats: Map<string, boolean>): void {
  if (group.length < 2) return;
  const renderings = [...new Set(group.map((g) => refined(ctx.text, g, repeats)))].filter((r) => r.length >= 2);
  if (renderings.length < 2) return;
  const uses = occurrences(ctx, renderings);
  const ranked = renderings.sort((a, b) => uses.get(b)!.length - uses.get(a)!.length);
  const winner = ranked[0];
  const wins = uses.get(winner)!;
  for (const loser of ranked.slice(1)) {
    const all = uses.get(loser)!;
    if (!clearMajority(wins.length, all.length)) continue;
    for (const r of all) {
      out.push({
        range: r,
        text: loser,
        preferred: winner,
        basis: 'majority',
        link: { kind: 'gloss', latin: group[0].latin },
        preferredCount: wins.length,
        variantCount: all.length,
        preferredRange: wins[0],
        all,
      });
    }
  }
}

/** Where each string occurs in the prose; an occurrence inside a longer string of the list counts for the longer one. */
function occurrences(ctx: CheckContext, strings: readonly string[]): Map<string, TextRange[]> {
  const text = ctx.text;
  const prose = proseRanges(ctx.transcript);
  const verbatim = verbatimRanges(text);
  let covered: Uint8Array | undefined;
  const out = new Map<string, TextRange[]>();
  for (const s of [...strings].sort((a, b) => b.length - a.length)) {
    const found: TextRange[] = [];
    const inProse = rangeCursor(prose);
    const inVerbatim = rangeCursor(verbatim);
    for (let at = s ? text.indexOf(s) : -1; at >= 0; at = text.indexOf(s, at + s.length)) {
      const r = { start: at, end: at + s.length };
      if (inProse.inside(at) && !inVerbatim.inside(at) && !covered?.[at] && onWordBounds(text, r)) found.push(r);
    }
    if (strings.length > 1) {
      covered ??= new Uint8Array(text.length);
      for (const r of found) covered.fill(1, r.start, r.end);
    }
    out.set(s, found);
  }
  return out;
}
