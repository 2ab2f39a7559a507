import * as vscode from 'vscode';
import { speakerAt, speakerSites } from '../core/speakers';
import { LANGUAGE_ID } from './commands';
import { toRange, type TranscriptCache } from './transcriptCache';

/** Highlights and Find All References for the speaker under the cursor: their labels, bylines and header fields. */
export function registerSpeakerHighlights(cache: TranscriptCache): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  // The sites naming the speaker at a position, none when no name is there.
  const sitesAt = (doc: vscode.TextDocument, position: vscode.Position) => {
    const t = cache.get(doc);
    const site = speakerAt(t, doc.offsetAt(position));
    return site ? speakerSites(t, site.key) : [];
  };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights: (doc, position) =>
        // A label is where the speaker speaks (a write); a byline or header only names them (a read).
        sitesAt(doc, position).map(
          (s) =>
            new vscode.DocumentHighlight(
              toRange(doc, s.range),
              s.role === 'label' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
            ),
        ),
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences: (doc, position, context) => {
        const sites = sitesAt(doc, position);
        // The first label introduces the speaker: it is the declaration the request may leave out.
        const first = sites.find((s) => s.role === 'label');
        return sites
          .filter((s) => context.includeDeclaration || s !== first)
          .map((s) => new vscode.Location(doc.uri, toRange(doc, s.range)));
      },
    }),
  );
}
