// Where an edition goes when no `--out` names it: beside the input, never the input itself.

// The endings a transcript's name carries, longest first.
const ENDINGS = /(?:\.transcript\.(?:md|markdown|txt)|\.transcript|\.(?:md|markdown|txt))$/i;

/**
 * The default output path of an export of `input`: `talk.txt` → `talk.md`, `talk.transcript` → `talk.md`, and
 * an input that is Markdown already (`talk.md`, `talk.transcript.md`) → `talk.edition.md`; a bilingual edition
 * is `talk.bilingual.md`.
 */
export function outputPathFor(input: string, format: 'markdown' | 'bilingual' = 'markdown'): string {
  const m = ENDINGS.exec(input);
  const stem = m ? input.slice(0, m.index) : input;
  if (format === 'bilingual') return `${stem}.bilingual.md`;
  const markdown = m ? /\.(?:md|markdown)$/i.test(m[0]) : false;
  return `${stem}${markdown ? '.edition' : ''}.md`;
}
