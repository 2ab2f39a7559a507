// Which files are one original and its translations: the same name with a language tag before the extension
// (`talk.en.txt` / `talk.zh.txt`, `talk.transcript.md` / `talk.zh.transcript.md`). The original is the file
// without a tag, else the one in the first of the preferred original languages, else the first by name.

/** A file name cut into its stem, language tag and extension. */
export interface TaggedName {
  readonly stem: string;
  /** A BCP 47 tag such as `zh`, `zh-Hant` or `pt-BR`, when the name carries one. */
  readonly lang?: string;
  readonly extension: string;
}

/** An original and its translations, as file names. */
export interface FileGroup {
  readonly original: string;
  readonly translations: readonly string[];
}

const EXTENSION = /(\.transcript(?:\.(?:md|txt))?|\.(?:md|markdown|txt|srt|vtt|json))$/i;
const TAG = /\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)$/;

/** Cuts a file name (no folders) into stem, language tag and extension. */
export function taggedName(name: string): TaggedName {
  const ext = EXTENSION.exec(name);
  const extension = ext ? ext[1] : '';
  const rest = name.slice(0, name.length - extension.length);
  const tag = TAG.exec(rest);
  return tag ? { stem: rest.slice(0, tag.index), lang: tag[1].replace('_', '-'), extension } : { stem: rest, extension };
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
