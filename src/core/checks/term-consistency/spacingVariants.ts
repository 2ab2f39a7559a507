import { proseRanges } from '../../document/prose';
import type { TextRange } from '../../text/offsets';
import { clearMajority, type TermVariant } from '../shared/termVariant';
import type { CheckContext } from '../../engine/types';
import { classSource, HANGUL } from '../../text/scripts';

const HANGUL_WORD = new RegExp(`[${classSource(HANGUL)}]+`, 'g');

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A Korean compound written both with and without its inner space (`서비스 메시` / `서비스메시`): both parts at
 * least two syllables, so particles and auxiliary verbs ("수 있다") stay out; the clear majority wins.
 */
export function spacingVariants(ctx: CheckContext): TermVariant[] {
  if (ctx.transcript.language.tag !== 'ko') return [];
  const text = ctx.text;
  const words: Word[] = [];
  for (const r of proseRanges(ctx.transcript)) {
    for (const m of text.slice(r.start, r.end).matchAll(HANGUL_WORD))
      words.push({ text: m[0], start: r.start + m.index!, end: r.start + m.index! + m[0].length });
  }
  // Each "A B…" pair, keyed by the joined form "AB…" with B cut after 2, 3, … syllables.
  const spaced = new Map<string, TextRange[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (a.text.length < 2 || b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    for (let k = 2; k <= Math.min(b.text.length, 4); k++) {
      const key = a.text + b.text.slice(0, k);
      (spaced.get(key) ?? spaced.set(key, []).get(key)!).push({ start: a.start, end: b.start + k });
    }
  }
  const joined = new Map<string, TextRange[]>();
  for (const w of words) {
    for (let k = 4; k <= w.text.length; k++) {
      const key = w.text.slice(0, k);
      if (spaced.has(key)) (joined.get(key) ?? joined.set(key, []).get(key)!).push({ start: w.start, end: w.start + k });
    }
  }
  const out: TermVariant[] = [];
  for (const [key, together] of joined) {
    const apart = spaced.get(key)!;
    const apartText = text.slice(apart[0].start, apart[0].end);
    if (clearMajority(apart.length, together.length)) push(out, text, together, apart, apartText);
    else if (clearMajority(together.length, apart.length)) push(out, text, apart, together, key);
  }
  return out;
}

function push(out: TermVariant[], text: string, variants: TextRange[], preferredUses: TextRange[], preferred: string): void {
  for (const range of variants) {
    out.push({
      range,
      text: text.slice(range.start, range.end),
      preferred,
      basis: 'majority',
      link: { kind: 'spacing' },
      preferredCount: preferredUses.length,
      variantCount: variants.length,
      preferredRange: preferredUses[0],
      all: variants,
    });
  }
}
