// The checks, bundled apart as dist/checks.js and loaded on first use (see loadChecks).
import * as fs from 'fs';
import * as path from 'path';
import { parseLexicon } from '../core/align/lexicon';
import { provideLexicon } from '../core/align/lexiconStore';

// near-miss reads the Chinese–English lexicon (beside this bundle) the first time a document has a homophone to judge.
provideLexicon(() => parseLexicon(fs.readFileSync(path.join(__dirname, 'zh-en.lexicon.tsv'), 'utf8')));

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
