// Where an edition goes when no `--out` names it: beside the input, never the input itself.
import { taggedName } from '../project/fileNames';

/**
 * The default output path of an export of `input`: `talk.txt` → `talk.md`, `talk.transcript` → `talk.md`, and
 * an input that is Markdown already (`talk.md`, `talk.transcript.md`) → `talk.edition.md`; a bilingual edition
 * holds both languages, so it drops the language tag: `talk.en.txt` → `talk.bilingual.md`.
 */
export function outputPathFor(input: string, format: 'markdown' | 'bilingual' = 'markdown'): string {
  const slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1;
  const [dir, name] = [input.slice(0, slash), input.slice(slash)];
  const parts = taggedName(name);
  if (format === 'bilingual') return `${dir}${parts.stem}.bilingual.md`;
  const markdown = /\.(?:md|markdown)$/i.test(parts.extension);
  return `${dir}${name.slice(0, name.length - parts.extension.length)}${markdown ? '.edition' : ''}.md`;
}
