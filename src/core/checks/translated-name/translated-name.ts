import { HAN, HANGUL, classSource, isCodePointIn, scriptOf } from '../../text/scripts';
import { spacesLatinInCjk } from '../../names/nameMentions';
import { rangeCursor, verbatimRanges } from '../../document/prose';
import { displayName, isNameSpelling, isTransliteration, nameFromUrl } from '../../names/nameEvidence';
import type { TextRange } from '../../text/offsets';
import { namedSpans, type NamedSpan } from './namedSpans';
import type { Check, CheckContext, Fix, TextEdit } from '../../engine/types';
import { fromGlossary } from '../../terms/glossary';
import { q } from '../shared/messageStyle';

const HANGUL_LETTER = new RegExp(`[${classSource(HANGUL)}]`);

/** A product or organisation name translated word for word where a link, a gloss or the glossary gives its Latin name. */
export const translatedName: Check = {
  id: 'translated-name',
  description:
    'A product or organisation name translated word for word (a CJK word in 【】 or link text whose link, parenthesised original or glossary entry gives a Latin name it does not transliterate): suggests the original name.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['translation', 'names'],
  scope: 'document',
  run(ctx, report) {
    const spans = namedSpans(ctx.transcript);
    if (!spans.length) return;
    const glossary = glossaryNames(ctx);
    let spaced: boolean | undefined;
    const used = new Map<string, string | undefined>();
    for (const span of spans) {
      const ev = evidence(span, glossary);
      if (!ev || isTransliteration(span.inner, ev.latin)) continue;
      const names = spellings(ctx, ev, glossary, used);
      report({
        range: span.range,
        message: `${q(ctx.text.slice(span.range.start, span.range.end))} translates the name ${q(names[0])} word for word: write ${q(names[0])}. ${capitalise(ev.why)}.`,
        suggestions: names,
        fixes: fixes(ctx, span, names[0], (spaced ??= spacesLatinInCjk(ctx.text))),
        related: ev.related ? [{ range: ev.related, message: `The original name, ${q(ev.latin)}.` }] : [],
      });
    }
  },
};

interface Evidence {
  readonly latin: string;
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

function isLatin(s: string): boolean {
  return [...s].every((c) => !/\p{L}/u.test(c) || scriptOf(c.codePointAt(0)!) === 'Latin');
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
  const fold = (s: string) => s.toLowerCase().replace(/[\s'’-]+/g, '');
  const listed = [...glossary.values()].find((g) => fold(g) === fold(ev.latin));
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
