import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { cuesToTranscript, parseWhisperJson } from '../../src/core/formats';
import { openTranscript, repoRoot } from './util';

// The speaker labels of a document, in order, as the lines show them.
function labels(doc: vscode.TextDocument, pattern: RegExp): string[] {
  const out: string[] = [];
  for (let i = 0; i < doc.lineCount; i++) {
    const m = pattern.exec(doc.lineAt(i).text);
    if (m) out.push(m[1]);
  }
  return out;
}
const boldLabel = /^\*\*(.+?)\*\*：/u;

// The position just inside the first occurrence of `needle`, `into` characters in.
function positionOf(doc: vscode.TextDocument, needle: string, into: number): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `no "${needle}"`);
  return doc.positionAt(at + into);
}

// A completion item's label as text.
const labelText = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Speakers as symbols in VS Code', () => {
  // Reverted first: closing a changed document would stop at a "save changes?" dialog.
  teardown(async () => {
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++)
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Should rename every label of a seed 000 speaker with F2, and nothing else, in one undo step', async () => {
    const editor = await openTranscript('000');
    const doc = editor.document;
    const original = doc.getText();
    const position = positionOf(doc, '**Damien Duportal**', 4);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename',
      doc.uri,
      position,
    );
    assert.strictEqual(prepared.placeholder, 'Damien Duportal');
    assert.strictEqual(doc.getText(prepared.range), 'Damien Duportal');

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      position,
      'Damien D.',
    );
    const before = labels(doc, boldLabel);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepStrictEqual(
      labels(doc, boldLabel),
      before.map((n) => (n === 'Damien Duportal' ? 'Damien D.' : n)),
    );
    assert.ok(doc.getText().includes('—Damien D.\n'), 'the bylines follow');
    assert.strictEqual(doc.getText().replaceAll('Damien D.', 'Damien Duportal'), original, 'only the names changed');

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), original);
  });

  test("Should offer the seed's speakers at the start of a turn, in its label style", async () => {
    const editor = await openTranscript('000');
    const doc = editor.document;
    // The blank line after the first turn.
    const line = positionOf(doc, '**维克托·法尔奇**：', 0).line + 1;
    assert.strictEqual(doc.lineAt(line).text, '');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(line, 0),
    );
    const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.User);
    const names = ours.map(labelText);
    for (const name of ['Damien Duportal', 'Viktor Farcic', '维克托·法尔奇', '达米安·杜波塔尔', '达米恩·杜波塔尔'])
      assert.ok(names.includes(name), `${name} not in ${names.join(', ')}`);
    const damien = ours.find((i) => labelText(i) === 'Damien Duportal')!;
    assert.strictEqual((damien.insertText as vscode.SnippetString).value, '**Damien Duportal**：');
  });

  test('Should show the turns and spelling variants of a speaker on hover, and highlight every label of theirs', async () => {
    const editor = await openTranscript('000');
    const doc = editor.document;
    const position = positionOf(doc, '**Damien Duportal**', 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    // As Markdown source: text appended to a MarkdownString keeps its spaces as &nbsp; and its punctuation escaped.
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/&nbsp;/g, ' ')
      .replace(/\\(.)/g, '$1');
    assert.ok(text.includes('15 turns'), text);
    for (const variant of ['达米恩·杜波塔尔', '达米安·杜波塔尔', '达米安·杜波特尔'])
      assert.ok(text.includes(variant), `${variant} not in: ${text}`);

    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      doc.uri,
      position,
    );
    assert.strictEqual(highlights.length, 18); // 15 labels and 3 bylines
    assert.ok(highlights.every((h) => doc.getText(h.range) === 'Damien Duportal'));
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position);
    assert.strictEqual(references.length, 18);

    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'duportal');
    assert.ok(
      symbols.some((s) => s.name === 'Damien Duportal' && s.location.uri.toString() === doc.uri.toString()),
      symbols.map((s) => s.name).join(', '),
    );
  });

  test('Should rename SPEAKER_01 of a transcript converted from WhisperX JSON in all its turns, in one undo step', async () => {
    const json = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'formats', 'whisperx-3-speakers.json'), 'utf8');
    const content = cuesToTranscript(parseWhisperJson(json).file).text;
    const doc = await vscode.workspace.openTextDocument({ language: 'transcript', content });
    await vscode.window.showTextDocument(doc);
    const timestamped = /^\[[\d:]+\] (\S+): /u;
    const before = labels(doc, timestamped);
    assert.ok(before.filter((n) => n === 'SPEAKER_01').length > 10);

    const position = positionOf(doc, 'SPEAKER_01', 3);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      position,
      'Maria',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepStrictEqual(
      labels(doc, timestamped),
      before.map((n) => (n === 'SPEAKER_01' ? 'Maria' : n)),
    );

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), content);
  });
});
