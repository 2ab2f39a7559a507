// How a transcript's file name is read: a stem, an optional language tag (`talk.zh.txt`) and an extension. The
// parallel view pairs files by it; exports name their editions by it.

/** A file name cut into its stem, language tag and extension. */
export interface TaggedName {
  readonly stem: string;
  /** A BCP 47 tag such as `zh`, `zh-Hant` or `pt-BR`, when the name carries one. */
  readonly lang?: string;
  readonly extension: string;
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
