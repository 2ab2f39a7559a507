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
import type { Check, CheckInfo, PairCheck } from '../engine/types';
import { omission } from './omission';
import { addition } from './addition';
import { untranslated } from './untranslated';
import { numberMismatch } from './number-mismatch';
import { termTranslation } from './term-translation';
import { inconsistentTranslation } from './inconsistent-translation';
import { urlMismatch } from './url-mismatch';
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

/** The bilingual checks, run over a text and its translation (engine/pairs.ts). Ids are stable: they are public. */
export const PAIR_CHECKS: readonly PairCheck[] = [
  omission,
  addition,
  untranslated,
  numberMismatch,
  termTranslation,
  inconsistentTranslation,
  urlMismatch,
];

/** Every check there is, of one document or of a pair: settings, docs pages and SARIF rules list these. */
export const ALL_CHECKS: readonly CheckInfo[] = [...CHECKS, ...PAIR_CHECKS];
