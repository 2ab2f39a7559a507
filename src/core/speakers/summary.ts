// What to tell about one speaker (a hover), and the speakers of a document as symbols (workspace search).
import type { Transcript } from '../document/model';
import type { TextRange } from '../text/offsets';
import { speakerSites } from './sites';

/** One speaker's turns and spellings in a document. */
export interface SpeakerSummary {
  readonly key: string;
  /** The most used spelling of the labels, or the name as written where no label names them. */
  readonly name: string;
  readonly turns: number;
  /** Zero-based lines of the first and last turn; undefined without turns. */
  readonly firstLine?: number;
  readonly lastLine?: number;
  /** The labels' spellings folded to this speaker, with how many labels use each, most used first. */
  readonly spellings: readonly (readonly [string, number])[];
  /** Bylines and header fields naming them. */
  readonly bylines: number;
  readonly headers: number;
}

/** The summary of speaker `key`; `fallbackName` names a person no label names (a byline's author). */
export function speakerSummary(t: Transcript, key: string, fallbackName: string): SpeakerSummary {
  const speaker = t.speakers.find((s) => s.key === key);
  const sites = speakerSites(t, key);
  const bylines = sites.filter((s) => s.role === 'byline').length;
  const headers = sites.filter((s) => s.role === 'header').length;
  if (!speaker) return { key, name: fallbackName, turns: 0, spellings: [], bylines, headers };
  const first = t.turns[speaker.turns[0]];
  const last = t.turns[speaker.turns[speaker.turns.length - 1]];
  const spellings = [...speaker.spellings].sort((a, b) => b[1] - a[1]);
  return {
    key,
    name: speaker.name,
    turns: speaker.turns.length,
    firstLine: first.startLine,
    lastLine: last.startLine,
    spellings,
    bylines,
    headers,
  };
}

/** A speaker as a symbol: the name of their first label, with its zero-based line and column there. */
export interface SpeakerSymbol {
  readonly name: string;
  readonly turns: number;
  readonly range: TextRange;
  readonly line: number;
  readonly character: number;
}

/** Every speaker of the document, in order of first turn, each located at their first label's name. */
export function speakerSymbols(t: Transcript): SpeakerSymbol[] {
  return t.speakers.map((s) => {
    const turn = t.turns[s.turns[0]];
    const range = turn.speaker.nameRange;
    // A label's block is its line, so the column is the offset from the block's start.
    return { name: s.name, turns: s.turns.length, range, line: turn.startLine, character: range.start - t.blocks[turn.block].range.start };
  });
}
