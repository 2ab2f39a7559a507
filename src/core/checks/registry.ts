import { duplicatePassage } from './duplicate-passage/duplicate-passage';
import { headingStructure } from './heading-structure';
import { punctuation } from './punctuation/punctuation';
import { repetition } from './repetition/repetition';
import { nameMismatch } from './name-mismatch/name-mismatch';
import { nearMiss } from './near-miss/near-miss';
import { speakerVariant } from './speaker-variant';
import { termConsistency } from './term-consistency/term-consistency';
import { translatedName } from './translated-name/translated-name';
import { boilerplate } from './boilerplate/boilerplate';
import type { Check } from '../engine/types';
import { wrongLanguage } from './wrong-language';

/** Every check of one document, in the order findings of equal position are listed. Ids are stable: they are public. */
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
