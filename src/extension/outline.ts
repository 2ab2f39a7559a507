import * as vscode from 'vscode';
import { buildOutline, foldingSpans, type OutlineNode, type Transcript } from '../core/base';
import { LANGUAGE_ID } from './commands';
import { loadChecks } from './loadChecks';
import type { PeopleService } from './peopleService';
import { toRange, type TranscriptCache } from './transcriptCache';

// Sections are strings as Markdown's headings are; a paragraph and a line naming someone show the text icon (Key's).
const KINDS: Record<OutlineNode['kind'], vscode.SymbolKind> = {
  section: vscode.SymbolKind.String,
  turn: vscode.SymbolKind.Event,
  paragraph: vscode.SymbolKind.Key,
  speakers: vscode.SymbolKind.Namespace,
  person: vscode.SymbolKind.Constant,
  spelling: vscode.SymbolKind.String,
  mention: vscode.SymbolKind.Key,
};

/** Outline and breadcrumbs (sections → turns, or paragraphs; then the speakers by person) and folding per section and turn. */
export function registerOutline(cache: TranscriptCache, people: PeopleService, output: vscode.LogOutputChannel): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        provideDocumentSymbols: async (doc) => {
          await people.ready();
          return outline(cache.get(doc), doc, people, output).map((node) => toSymbol(doc, node));
        },
      },
      { label: 'Transcript' },
    ),
    vscode.languages.registerFoldingRangeProvider(selector, {
      provideFoldingRanges: (doc) =>
        foldingSpans(cache.get(doc)).map((span) => new vscode.FoldingRange(span.startLine, span.endLine, vscode.FoldingRangeKind.Region)),
    }),
  );
}

// The outline with the document's people; without the checks bundle (a broken install), the document's structure alone.
function outline(t: Transcript, doc: vscode.TextDocument, people: PeopleService, output: vscode.LogOutputChannel): OutlineNode[] {
  try {
    return loadChecks().outlineWithPeople(t, people.get(doc));
  } catch (error) {
    output.error(`The outline of ${vscode.workspace.asRelativePath(doc.uri)} lists no people:`, error);
    return buildOutline(t);
  }
}

// Maps one outline node, with its children, to a document symbol.
function toSymbol(doc: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(
    node.name,
    node.detail,
    KINDS[node.kind],
    toRange(doc, node.range),
    toRange(doc, node.selectionRange),
  );
  symbol.children = node.children.map((child) => toSymbol(doc, child));
  return symbol;
}
