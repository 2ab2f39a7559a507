// The languages the core names, once: BCP 47 tag, English name, and the script each is written in. Messages,
// the document's language and the script runs of foreign text all read this table.
import type { Script } from '../text/scripts';

/** A language the checks can name. */
export interface Language {
  /** BCP 47 tag (ISO 639-1). */
  readonly tag: string;
  /** English name, as messages and the status bar write it. */
  readonly name: string;
  readonly script: Script;
}

/** Every language the core names. The first of each non-Latin script is the language that script alone implies. */
export const LANGUAGES: readonly Language[] = [
  { tag: 'zh', name: 'Chinese', script: 'Han' },
  { tag: 'ja', name: 'Japanese', script: 'Kana' },
  { tag: 'ko', name: 'Korean', script: 'Hangul' },
  { tag: 'ru', name: 'Russian', script: 'Cyrillic' },
  { tag: 'el', name: 'Greek', script: 'Greek' },
  { tag: 'ar', name: 'Arabic', script: 'Arabic' },
  { tag: 'en', name: 'English', script: 'Latin' },
  { tag: 'de', name: 'German', script: 'Latin' },
  { tag: 'fr', name: 'French', script: 'Latin' },
  { tag: 'es', name: 'Spanish', script: 'Latin' },
  { tag: 'it', name: 'Italian', script: 'Latin' },
  { tag: 'pt', name: 'Portuguese', script: 'Latin' },
  { tag: 'nl', name: 'Dutch', script: 'Latin' },
  { tag: 'pl', name: 'Polish', script: 'Latin' },
];

const BY_TAG = new Map(LANGUAGES.map((l) => [l.tag, l]));

/** The English name of a language tag (`zh` → `Chinese`), or the tag itself when the core does not know it. */
export function languageName(tag: string): string {
  return BY_TAG.get(tag)?.name ?? tag;
}

/** The script a language is written in (`zh-CN` → Han), or `Other` for a tag the core does not know. */
export function languageScript(tag: string): Script | 'Other' {
  return BY_TAG.get(tag.toLowerCase().split('-')[0])?.script ?? 'Other';
}

/**
 * The language a script alone implies (Han → `zh`, Hangul → `ko`, Kana → `ja`, Cyrillic → `ru`, …); `und`
 * for Latin, which many languages share, and for letters of no script the core names.
 */
export function languageOfScript(script: Script | 'None'): string {
  if (script === 'Latin') return 'und';
  return LANGUAGES.find((l) => l.script === script)?.tag ?? 'und';
}
