// The bilingual checks, listed apart from the checks of one document: they need the aligner, which the
// editor and the CLI load only when a translation is checked against its original.
import type { CheckInfo, PairCheck } from '../engine/types';
import { CHECKS } from './registry';
import { omission } from './omission';
import { addition } from './addition';
import { untranslated } from './untranslated';
import { numberMismatch } from './number-mismatch';
import { termTranslation } from './term-translation';
import { inconsistentTranslation } from './inconsistent-translation';
import { urlMismatch } from './url-mismatch';

/** The bilingual checks, run over a text and its translation (engine/pairs.ts; not exported from the core's index, so that checking one document never loads the aligner). Ids are stable: they are public. */
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
