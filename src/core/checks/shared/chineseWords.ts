import { scriptOf } from '../../text/scripts';
import type { TextRange } from '../../text/offsets';

let zhWords: Intl.Segmenter | undefined;

/**
 * Whether a string found in Chinese text is a word there: Chinese strings occur inside longer words ("服务网" in
 * "服务网络"), so it counts only where a word segmentation of its surroundings starts and ends a word with it.
 * Strings not in Han (Hangul words carry particles) pass.
 */
export function onWordBounds(text: string, r: TextRange): boolean {
  if (scriptOf(text.codePointAt(r.start)!) !== 'Han') return true;
  const from = Math.max(0, r.start - 6);
  const bounds = new Set<number>();
  for (const seg of (zhWords ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(
    text.slice(from, Math.min(text.length, r.end + 6)),
  )) {
    bounds.add(from + seg.index);
    bounds.add(from + seg.index + seg.segment.length);
  }
  return bounds.has(r.start) && bounds.has(r.end);
}
