import { HAN, HANGUL, classSource, isCodePointIn } from '../../text/scripts';
import { spacesLatinInCjk } from '../../names/nameMentions';
import { rangeCursor, verbatimRanges } from '../../document/prose';
import { displayName, isNameSpelling, isTransliteration, nameFromUrl } from '../../names/nameEvidence';
import type { TextRange } from '../../text/offsets';
import { sharedLexicon } from '../../align/lexiconStore';
import { nameKey, type Lexicon } from '../../align/lexicon';
import { namedSpans, type NamedSpan } from './namedSpans';
import { isKnownName, nameStems, rendersWords, translatesName, wordGlosses } from './knownNames';
import { isLatin, LatinNames, type LatinName } from './latinNames';
import { proseNames } from './proseNames';
import type { Check, CheckContext, Fix, TextEdit } from '../../engine/types';
import { fromGlossary, sameLanguage } from '../../terms/glossary';
import { q } from '../shared/messageStyle';

const HANGUL_LETTER = new RegExp(`[${classSource(HANGUL)}]`);

/**
 * A product or organisation name translated word for word where a link, a gloss, the glossary or CC-CEDICT gives its
 * Latin name; and in Chinese prose, CC-CEDICT's Chinese name of a name the glossary or the document writes in Latin.
 */
export const translatedName: Check = {
  id: 'translated-name',
  description:
    'A product or organisation name translated word for word (a CJK word in 【】 or link text whose link, parenthesised original, glossary entry or CC-CEDICT meaning gives a Latin name it does not transliterate), or in Chinese prose the Chinese name of a name the glossary or the document writes in Latin: suggests the original name.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['translation', 'names'],
  scope: 'document',
  run(ctx, report) {
    const spans = namedSpans(ctx.transcript);
    const chinese = sameLanguage(ctx.transcript.language.tag, 'zh');
    if (!spans.length && !chinese) return;
    const glossary = glossaryNames(ctx);
    // CC-CEDICT is Chinese: its readings of Han say nothing of Japanese kanji.
    const japanese = sameLanguage(ctx.transcript.language.tag, 'ja');
    let lexicon: Lexicon | undefined | null;
    const lex = () => (japanese ? null : (lexicon ??= sharedLexicon() ?? null));
    // Read only for a span of ideographs: a Korean span has nothing to look up.
    const lexFor = (span: NamedSpan) => (/^[\p{Script=Han}·]+$/u.test(span.inner) ? lex() : null);
    let latin: LatinNames | undefined;
    const latinNames = () => (latin ??= new LatinNames(ctx));
    let spaced: boolean | undefined;
    const isSpaced = () => (spaced ??= spacesLatinInCjk(ctx.text));
    const used = new Map<string, string | undefined>();
    const reported: TextRange[] = [];
    let stemIndex: ByStem | undefined;
    for (const span of spans) {
      const ev = evidence(span, glossary) ?? lexiconEvidence(span, lexFor(span), () => (stemIndex ??= byStem(latinNames())));
      if (!ev || !translation(span, ev, lexFor(span))) continue;
      const names = spellings(ctx, ev, glossary, used);
      reported.push(span.range);
      report({
        range: span.range,
        message: `${q(ctx.text.slice(span.range.start, span.range.end))} translates the name ${q(names[0])} word for word: write ${q(names[0])}. ${capitalise(ev.why)}.`,
        suggestions: names,
        fixes: fixes(ctx, span, names[0], isSpaced()),
        related: ev.related ? [{ range: ev.related, message: `The original name, ${q(ev.latin)}.` }] : [],
      });
    }
    const lexiconNow = chinese ? lex() : null;
    if (!lexiconNow) return;
    for (const p of proseNames(ctx, lexiconNow, latinNames(), reported)) {
      // A name set off by brackets or a link is replaced with them; a part of a longer one is that one's business.
      const within = spans.find((s) => s.range.start <= p.range.start && p.range.end <= s.range.end);
      if (within && (within.innerRange.start !== p.range.start || within.innerRange.end !== p.range.end)) continue;
      const span: NamedSpan = within ?? { range: p.range, inner: p.cjk, innerRange: p.range, bracket: '' };
      const where = p.name.used ? 'this document writes in Latin' : 'the glossary lists in Latin';
      report({
        range: span.range,
        message: `${q(ctx.text.slice(span.range.start, span.range.end))} is the Chinese name of ${q(p.name.spelling)}, which ${where}: write ${q(p.name.spelling)}.`,
        suggestions: [p.name.spelling],
        fixes: fixes(ctx, span, p.name.spelling, isSpaced()),
        related: p.name.used ? [{ range: p.name.used, message: `The name in Latin, ${q(p.name.spelling)}.` }] : [],
      });
    }
  },
};

