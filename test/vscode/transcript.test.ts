import * as assert from 'assert';
import * as vscode from 'vscode';
import { countSymbols, openTranscript, waitFor } from './util';

suite('Transcripts in VS Code', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('Should open every seed as a transcript through interlinear.filePatterns', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const editor = await openTranscript(prefix);
      assert.strictEqual(editor.document.languageId, 'transcript');
    }
  });

  test('Should outline seed 000 as its 8 sections holding 45 turns', async () => {
    const editor = await openTranscript('000');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.strictEqual(symbols.length, 8);
    assert.ok(symbols.every((s) => s.kind === vscode.SymbolKind.String));
    assert.strictEqual(countSymbols(symbols, vscode.SymbolKind.Event), 45);
    const firstTurn = symbols[0].children.find((s) => s.kind === vscode.SymbolKind.Event);
    assert.ok(firstTurn && firstTurn.name.startsWith('维克托·法尔奇: '), firstTurn?.name);
  });

  test("Should outline seed 001's 74 turns", async () => {
    const editor = await openTranscript('001');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.strictEqual(countSymbols(symbols, vscode.SymbolKind.Event), 74);
  });

  test('Should offer folding ranges for sections and multi-line turns', async () => {
    const editor = await openTranscript('000');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const headingLines = new Set<number>();
    for (let i = 0; i < editor.document.lineCount; i++) if (editor.document.lineAt(i).text.startsWith('## ')) headingLines.add(i);
    assert.strictEqual(headingLines.size, 8);
    for (const line of headingLines)
      assert.ok(
        ranges.some((r) => r.start === line && r.end > line),
        `no fold at heading line ${line + 1}`,
      );
  });

  test('Should move to the next and previous turn of the same speaker', async () => {
    const editor = await openTranscript('001');
    const doc = editor.document;
    const lineOf = (text: string, from = 0) => {
      for (let i = from; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(text)) return i;
      return -1;
    };
    const first = lineOf('Andy Clemenko: ');
    const second = lineOf('Andy Clemenko: ', first + 1);
    editor.selection = new vscode.Selection(first, 20, first, 20);
    await vscode.commands.executeCommand('interlinear.nextSpeakerTurn');
    assert.strictEqual(editor.selection.active.line, second);
    assert.strictEqual(doc.getText(editor.selection), 'Andy Clemenko');
    await vscode.commands.executeCommand('interlinear.previousSpeakerTurn');
    assert.strictEqual(editor.selection.active.line, first);
  });

  test('Should treat any open file as a transcript on command', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Ann: hello\nBob: hi\n' });
    await vscode.window.showTextDocument(doc);
    const switched = waitFor(vscode.workspace.onDidOpenTextDocument, (d) => (d.languageId === 'transcript' ? d : undefined), 10_000);
    await vscode.commands.executeCommand('interlinear.treatAsTranscript');
    const reopened = await switched;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', reopened.uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['Ann: hello', 'Bob: hi'],
    );
  });
});
