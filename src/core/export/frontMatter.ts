// The edition's YAML front matter: which metadata lines feed which field, and the block itself.
import type { FrontMatterField } from './options';

/** The values a front matter may hold; fields left undefined are not written. */
export type FrontMatter = { -readonly [F in Exclude<FrontMatterField, 'speakers'>]?: string } & { speakers?: readonly string[] };

// Metadata keys (as `linePatterns` recognises them, lower-cased, blanks as one space) by the field they fill.
const KEYS: Readonly<Record<'author' | 'translator' | 'date' | 'source', readonly string[]>> = {
  author: ['author', 'authors', 'written by', 'by', '作者', '本文作者', '原作者', '글쓴이', '작성자', '저자'],
  translator: ['translator', 'translators', 'translated by', '翻译', '译者', '역자', '번역'],
  date: ['date', 'published', '发布日期', '发布时间', '日期', '발행일', '작성일', '날짜', '발행'],
  source: [
    'source',
    'sources',
    'original',
    'original url',
    'original link',
    'original article',
    'original post',
    'link',
    'url',
    'via',
    '原文',
    '原文地址',
    '原文链接',
    '英文原文',
    '出处',
    '来源',
    '链接',
    '转载',
    '원문',
    '원문 링크',
    '링크',
  ],
};
const FIELD_OF_KEY = new Map<string, keyof typeof KEYS>(
  Object.entries(KEYS).flatMap(([f, keys]) => keys.map((k) => [k, f as keyof typeof KEYS])),
);

const URL = /https?:\/\/[^\s<>"'）)\]]+/u;

/**
 * The front-matter field a metadata line fills, with its value: a source only when the line holds a URL (the URL);
 * undefined for keys no field takes (they stay in the text).
 */
export function metadataField(key: string, value: string): { field: keyof typeof KEYS; value: string } | undefined {
  const field = FIELD_OF_KEY.get(key.toLowerCase().replace(/[ \t]+/g, ' '));
  if (!field) return undefined;
  const v = value.trim();
  if (field === 'source') {
    const url = URL.exec(v)?.[0];
    return url ? { field, value: url } : undefined;
  }
  return v ? { field, value: v } : undefined;
}

/** The front matter as YAML between `---` lines; strings written as JSON strings, which YAML reads as they are. */
export function renderFrontMatter(fm: FrontMatter, fields: readonly FrontMatterField[]): string {
  const lines: string[] = [];
  for (const f of fields) {
    if (f === 'speakers') {
      if (fm.speakers?.length) lines.push('speakers:', ...fm.speakers.map((s) => `  - ${JSON.stringify(s)}`));
      continue;
    }
    const v = fm[f];
    if (v !== undefined && v !== '') lines.push(`${f}: ${JSON.stringify(v)}`);
  }
  return lines.length ? `---\n${lines.join('\n')}\n---` : '';
}
