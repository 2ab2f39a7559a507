import * as vscode from 'vscode';
import { formatStamp, layoutCues, type Cue, type TranscriptUnit } from '../core/formats';
import { SUBTITLE_SELECTOR, cueFirstLine, cueLastLine, cueTextOffset, parseSubtitles } from './subtitleDocuments';

/**
 * Outline and breadcrumbs of SRT and WebVTT files by speaker turn (consecutive cues of one speaker, as the transcript
 * they convert to has them; cues without a speaker make paragraphs cut at pauses), and folding per turn.
 */
export function registerSubtitleOutline(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(SUBTITLE_SELECTOR, { provideDocumentSymbols: subtitleSymbols }, { label: 'Subtitles' }),
    vscode.languages.registerFoldingRangeProvider(SUBTITLE_SELECTOR, {
      provideFoldingRanges: (doc) =>
        turns(doc).flatMap((t) =>
          t.lastLine > t.firstLine ? [new vscode.FoldingRange(t.firstLine, t.lastLine, vscode.FoldingRangeKind.Region)] : [],
        ),
    }),
  );
}

/** One symbol per speaker turn: named by its speaker (or its time span when it has none), its cues' lines as its range. */
export function subtitleSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
  return turns(doc).map((t) => {
    const span = `${formatStamp(t.first.start, false)}–${formatStamp(t.last.end, false)}`;
    const cues = t.unit.endCue - t.unit.firstCue;
    const range = new vscode.Range(t.firstLine, 0, t.lastLine, doc.lineAt(t.lastLine).text.length);
    const symbol = new vscode.DocumentSymbol(
      t.unit.speaker ?? span,
      t.unit.speaker !== undefined ? `${span}, ${cues} cue${cues === 1 ? '' : 's'}` : `${cues} cue${cues === 1 ? '' : 's'}`,
      vscode.SymbolKind.Event,
      range,
      t.name ?? doc.lineAt(t.first.line - 1).range,
    );
    return symbol;
  });
}

// A turn with its first and last cue, the lines it covers and where its speaker's name is written (if it is).
interface Turn {
  readonly unit: TranscriptUnit;
  readonly first: Cue;
  readonly last: Cue;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly name?: vscode.Range;
}

// The turns of a subtitle document's cues (those the parser read).
function turns(doc: vscode.TextDocument): Turn[] {
  const cues = parseSubtitles(doc)?.file.cues;
  if (!cues?.length) return [];
  const layout = layoutCues(cues, { timestamps: 'none' });
  return layout.units.map((unit) => {
    const first = cues[unit.firstCue];
    const last = cues[unit.endCue - 1];
    const prefix = layout.voices[unit.firstCue].prefix;
    const start = prefix && cueTextOffset(first, prefix.nameStart);
    const end = prefix && cueTextOffset(first, prefix.nameEnd);
    const name = start !== undefined && end !== undefined ? new vscode.Range(doc.positionAt(start), doc.positionAt(end)) : undefined;
    return { unit, first, last, firstLine: cueFirstLine(doc, first), lastLine: cueLastLine(doc, last), ...(name ? { name } : {}) };
  });
}