// Whether a span renders its name by meaning: not CC-CEDICT's own Chinese name for it (谷歌 for Google), and either
// no transliteration or, by CC-CEDICT, a translation of the name's words all the same.
function translation(span: NamedSpan, ev: Evidence, lexicon: Lexicon | null): boolean {
  if (ev.byMeaning) return true;
  if (lexicon && isKnownName(lexicon, span.inner, ev.latin)) return false;
  return !isTransliteration(span.inner, ev.latin) || (!!lexicon && translatesName(lexicon, span.inner, nameStems(ev.latin)));
}

// A span with no link, original or glossary row: CC-CEDICT translates it word for word into a name the glossary
// lists or the document writes in Latin (【木偶】 where the glossary has Puppet). The brackets mark it as a name:
// in plain prose the same common word is left alone.
function lexiconEvidence(span: NamedSpan, lexicon: Lexicon | null, candidates: () => ByStem): Evidence | undefined {
  // Titles and quotations hold books and concepts as often as names (see `evidence`).
  if (span.bracket === '《' || span.bracket === '「' || span.bracket === '『') return undefined;
  const words = lexicon ? wordGlosses(lexicon, span.inner) : undefined;
  if (!words) return undefined;
  const byStem = candidates();
  const seen = new Set<number>();
  for (const g of words.flat()) for (const i of byStem.get(g) ?? []) seen.add(i);
  for (const i of [...seen].sort((a, b) => a - b)) {
    const { name, stems } = byStem.names[i];
    if (!rendersWords(words, stems)) continue;
    const source = name.used ? 'this document writes' : 'the glossary lists';
    return {
      latin: name.spelling,
      why: `CC-CEDICT translates ${q(span.inner)} as ${q(name.spelling.toLowerCase())}, and ${source} ${q(name.spelling)}`,
      byMeaning: true,
      ...(name.used ? { related: name.used } : {}),
    };
  }
  return undefined;
}

/** The Latin names spelled as names, in order (the glossary's first), by the stems of their words. */
type ByStem = Map<string, number[]> & { names: { name: LatinName; stems: string[] }[] };

function byStem(latin: LatinNames): ByStem {
  const out = Object.assign(new Map<string, number[]>(), { names: [] as { name: LatinName; stems: string[] }[] });
  for (const key of latin.keys()) {
    const name = latin.get(key);
    const stems = name?.named ? nameStems(name.spelling) : undefined;
    if (!name || !stems) continue;
    out.names.push({ name, stems });
    for (const s of new Set(stems)) (out.get(s) ?? out.set(s, []).get(s)!).push(out.names.length - 1);
  }
  return out;
}

interface Evidence {
  readonly latin: string;
  /** CC-CEDICT's meaning of the span is the evidence: it is a translation whatever it sounds like. */
  readonly byMeaning?: boolean;
  /** A second spelling worth offering (the URL segment as written). */
  readonly raw?: string;
  readonly why: string;
  readonly related?: TextRange;
}

// The glossary's Latin names (not concepts) by their listed CJK translation.
function glossaryNames(ctx: CheckContext): Map<string, string> {
  return fromGlossary(ctx.glossary, 'translated-name:names', () => {
    const out = new Map<string, string>();
    for (const e of ctx.glossary.entries) if (e.translation && isNameSpelling(e.term) && isLatin(e.term)) out.set(e.translation, e.term);
    return out;
  });
}

// Words that name the link rather than what it points at ("here", "official site"): never a product name.
const LINK_WORDS =
  /这里|这儿|此处|点击|点此|链接|原文|官网|主页|文章|这篇|详情|更多|下载|文档|教程|博客|여기|링크|클릭|원문|자세히|더보기|ここ|こちら|リンク|詳細/;

