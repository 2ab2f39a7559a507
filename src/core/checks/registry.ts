import { duplicatePassage } from './duplicate-passage';
import { headingStructure } from './heading-structure';
import { punctuation } from './punctuation';
import { repetition } from './repetition';
import { nameMismatch } from './name-mismatch';
import { nearMiss } from './near-miss';
import { speakerVariant } from './speaker-variant';
import { termConsistency } from './term-consistency';
import { translatedName } from './translated-name';
import { boilerplate } from './boilerplate';
import type { Check } from './types';
import { wrongLanguage } from './wrong-language';

/** Every check, in the order findings of equal position are listed. Ids are stable: they are public. */
export const CHECKS: readonly Check[] = [
  repetition,
  duplicatePassage,
  punctuation,
  headingStructure,
  wrongLanguage,
  boilerplate,
  speakerVariant,
  nameMismatch,
  nearMiss,
  termConsistency,
  translatedName,
];
