import * as vscode from 'vscode';
import { buildOutline, foldingSpans, type OutlineNode } from '../core/base';
import { LANGUAGE_ID } from './commands';
import { toRange, type TranscriptCache } from './transcriptCache';

/** Outline and breadcrumbs (sections → turns) and folding per section and turn. */
export function registerOutline(cache: TranscriptCache): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        provideDocumentSymbols: (doc) => buildOutline(cache.get(doc)).map((node) => toSymbol(doc, node)),
      },
      { label: 'Transcript' },
    ),
    vscode.languages.registerFoldingRangeProvider(selector, {
      provideFoldingRanges: (doc) =>
        foldingSpans(cache.get(doc)).map((span) => new vscode.FoldingRange(span.startLine, span.endLine, vscode.FoldingRangeKind.Region)),
    }),
  );
}

// Maps one outline node, with its children, to a document symbol.
function toSymbol(doc: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const kind = node.kind === 'section' ? vscode.SymbolKind.String : vscode.SymbolKind.Event;
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, kind, toRange(doc, node.range), toRange(doc, node.selectionRange));
  symbol.children = node.children.map((child) => toSymbol(doc, child));
  return symbol;
}
