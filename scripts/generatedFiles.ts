// Every shipped file that a script writes: `npm run generate` rewrites them, and one unit test fails while any
// of them differs from what its generator would write now.
import * as path from 'path';
import { GRAMMAR_PATH, LINE_PATTERNS_PATH, grammarText, linePatternsText } from './grammarSource';
import { COMMON_ENGLISH_PATH, commonEnglishJson } from './commonEnglish';
import { LEXICON_PATH, lexiconTable } from './lexicon';
import { PINYIN_TABLE_PATH, pinyinTableJson } from './pinyinTable';
import { repoRoot } from './repoRoot';
import { PACKAGE_JSON_PATH, packageJsonText } from './severitySettings';

export interface GeneratedFile {
  /** Absolute path. */
  readonly file: string;
  /** The script that owns its content, relative to the repository root. */
  readonly generator: string;
  /** The content the generator gives now. */
  text(): string | Promise<string>;
}

export function generatedFiles(): GeneratedFile[] {
  return [
    { file: GRAMMAR_PATH(), generator: 'scripts/grammarSource.ts', text: grammarText },
    { file: LINE_PATTERNS_PATH(), generator: 'scripts/grammarSource.ts', text: linePatternsText },
    { file: PINYIN_TABLE_PATH(), generator: 'scripts/pinyinTable.ts', text: pinyinTableJson },
    { file: PACKAGE_JSON_PATH(), generator: 'scripts/severitySettings.ts', text: packageJsonText },
    { file: LEXICON_PATH(), generator: 'scripts/lexicon.ts', text: lexiconTable },
    { file: COMMON_ENGLISH_PATH(), generator: 'scripts/commonEnglish.ts', text: commonEnglishJson },
  ];
}

/** A path relative to the repository root, for messages. */
export function relative(file: string): string {
  return path.relative(repoRoot(), file).split(path.sep).join('/');
}
