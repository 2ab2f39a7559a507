// The aligner, bundled apart as dist/align.js and loaded when a parallel view first opens (see loadAlign), with
// its Chinese–English lexicon read from dist/ on first need: neither is paid for at activation.
import * as fs from 'fs';
import * as path from 'path';
import { parseLexicon, type Lexicon } from '../core/align/lexicon';

export { mayUseLexicon } from '../core/align/lexicon';

export { GroupCache } from '../core/align/documents';
export { alignWithOverrides, alignmentSidecarJson, overrideFor, parseAlignmentSidecar, replaceOverrides } from '../core/align/overrides';
export { fileGroup } from '../core/align/pairing';
export { sentenceSegments } from '../core/align/segments';
export { parallelTable } from '../core/align/table';
export { runPairChecks } from '../core/engine/pairs';
export { PAIR_CHECKS } from '../core/checks/pairRegistry';
export { TranslationMemory } from '../core/memory/fuzzy';
export { parseTmx, variantIn } from '../core/memory/tmx';
export { glossaryHints } from '../core/translate/hints';

let lexicon: Lexicon | undefined;

/** The Chinese–English lexicon, read once. */
export function zhEnLexicon(): Lexicon {
  return (lexicon ??= parseLexicon(fs.readFileSync(path.join(__dirname, 'zh-en.lexicon.tsv'), 'utf8')));
}
