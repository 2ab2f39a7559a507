import type { GlossaryEntry } from './glossary';

/**
 * Whether a glossary row translates a term of language `from` into language `into`: it has a translation, its
 * `lang` is `from` (or not given), and its `translation_lang` is `into` (or not given, and `lang` is not `into`).
 */
export function translatesInto(e: GlossaryEntry, from: string, into: string): boolean {
  if (!e.translation?.trim() || !e.term.trim()) return false;
  const lang = e.lang.toLowerCase();
  const translationLang = (e.translationLang ?? '').toLowerCase();
  return (lang === from || lang === '') && (translationLang === into || (translationLang === '' && lang !== into));
}
