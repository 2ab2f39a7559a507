import * as fs from 'fs';
import * as path from 'path';
import { readLexicon, type Lexicon } from '../core/align/lexicon';
import { provideLexicon, sharedLexicon } from '../core/align/lexiconStore';

/** The CC-CEDICT lexicon beside the bundle (dist/zh-en.lexicon.tsv); in a checkout before a build, in the source tree. */
export function readLexiconFile(): Lexicon | undefined {
  for (const file of [path.join(__dirname, 'zh-en.lexicon.tsv'), path.join(__dirname, '..', 'src', 'core', 'align', 'zh-en.lexicon.tsv')]) {
    if (fs.existsSync(file)) return readLexicon(fs.readFileSync(file));
  }
  return undefined;
}

let provided = false;

/** Tells the core where the lexicon is, once per bundle: it is read when a check or the aligner first needs it. */
export function provideLexiconOnce(): void {
  if (provided) return;
  provided = true;
  provideLexicon(readLexiconFile);
}

export { sharedLexicon };
