import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openTranscript, waitFor } from './util';

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');

// Waits until Interlinear's diagnostics of a document satisfy `ready`.
function diagnosticsWhen(uri: vscode.Uri, ready: (list: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const check = () => {
    const list = ours(uri);
    return list.length && ready(list) ? list : undefined;
  };
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => (e.uris.some((u) => u.toString() === uri.toString()) ? check() : undefined),
    20_000,
    check,
  );
}

function quickFixes(uri: vscode.Uri, range: vscode.Range): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

suite('Findings in the editor', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  test('Should leave a fixed document dirty and the file on disk as it was', async () => {
    const doc = (await openTranscript('002')).document;
    const onDisk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    const [mismatch] = (await diagnosticsWhen(doc.uri, (l) => l.some((d) => code(d) === 'name-mismatch'))).filter(
      (d) => code(d) === 'name-mismatch',
    );
    const fix = (await quickFixes(doc.uri, mismatch.range)).find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, 'no preferred fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.isDirty, 'the fix saved the document');
    assert.notStrictEqual(doc.getText(), onDisk);
    assert.strictEqual(fs.readFileSync(doc.uri.fsPath, 'utf8'), onDisk);
  });

  test('Should ignore a finding of a plain-text transcript in the baseline, write nothing into the text, and keep it ignored after a reopen', async function () {
    this.timeout(60_000);
    let doc = (await openTranscript('002')).document;
    const onDisk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    assert.ok(folder, 'the seed is not in the workspace');
    const baselinePath = path.join(folder.uri.fsPath, '.interlinear', 'baseline.json');
    const before = fs.existsSync(baselinePath) ? fs.readFileSync(baselinePath, 'utf8') : undefined;
    const isTarget = (d: vscode.Diagnostic) => code(d) === 'repetition' && doc.getText(d.range).trim() === 'They';
    try {
      const target = (await diagnosticsWhen(doc.uri, (l) => l.some(isTarget))).find(isTarget)!;
      const actions = await quickFixes(doc.uri, target.range);
      const ignore = actions.find((a) => /^Ignore .* for repetition in this document$/.test(a.title));
      assert.ok(ignore?.command, `no ignore action among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.strictEqual(ignore.edit, undefined, 'the ignore action edits the text');
      assert.ok(!actions.some((a) => /^Disable .* for this line$/.test(a.title)), 'a plain-text transcript is offered an inline comment');
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await diagnosticsWhen(doc.uri, (l) => !l.some(isTarget));
      assert.strictEqual(doc.getText(), onDisk);
      assert.ok(!doc.isDirty);
      assert.match(fs.readFileSync(baselinePath, 'utf8'), /"check":"repetition","exact":" They"/);

      // A reload: the editor closed and the file opened again is checked afresh, with the baseline read from disk.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      doc = (await openTranscript('002')).document;
      const again = await diagnosticsWhen(doc.uri, (l) => l.some((d) => code(d) === 'name-mismatch'));
      assert.ok(!again.some(isTarget), 'the ignored finding came back');
      assert.strictEqual(fs.readFileSync(doc.uri.fsPath, 'utf8'), onDisk);
    } finally {
      if (before === undefined) fs.rmSync(path.dirname(baselinePath), { recursive: true, force: true });
      else fs.writeFileSync(baselinePath, before);
    }
  });

  test("Should fade seed 004's site chrome over its lines, never an empty one, and widen a one-character punctuation finding", async () => {
    const doc = (await openTranscript('004')).document;
    const chrome = (await diagnosticsWhen(doc.uri, (l) => l.some((d) => code(d) === 'boilerplate'))).filter(
      (d) => code(d) === 'boilerplate',
    );
    assert.ok(chrome.length > 3, `${chrome.length} boilerplate diagnostics: the blocks are not split at empty lines`);
    for (const d of chrome) {
      assert.deepStrictEqual(d.tags, [vscode.DiagnosticTag.Unnecessary]);
      for (const at of [d.range.start, d.range.end])
        assert.ok(!doc.lineAt(at.line).isEmptyOrWhitespace, `a boilerplate diagnostic starts or ends on empty line ${at.line + 1}`);
    }
    // The Problems panel lists each block once: its other paragraphs are hints.
    const listed = chrome.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    assert.strictEqual(listed.length, 3);

    const seed3 = (await openTranscript('003')).document;
    const marks = (await diagnosticsWhen(seed3.uri, (l) => l.some((d) => code(d) === 'punctuation'))).filter((d) =>
      /^ASCII/.test(d.message),
    );
    assert.ok(marks.length > 0);
    for (const d of marks) assert.ok(seed3.getText(d.range).length >= 2, `“${seed3.getText(d.range)}” is one character wide`);
  });
});
