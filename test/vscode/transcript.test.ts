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

  test('Should outline seed 000 as its 8 sections holding 45 turns, then its two speakers with their spellings and turns', async () => {
    const editor = await openTranscript('000');
    const doc = editor.document;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const sections = symbols.slice(0, -1);
    const speakers = symbols[symbols.length - 1];
    assert.strictEqual(sections.length, 8);
    assert.ok(sections.every((s) => s.kind === vscode.SymbolKind.String));
    assert.strictEqual(countSymbols(sections, vscode.SymbolKind.Event), 45);
    // A turn labelled with another spelling of its person names the person beside it.
    const firstTurn = sections[0].children.find((s) => s.kind === vscode.SymbolKind.Event);
    assert.ok(firstTurn && firstTurn.name.startsWith('维克托·法尔奇: '), firstTurn?.name);
    assert.strictEqual(firstTurn.detail, 'Viktor Farcic');
    // The speakers by person, each person's spellings under them, each spelling's turns under it: all 45, each once.
    assert.deepStrictEqual(
      [speakers.name, speakers.kind, speakers.detail],
      ['Speakers', vscode.SymbolKind.Namespace, '2 speakers · 9 spellings'],
    );
    assert.deepStrictEqual(
      speakers.children.map((p) => [p.name, p.kind]),
      [
        ['Viktor Farcic', vscode.SymbolKind.Constant],
        ['Damien Duportal', vscode.SymbolKind.Constant],
      ],
    );
    const spellings = speakers.children.flatMap((p) => p.children);
    assert.ok(spellings.every((s) => s.kind === vscode.SymbolKind.String && s.children.length > 0));
    const turns = spellings.flatMap((s) => s.children.filter((c) => c.kind === vscode.SymbolKind.Event).map((c) => [s.name, c] as const));
    assert.strictEqual(turns.length, 45);
    assert.strictEqual(new Set(turns.map(([, c]) => c.range.start.line)).size, 45);
    // Each stands on its label's name, so choosing it in the outline selects the name there.
    for (const [spelling, turn] of turns) assert.strictEqual(doc.getText(turn.selectionRange), spelling);
  });

  test("Should outline seed 001's 74 turns, and each of its two people's turns under them", async () => {
    const editor = await openTranscript('001');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.strictEqual(countSymbols(symbols.slice(0, -1), vscode.SymbolKind.Event), 74);
    const speakers = symbols[symbols.length - 1];
    // Spelled one way each: a person's turns right under them.
    assert.deepStrictEqual(
      speakers.children.map((p) => [p.name, p.children.filter((c) => c.kind === vscode.SymbolKind.Event).length]),
      [
        ['Viktor Farcic', 37],
        ['Andy Clemenko', 37],
      ],
    );
  });

  test('Should outline an article without headings or turns by its paragraphs, its author under Speakers', async () => {
    const editor = await openTranscript('004');
    const doc = editor.document;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const paragraphs = symbols.slice(0, -1);
    assert.ok(paragraphs.length > 20, `${paragraphs.length} paragraphs`);
    for (const p of paragraphs) {
      assert.strictEqual(p.kind, vscode.SymbolKind.Key);
      assert.ok(doc.lineAt(p.selectionRange.start.line).text.startsWith(p.name.replace(/…$/u, '')), p.name);
    }
    assert.ok(paragraphs.some((p) => p.name === '저자 : Mike Loukides'));
    const speakers = symbols[symbols.length - 1];
    assert.deepStrictEqual(
      speakers.children.map((p) => p.name),
      ['Mike Loukides'],
    );
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
      ['Ann: hello', 'Bob: hi', 'Speakers'],
    );
  });
});
