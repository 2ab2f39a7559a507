import { scriptOf } from '../../text/scripts';
import { nonProseSpans } from '../../document/nonProse';
import { proseRanges } from '../../document/prose';
import type { TextRange } from '../../text/offsets';
import type { Transcript } from '../../document/model';

/** A CJK span set off as a name: in 【】〖〗《》「」『』, or the whole text of a Markdown link. */
export interface NamedSpan {
  /** The span with its brackets. */
  readonly range: TextRange;
  /** The CJK words inside. */
  readonly inner: string;
  readonly innerRange: TextRange;
  /** The opening bracket, or '' for bare link text. */
  readonly bracket: string;
  /** The link the span is (or is the whole text of). */
  readonly link?: { readonly url: string; readonly urlRange: TextRange; readonly end: number };
  /** A Latin form in parentheses right after the span or its link: `【灯塔】（Lighthouse）`. */
  readonly gloss?: { readonly latin: string; readonly range: TextRange };
}

const BRACKETS = /【([^【】\n]{1,16})】|〖([^〖〗\n]{1,16})〗|《([^《》\n]{1,16})》|「([^「」\n]{1,16})」|『([^『』\n]{1,16})』/g;
// The text of a link that names a product is short; the URL is the target's first word, without its <>.
const MAX_LINK_TEXT = 60;
const TARGET_URL = /^\]\([ \t]*<?([^()\s<>]+)/;
const GLOSS = /^[ \t]?[(（][ \t]*([A-Za-z][A-Za-z0-9 .&'’+-]{0,40}?)[ \t]*[)）]/;

// Only letters of CJK scripts (and the dots and spaces inside names): no Latin, no digits, no clause punctuation.
function cjkWords(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script === 'Han' || script === 'Hangul' || script === 'Kana') letters++;
    else if (!/[\s·・ー]/u.test(ch)) return false;
  }
  return letters > 0;
}

/** The CJK spans of the prose that are set off as names, each with its link and parenthesised Latin form if any. */
export function namedSpans(t: Transcript): NamedSpan[] {
  const text = t.text;
  const out: NamedSpan[] = [];
  const prose = proseRanges(t);
  // One native pass finds the few ranges with a bracket or a link; only those are parsed.
  const hot = new Set<TextRange>();
  let r = 0;
  for (const m of text.matchAll(/[【〖《「『[]/g)) {
    while (r < prose.length && prose[r].end <= m.index!) r++;
    if (r < prose.length && prose[r].start <= m.index!) hot.add(prose[r]);
  }
  for (const range of hot) {
    const slice = text.slice(range.start, range.end);
    const links = nonProseSpans(text, range).flatMap((l) => {
      if (!l.linkText || l.linkText.end - l.linkText.start > MAX_LINK_TEXT) return [];
      const target = TARGET_URL.exec(text.slice(l.linkText.end, l.end));
      if (!target || l.linkText.end === l.linkText.start) return [];
      const urlStart = l.linkText.end + target.index + target[0].length - target[1].length;
      return [{ textRange: l.linkText, url: target[1], urlRange: { start: urlStart, end: urlStart + target[1].length }, end: l.end }];
    });
    const linkOf = (r: TextRange) =>
      links.find(
        (l) =>
          l.textRange.start <= r.start &&
          r.end <= l.textRange.end &&
          text.slice(l.textRange.start, l.textRange.end).trim() === text.slice(r.start, r.end),
      );
    for (const m of slice.matchAll(BRACKETS)) {
      const inner = m.slice(1).find((g) => g !== undefined)!;
      if (!cjkWords(inner)) continue;
      const start = range.start + m.index!;
      const span = { start, end: start + m[0].length };
      out.push(make(text, span, inner, m[0][0], linkOf(span)));
    }
    for (const l of links) {
      const inner = text.slice(l.textRange.start, l.textRange.end).trim();
      if (!cjkWords(inner)) continue;
      const start = l.textRange.start + text.slice(l.textRange.start, l.textRange.end).indexOf(inner);
      out.push(make(text, { start, end: start + inner.length }, inner, '', l));
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

function make(
  text: string,
  range: TextRange,
  inner: string,
  bracket: string,
  link?: { url: string; urlRange: TextRange; end: number },
): NamedSpan {
  const innerStart = range.start + (bracket ? 1 : 0);
  const after = link ? link.end : range.end;
  const g = GLOSS.exec(text.slice(after, after + 48));
  const gloss = g ? { latin: g[1], range: { start: after, end: after + g[0].length } } : undefined;
  return {
    range,
    inner,
    innerRange: { start: innerStart, end: innerStart + inner.length },
    bracket,
    ...(link ? { link: { url: link.url, urlRange: link.urlRange, end: link.end } } : {}),
    ...(gloss ? { gloss } : {}),
  };
}
