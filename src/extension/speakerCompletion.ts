import * as vscode from 'vscode';
import { labelCompletions, termCompletions, type LabelCompletions, type TermCompletion } from '../core/speakers';
import { LANGUAGE_ID } from './commands';
import type { GlossaryStore } from './glossaryStore';
import { toRange, type TranscriptCache } from './transcriptCache';

/**
 * Completion of speaker labels at the start of a turn, in the document's own label style (or of a name inside a
 * label), and of glossary terms in prose. `*` starts a bold label.
 */
export function registerSpeakerCompletion(cache: TranscriptCache, glossary: GlossaryStore): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: LANGUAGE_ID },
    {
      async provideCompletionItems(doc, position, token) {
        const t = cache.get(doc);
        const offset = doc.offsetAt(position);
        const labels = labelCompletions(t, offset);
        const items = labels ? labelItems(doc, labels) : [];
        // A name inside a label is a speaker, never a term.
        if (labels?.kind === 'name') return items;
        const terms = termCompletions(await glossary.get(), t.language.tag, t.text, offset);
        if (token.isCancellationRequested || !terms) return items;
        const range = toRange(doc, terms.range);
        return new vscode.CompletionList([...items, ...terms.items.map((term) => termItem(term, range))], terms.incomplete);
      },
    },
    '*',
  );
}

// Each speaker as a label (timestamps left to fill in) or as a name, in the core's order.
function labelItems(doc: vscode.TextDocument, c: LabelCompletions): vscode.CompletionItem[] {
  const range = toRange(doc, c.range);
  return c.items.map((item, i) => {
    const completion = new vscode.CompletionItem(
      { label: item.name, description: `${item.turns} turn${item.turns === 1 ? '' : 's'}` },
      vscode.CompletionItemKind.User,
    );
    const snippet = new vscode.SnippetString();
    for (const part of item.parts) {
      if ('timestamp' in part) snippet.appendPlaceholder(part.timestamp);
      else if ('text' in part) snippet.appendText(part.text);
    }
    completion.insertText = snippet;
    completion.range = range;
    completion.filterText = c.filterByLabel ? item.text : item.name;
    completion.sortText = `0${String(i).padStart(4, '0')}`;
    completion.detail = c.kind === 'label' ? item.text : `Speaker (${item.turns} turns)`;
    return completion;
  });
}

// A glossary term, with its translation beside it and its note as documentation.
function termItem(term: TermCompletion, range: vscode.Range): vscode.CompletionItem {
  const { entry } = term;
  const other = term.via === 'term' ? entry.translation : entry.term;
  const item = new vscode.CompletionItem({ label: term.text, description: other }, vscode.CompletionItemKind.Reference);
  item.range = range;
  item.sortText = `1${term.text}`;
  item.detail = 'Glossary';
  if (entry.note) item.documentation = new vscode.MarkdownString().appendText(entry.note);
  return item;
}
