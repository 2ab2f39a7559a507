// Running the bilingual checks over a text and its translation: both are parsed and cut into sentences, the
// sentences aligned (or an alignment made elsewhere is used: the parallel view's, with the user's overrides), and
// each finding lands in the document it is about, under that document's inline directives and baseline.
import { alignDocuments } from '../align/documents';
import type { AlignedPair } from '../align/align';
import { mayUseLexicon, type Lexicon } from '../align/lexicon';
import { sentenceSegments } from '../align/segments';
import { PAIR_CHECKS } from '../checks/pairRegistry';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import { EMPTY_GLOSSARY, type Glossary } from '../terms/glossary';
import { stillToWrite, TO_WRITE } from '../translate/skeleton';
import type { Baseline } from './baseline';
import { finishFindings, toFinding, withLevels } from './engine';
import type { Finding, Level, PairCheck, PairContext, PairSide, Side } from './types';

/** How to run the bilingual checks over one pair of documents. */
export interface PairCheckOptions {
  readonly glossary?: Glossary;
  /** Level per check id; a check not named runs at its default level. */
  readonly levels?: Readonly<Record<string, Level>>;
  /** The Chinese–English lexicon, for aligning Chinese with another language (the caller reads the file). */
  readonly lexicon?: Lexicon;
  /** Parses of the texts, when the caller has them. */
  readonly transcripts?: { readonly source?: Transcript; readonly target?: Transcript };
  /** An alignment of the two texts' sentences (`sentenceSegments`) made already; made here otherwise. */
  readonly pairs?: readonly AlignedPair[];
  /** Findings accepted earlier, per document. */
  readonly baselines?: { readonly source?: Baseline; readonly target?: Baseline };
  /** The checks to run; every registered bilingual check by default. */
  readonly checks?: readonly PairCheck[];
}

/** Findings of the bilingual checks, by the document they are in, each sorted by position. */
export interface PairFindings {
  readonly source: Finding[];
  readonly target: Finding[];
}

/** What the bilingual checks read: both documents parsed and segmented, and their alignment. */
export function pairContext(sourceText: string, targetText: string, options: PairCheckOptions = {}): PairContext {
  const source = side(sourceText, options.transcripts?.source);
  const target = side(targetText, options.transcripts?.target);
  const lexicon = options.lexicon && mayUseLexicon([sourceText, targetText]) ? options.lexicon : undefined;
  const pairs = options.pairs ?? alignDocuments(source.segments, target.segments, lexicon ? { lexicon } : {});
  return { source, target, pairs: written(pairs, target), glossary: options.glossary ?? EMPTY_GLOSSARY, lexicon };
}

// The pairs of a translation in progress that are written: not those whose translation is still the placeholder
// "Start Translation" leaves (…), nor the original's sentences the aligner set alone beside them. Not yet
// translated is no omission, and a hundred placeholders are no sentence translated one way for many originals.
function written(pairs: readonly AlignedPair[], target: PairSide): readonly AlignedPair[] {
  const drop = stillToWrite(
    pairs.length,
    (k) => pairs[k].target.length > 0 && pairs[k].target.every((j) => target.segments[j].text.trim() === TO_WRITE),
    (k) => !pairs[k].target.length,
  );
  return drop ? pairs.filter((_, k) => !drop[k]) : pairs;
}

/** Runs every enabled bilingual check over an original and its translation. */
export function runPairChecks(sourceText: string, targetText: string, options: PairCheckOptions = {}): PairFindings {
  const ctx = pairContext(sourceText, targetText, options);
  const found: Record<Side, Finding[]> = { source: [], target: [] };
  for (const [check, level] of withLevels(options.checks ?? PAIR_CHECKS, options.levels)) {
    check.run(ctx, (r) => found[r.side].push(toFinding(check.id, level, r, ctx[r.side].text)));
  }
  return {
    source: finishFindings(sourceText, found.source, { baseline: options.baselines?.source }),
    target: finishFindings(targetText, found.target, { baseline: options.baselines?.target }),
  };
}

function side(text: string, parsed?: Transcript): PairSide {
  const transcript = parsed ?? parseTranscript(text);
  return { text, transcript, segments: sentenceSegments(text, transcript).segments };
}
