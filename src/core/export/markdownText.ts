// Prose as Markdown that renders as the text it is and passes markdownlint's default rules: bare links in angle
// brackets (MD034), HTML-looking tags escaped (MD033), one emphasis style (MD049, MD050), no tabs (MD010), and
// nothing at a line's start that Markdown would take for a heading, list or rule.
import { nonProseSpans } from '../document/nonProse';

/** A list item line: its indentation, marker (`-`, `*`, `+`, `1.`, `1)`) and the text after it. */
export const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/u;

/** A thematic break (`---`, `* * *`, `___`). */
export const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

/** One line of prose as Markdown; `lineStart` when it begins a line of the edition (not after a label). */
export function markdownProse(text: string, lineStart = true): string {
  let out = inlineMarkdown(text.replace(/\t/g, ' ').trim());
  if (lineStart) out = escapeLineStart(out);
  return out;
}

// Inline fixes outside code spans and link targets: bare URLs and addresses wrapped, tags escaped, `_` emphasis as `*`.
function inlineMarkdown(text: string): string {
  if (!/[<_@:]/.test(text)) return text;
  let out = '';
  let at = 0;
  for (const span of nonProseSpans(text)) {
    out += emphasisAsStars(text.slice(at, span.start));
    const raw = text.slice(span.start, span.end);
    const bracketed = text[span.start - 1] === '<' && text[span.end] === '>';
    if ((span.kind === 'url' || span.kind === 'address') && !bracketed && !/^[@#]/.test(raw)) out += `<${raw}>`;
    else if (span.kind === 'markup' && /^<\/?[A-Za-z]/.test(raw)) out += `\\${raw}`;
    else out += raw;
    at = span.end;
  }
  return out + emphasisAsStars(text.slice(at));
}

// `__strong__` and `_emphasis_` in the star style the labels use (an underscore inside a word is no emphasis).
function emphasisAsStars(text: string): string {
  if (!text.includes('_')) return text;
  return text
    .replace(/(^|[^\p{L}\p{N}_\\])__(?=\S)([^_]*?\S)__(?![\p{L}\p{N}_])/gu, '$1**$2**')
    .replace(/(^|[^\p{L}\p{N}_\\])_(?=[^\s_])([^_]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu, '$1*$2*');
}

// A backslash before what would open a heading, list, blockquote, rule, table or HTML block at a line's start.
function escapeLineStart(text: string): string {
  if (THEMATIC_BREAK.test(text)) return text.replace(/^([-*_])/, '\\$1');
  if (/^(?:#|[-+*](?:\s|$)|>)/u.test(text)) return `\\${text}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/u.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice(ordered[1].length)}`;
  return text;
}
