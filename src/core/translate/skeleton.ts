// The skeleton of a translation: the original with the text of every heading, turn, quote and paragraph replaced
// by a placeholder (…), so that the translation starts with the same structure line for line (the parallel view
// then pairs headings with headings and turns with turns; a label or quotation marks with no text at all would not
// parse as a turn or a quote). Speakers get their names in the target language; in Chinese or
// Japanese a label's colon becomes the full-width one those languages write.
import { proseRange } from '../document/blocks';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import { languageScript } from '../language/languages';
import type { Glossary } from '../terms/glossary';
import { translatesInto } from '../terms/translatesInto';

/** What stands for text still to write. */
export const TO_WRITE = '…';

/**
 * Which of a run of aligned rows are still to write (1) in a translation in progress: those whose translation is
 * only the placeholder (`placeholder(k)`), and the original's sentences the aligner set alone beside them
 * (`alone(k)`: no translation at all). Undefined when none is.
 */
export function stillToWrite(count: number, placeholder: (k: number) => boolean, alone: (k: number) => boolean): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  for (let k = 0; k < count; k++) {
    if (!placeholder(k)) continue;
    out ??= new Uint8Array(count);
    out[k] = 1;
    for (let a = k - 1; a >= 0 && alone(a) && !out[a]; a--) out[a] = 1;
    for (let b = k + 1; b < count && alone(b); b++) out[b] = 1;
  }
  return out;
}

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The original's structure with its text left to write (`TO_WRITE` in its place). `names` maps a speaker's name as the original writes it
 * to the name the translation gives them; a speaker not in it keeps their name.
 */
export function translationSkeleton(
  text: string,
  targetLang: string,
  names: ReadonlyMap<string, string>,
  transcript: Transcript = parseTranscript(text),
): string {
  const fullWidthColon = ['Han', 'Kana'].includes(languageScript(targetLang));
  const out: Replacement[] = [];
  for (const b of transcript.blocks) {
    if (b.kind === 'turn') {
      const { nameRange, labelRange, name } = b.speaker;
      out.push({ start: nameRange.start, end: nameRange.end, text: names.get(name) ?? name });
      if (fullWidthColon) {
        const colon = text.indexOf(':', nameRange.end);
        if (colon >= 0 && colon < labelRange.end) out.push({ start: colon, end: colon + 1, text: '：' });
      }
    } else if (b.kind === 'attribution') {
      const name = text.slice(b.nameRange.start, b.nameRange.end);
      const translated = names.get(name);
      if (translated) out.push({ start: b.nameRange.start, end: b.nameRange.end, text: translated });
      continue;
    }
    const prose = proseRange(b);
    if (prose && prose.end > prose.start) out.push({ start: prose.start, end: prose.end, text: TO_WRITE });
  }
  out.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of out) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), r.text);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The names a glossary gives people of the original's language in the target language (`term` → `translation`). */
export function glossaryNames(glossary: Glossary, sourceLang: string, targetLang: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of glossary.entries) if (translatesInto(e, sourceLang, targetLang)) out.set(e.term, e.translation!);
  return out;
}
