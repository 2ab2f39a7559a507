// What a translation must keep exactly — URLs, e-mail addresses, inline code, markup — present on one side of a
// sentence pair only. Document/nonProse.ts says what these are; a Markdown link's text is prose and is translated,
// its target is compared.
import type { AlignedPair } from '../align/align';
import { nonProseSpans, type NonProseKind } from '../document/nonProse';
import type { PairCheck, PairContext, PairReport, PairSide, Side } from '../engine/types';
import { changedFromOriginal, counterpart, segmentsRange } from './shared/alignedPairs';
import { q, quoteList } from './shared/messageStyle';

interface Token {
  readonly kind: NonProseKind;
  /** What is compared: the URL, address or code as written; a link's target; a tag's name. */
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const KIND_NAMES: Record<NonProseKind, string> = { code: 'code', markup: 'markup', link: 'link target', url: 'URL', address: 'address' };

/** URLs, addresses, code or markup on one side of a sentence pair only. */
export const urlMismatch: PairCheck = {
  id: 'url-mismatch',
  description:
    'A URL, e-mail address, code span or markup of the original missing from its translation, or one the original does not have.',
  defaultLevel: 'warning',
  fixable: true,
  tags: ['translation'],
  scope: 'pair',
  run(ctx, report) {
    for (const pair of ctx.pairs) {
      if (!pair.source.length || !pair.target.length) continue;
      const source = tokens(ctx, pair, 'source');
      const target = tokens(ctx, pair, 'target');
      if (!source.length && !target.length) continue;
      const missing = unmatched(source, target);
      const extra = unmatched(target, source);
      const r = mismatch(ctx, pair, missing, extra);
      if (r) report(r);
    }
  },
};

function mismatch(ctx: PairContext, pair: AlignedPair, missing: Token[], extra: Token[]): PairReport | undefined {
  const related = counterpart(ctx, pair, 'target', 'The original');
  if (missing.length === 1 && extra.length === 1 && missing[0].kind === extra[0].kind) {
    const [was, is] = [missing[0], extra[0]];
    return changedFromOriginal(
      was,
      is,
      `The original's ${KIND_NAMES[was.kind]} is ${q(was.text)}, not ${q(is.text)}: write ${q(was.text)}.`,
      related,
    );
  }
  if (!missing.length && !extra.length) return undefined;
  if (!missing.length) {
    return {
      side: 'target',
      range: { start: extra[0].start, end: extra[extra.length - 1].end },
      message: `${quoteList(extra.map((t) => t.text))} ${extra.length > 1 ? 'are' : 'is'} not in the original: check ${extra.length > 1 ? 'them' : 'it'} against it.`,
      related,
    };
  }
  return {
    side: 'target',
    range: segmentsRange(ctx.target, pair.target),
    message: `The translation lacks the original's ${missing.map((t) => `${KIND_NAMES[t.kind]} ${q(t.text)}`).join(', ')}: add ${missing.length > 1 ? 'them' : 'it'}.`,
    suggestions: missing.map((t) => t.text),
    related,
  };
}

// The tokens of `from` that no token of `to` matches (each token of `to` matches once).
function unmatched(from: readonly Token[], to: readonly Token[]): Token[] {
  const used = new Uint8Array(to.length);
  const out: Token[] = [];
  for (const t of from) {
    const k = to.findIndex((u, i) => !used[i] && u.kind === t.kind && u.key === t.key);
    if (k >= 0) used[k] = 1;
    else out.push(t);
  }
  return out;
}

function tokens(ctx: PairContext, pair: AlignedPair, side: Side): Token[] {
  const all = segmentTokens(ctx[side]);
  return pair[side].flatMap((i) => all[i]);
}

const bySide = new WeakMap<PairSide, Token[][]>();

// Each segment's tokens, found side by side in document order: nonProseSpans then searches the text once.
function segmentTokens(side: PairSide): Token[][] {
  let found = bySide.get(side);
  if (found) return found;
  const { text, segments } = side;
  found = segments.map((seg) => {
    const out: Token[] = [];
    for (const span of nonProseSpans(text, seg.range)) {
      const written = text.slice(span.start, span.end);
      // A comment is a note or an inline directive of this document, not part of what is translated.
      if (written.startsWith('<!--')) continue;
      out.push({
        kind: span.kind,
        key: keyOf(span.kind, written, span.linkText && text.slice(span.linkText.end, span.end)),
        text: written,
        start: span.start,
        end: span.end,
      });
    }
    return out;
  });
  bySide.set(side, found);
  return found;
}

function keyOf(kind: NonProseKind, written: string, linkTail: string | undefined): string {
  if (kind === 'link' && linkTail !== undefined) return linkTail.replace(/^\]\(\s*|\s*\)$/g, '');
  if (kind === 'markup') return written.replace(/^<\/?\s*([\w:-]*)[^]*$/u, '$1').toLowerCase() + (written.startsWith('</') ? '/' : '');
  if (kind === 'url') return written.replace(/[.,;:!?)\]。，；：！？]+$/u, '');
  return written;
}
