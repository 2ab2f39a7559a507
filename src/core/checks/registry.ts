import { nameMismatch } from './name-mismatch';
import { speakerVariant } from './speaker-variant';
import type { Check } from './types';
import { wrongLanguage } from './wrong-language';

/** Every check, in the order findings of equal position are listed. Ids are stable: they are public. */
export const CHECKS: readonly Check[] = [wrongLanguage, speakerVariant, nameMismatch];

/** The docs page of a check, relative to the extension or repository root. */
export function docsPath(id: string): string {
  return `docs/checks/${id}.md`;
}
