// The checks, bundled apart as dist/checks.js and loaded on first use (see loadChecks).
export { CHECKS } from '../core/checks';
export { CheckSession, runChecks } from '../core/engine';
export {
  EMPTY_PROFILE,
  ExportCancelled,
  exportBilingual,
  exportEditionAsync,
  formatChanges,
  loadExportProfile,
  outputPathFor,
} from '../core/export';
export { speakerVariants } from '../core/speakers/variants';
export { documentSpeakers, people, personOfTurns } from '../core/speakers/people';
