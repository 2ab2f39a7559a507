// The checks, bundled apart as dist/checks.js and loaded on first use (see loadChecks).
import * as fs from 'fs';
import * as path from 'path';
import { readLexicon } from '../core/align/lexicon';
import { provideLexicon } from '../core/align/lexiconStore';

// The Chinese–English lexicon beside this bundle is read the first time a check needs it: near-miss for a homophone
// to judge, translated-name for the names of a Chinese document (their part only, until a meaning is looked up).
provideLexicon(() => readLexicon(fs.readFileSync(path.join(__dirname, 'zh-en.lexicon.tsv'))));

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
export { outlineWithPeople } from '../core/speakers/peopleOutline';
