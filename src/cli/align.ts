import { alignDocuments } from '../core/align/documents';
import { mayUseLexicon, type Lexicon } from '../core/align/lexicon';
import { sharedLexicon } from '../core/align/lexiconStore';
import { provideLexiconOnce } from './lexiconFile';
import { alignmentJson, alignmentTmx, alignmentTsv } from '../core/align/output';
import { lineSegments, sentenceSegments, type SegmentedText } from '../core/align/segments';
import { guessLanguage, type ProjectFileSystem } from '../core';
import { runPairChecks, type PairCheckOptions, type PairFindings } from '../core/engine/pairs';

export { PAIR_CHECKS } from '../core/checks/pairRegistry';
import { formatOption, parseArgs, UsageError } from './args';
import { readText } from './inputs';

/** `interlinear align <source> <target> [--segmented] [--format json|tsv|tmx]`: sentence pairs of a text and its translation. */
export async function alignCommand(project: ProjectFileSystem, argv: readonly string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['format'], ['segmented']);
  const format = formatOption(args, ['json', 'tsv', 'tmx']);
  if (args.positional.length !== 2) throw new UsageError('align takes exactly two files: the original and its translation');
  const [sourceText, targetText] = await Promise.all(args.positional.map((f) => readText(project, f)));
  const segment = (text: string): SegmentedText => (args.options.has('segmented') ? lineSegments(text) : sentenceSegments(text));
  const source = segment(sourceText);
  const target = segment(targetText);
  const pairs = alignDocuments(source.segments, target.segments, mayUseLexicon([sourceText, targetText]) ? { lexicon: lexicon() } : {});
  const result = { source: source.segments.map((s) => s.text), target: target.segments.map((s) => s.text), pairs };
  if (format === 'json') out(alignmentJson(result));
  else if (format === 'tsv') out(alignmentTsv(result));
  else out(alignmentTmx(result, languageOf(source, sourceText), languageOf(target, targetText)));
  return 0;
}

/** The bilingual checks of `check --source` and `check --pairs`, with the lexicon where the pair needs it. */
export function checkPair(source: string, target: string, options: PairCheckOptions): PairFindings {
  return runPairChecks(source, target, mayUseLexicon([source, target]) ? { ...options, lexicon: lexicon() } : options);
}

function languageOf(segmented: SegmentedText, text: string): string {
  return (segmented.transcript?.language ?? guessLanguage(text)).tag;
}

// Read once per process and shared with the checks that read it too (see lexiconStore).
function lexicon(): Lexicon | undefined {
  provideLexiconOnce();
  return sharedLexicon();
}
