// Which files are one original and its translations: the same name with a language tag before the extension
// (`talk.en.txt` / `talk.zh.txt`, `talk.transcript.md` / `talk.zh.transcript.md`). The original is the file
// without a tag, else the one in the first of the preferred original languages, else the first by name.

import { taggedName, type TaggedName } from '../project/fileNames';

/** An original and its translations, as file names. */
export interface FileGroup {
  readonly original: string;
  readonly translations: readonly string[];
}

/** The group `name` belongs to among `siblings` (names in the same folder, `name` among them), or nothing when it has no counterpart. */
export function fileGroup(name: string, siblings: readonly string[], originalLanguages: readonly string[] = ['en']): FileGroup | undefined {
  const me = taggedName(name);
  const sameWork = (t: TaggedName) => t.stem === me.stem && t.extension.toLowerCase() === me.extension.toLowerCase();
  const members = [...new Set(siblings)].filter((s) => sameWork(taggedName(s))).sort();
  if (!members.includes(name)) members.push(name);
  if (members.length < 2) return undefined;
  const rank = (file: string): number => {
    const lang = taggedName(file).lang?.toLowerCase();
    if (!lang) return -1;
    const i = originalLanguages.findIndex((l) => l.toLowerCase() === lang || lang.startsWith(l.toLowerCase() + '-'));
    return i < 0 ? originalLanguages.length : i;
  };
  const original = members.reduce((best, f) => (rank(f) < rank(best) ? f : best));
  return { original, translations: members.filter((f) => f !== original) };
}
