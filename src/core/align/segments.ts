// What the aligner aligns: sentences of a transcript (Intl.Segmenter in the document's language, within the
// prose of turns, paragraphs, quotes and headings), or lines of text already segmented elsewhere. Each segment
// remembers its block, so that turns and headings can serve as hard boundaries.
import { parseTranscript } from '../document/parse';
import { transcriptSentences } from '../document/sentences';
import type { Transcript } from '../document/model';
import type { TextRange } from '../text/offsets';

/** One unit of alignment: a sentence or a pre-segmented line. */
export interface Segment {
  readonly text: string;
  readonly range: TextRange;
  /** What encloses it: a heading, a turn, another block; segments of one block share `block`. */
  readonly boundary: 'heading' | 'turn' | 'block';
  readonly block: number;
}

/** A document cut into segments, with its parse when it was parsed. */
export interface SegmentedText {
  readonly segments: readonly Segment[];
  readonly transcript?: Transcript;
}

/** The sentences of a transcript's prose, in order. */
export function sentenceSegments(text: string, transcript: Transcript = parseTranscript(text)): SegmentedText {
  const segments = transcriptSentences(transcript).map((s): Segment => {
    const kind = transcript.blocks[s.block].kind;
    return {
      text: text.slice(s.range.start, s.range.end),
      range: s.range,
      boundary: kind === 'heading' ? 'heading' : kind === 'turn' ? 'turn' : 'block',
      block: s.block,
    };
  });
  return { segments, transcript };
}

/** Every non-empty line as one segment, never split or merged (the CLI's `--segmented`). */
export function lineSegments(text: string): SegmentedText {
  const segments: Segment[] = [];
  const re = /[^\r\n]+/g;
  let line = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) segments.push({ text: m[0], range: { start: m.index, end: m.index + m[0].length }, boundary: 'block', block: line });
    line++;
  }
  return { segments };
}