function evidence(span: NamedSpan, glossary: Map<string, string>): Evidence | undefined {
  const listed = glossary.get(span.inner);
  if (listed) return { latin: listed, why: `the glossary lists it as the translation of ${q(listed)}` };
  // Title marks hold book and film titles, translated by custom even beside their original: only the glossary speaks for them.
  if (span.bracket === '《') return undefined;
  // Quotation marks also introduce concepts with their original ("「持续交付」(Continuous Delivery)"): beside them,
  // only a one-word original reads as a product name.
  const quoted = span.bracket === '「' || span.bracket === '『';
  if (span.gloss && /[A-Z]/.test(span.gloss.latin) && !(quoted && /\s/.test(span.gloss.latin))) {
    return { latin: span.gloss.latin, why: 'the original is given in parentheses', related: span.gloss.range };
  }
  if (!span.link) return undefined;
  const name = nameFromUrl(span.link.url);
  if (!name) return undefined;
  // Bare link text is often a word about the link ("here", "docs"): trust only short names on short paths.
  if (!span.bracket && (name.depth > 2 || LINK_WORDS.test(span.inner) || [...span.inner].length < 2)) return undefined;
  return { latin: displayName(name), raw: name.raw, why: `the link points to ${q(name.raw)}`, related: span.link.urlRange };
}

// The name as the glossary or the rest of the document spells it, else as the evidence gives it.
function spellings(ctx: CheckContext, ev: Evidence, glossary: Map<string, string>, used: Map<string, string | undefined>): string[] {
  const listed = [...glossary.values()].find((g) => nameKey(g) === nameKey(ev.latin));
  if (!listed && !used.has(ev.latin)) used.set(ev.latin, usedSpelling(ctx.text, ev.latin));
  return [...new Set([listed ?? used.get(ev.latin) ?? ev.latin, ev.latin, ev.raw ?? ev.latin])];
}

// The first spelling of a name in the document's own Latin prose, capitals and spacing aside ("Night Owl"
// for "night-owl"); URLs and code do not count.
function usedSpelling(text: string, latin: string): string | undefined {
  const letters = latin.replace(/[^A-Za-z0-9]/g, '');
  if (!letters) return undefined;
  const pattern = new RegExp(`(?<![A-Za-z0-9])${[...letters].join("[ '’-]?")}(?![A-Za-z0-9])`, 'gi');
  const verbatim = rangeCursor(verbatimRanges(text));
  for (const m of text.matchAll(pattern)) if (!verbatim.inside(m.index!)) return m[0];
  return undefined;
}

// Replacing the span (and a parenthesised original after it, now redundant) by the name; or keeping the
// translation after the name in parentheses. Spaces go between Han and Latin where the document puts them.
function fixes(ctx: CheckContext, span: NamedSpan, name: string, spaced: boolean): Fix[] {
  const text = ctx.text;
  const close = span.bracket ? text[span.range.end - 1] : '';
  // Title and quotation marks stay around a Latin name; lenticular brackets only marked the translation.
  const written = span.bracket === '《' || span.bracket === '「' || span.bracket === '『' ? span.bracket + name + close : name;
  const end = span.link?.end ?? span.range.end;
  const tail = span.gloss?.range.end ?? end;
  const lead = spaced && isHan(text[span.range.start - 1]) ? ' ' : '';
  const trail = spaced && isHan(text[tail]) ? ' ' : '';
  // Korean writes half-width parentheses; Chinese and Japanese full-width ones.
  const [open, shut] = HANGUL_LETTER.test(span.inner) ? ['(', ')'] : ['（', '）'];
  const translation = open + span.inner + shut;
  const edits = (after: string): TextEdit[] => {
    if (span.gloss)
      return [
        { range: span.range, newText: lead + written },
        { range: span.gloss.range, newText: after + trail },
      ];
    if (span.link)
      return [
        { range: span.range, newText: lead + written },
        { range: { start: end, end }, newText: after + trail },
      ].filter((e) => e.newText || e.range.end > e.range.start);
    return [{ range: span.range, newText: lead + written + after + trail }];
  };
  return [
    { title: `Replace with “${written}”`, edits: edits(''), preferred: true },
    { title: `Write “${written}${translation}”, keeping the translation in parentheses`, edits: edits(translation) },
  ];
}

function isHan(ch: string | undefined): boolean {
  return !!ch && isCodePointIn(ch.codePointAt(0)!, HAN);
}

// The evidence as a sentence of its own.
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
