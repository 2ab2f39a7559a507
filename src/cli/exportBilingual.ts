// `interlinear export --format bilingual`: aligns the original with its translation and sets them side by side.
// A bundle of its own (esbuild.js), loaded only for this format: the aligner and its lexicon stay out of every other run.
import * as fs from 'fs';
import * as path from 'path';
import { alignDocuments } from '../core/align/documents';
import { mayUseLexicon, parseLexicon, type Lexicon } from '../core/align/lexicon';
import { sentenceSegments } from '../core/align/segments';
import { exportBilingual, type BilingualResult, type ExportOptions } from '../core/export';

/** The bilingual edition of `target`, the translation of `source`. */
export function bilingualEdition(source: string, target: string, options: ExportOptions): BilingualResult {
  const s = sentenceSegments(source);
  const t = sentenceSegments(target);
  const pairs = alignDocuments(s.segments, t.segments, mayUseLexicon([source, target]) ? { lexicon: lexicon() } : {});
  return exportBilingual(
    { transcript: s.transcript!, segments: s.segments },
    { transcript: t.transcript!, segments: t.segments },
    pairs,
    options,
  );
}

// The lexicon ships beside the bundle (dist/zh-en.lexicon.tsv); before a build, in the source tree above this file.
function lexicon(): Lexicon | undefined {
  const candidates = [path.join(__dirname, 'zh-en.lexicon.tsv')];
  for (let dir = __dirname, k = 0; k < 5; k++, dir = path.dirname(dir))
    candidates.push(path.join(dir, 'src', 'core', 'align', 'zh-en.lexicon.tsv'));
  const file = candidates.find((f) => fs.existsSync(f));
  return file ? parseLexicon(fs.readFileSync(file, 'utf8')) : undefined;
}
