import * as assert from 'assert';
import * as vscode from 'vscode';
import { openTranscript, waitFor } from './util';

// Waits until Interlinear has published diagnostics for a document.
function interlinearDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const ours = () => {
    const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');
    return list.length ? list : undefined;
  };
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => (e.uris.some((u) => u.toString() === uri.toString()) ? ours() : undefined),
    20_000,
    ours,
  );
}

suite('Diagnostics and quick fixes', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  test('Should flag the wrong self-introduction in seed 002, fix it, and undo the fix', async () => {
    const editor = await openTranscript('002');
    const doc = editor.document;
    const original = doc.getText();
    const diagnostics = await interlinearDiagnostics(doc.uri);
    const mismatch = diagnostics.find((d) => doc.getText(d.range) === 'Jean-Pierre Vautour');
    assert.ok(
      mismatch,
      `no diagnostic on the name; got ${diagnostics.map((d) => `${doc.getText(d.range)} (${typeof d.code === 'object' ? d.code.value : d.code})`).join(', ')}`,
    );
    assert.strictEqual(typeof mismatch.code === 'object' && mismatch.code.value, 'name-mismatch');
    assert.ok(typeof mismatch.code === 'object' && mismatch.code.target.path.endsWith('docs/checks/name-mismatch.md'));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      mismatch.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `no preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const line = doc.lineAt(mismatch.range.start.line).text;
    assert.ok(line.includes('Julien Pivotto') && !line.includes('Vautour'), line);

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), original);
  });

  test('Should stop reporting a check switched off in the settings', async () => {
    const editor = await openTranscript('002');
    const uri = editor.document.uri;
    await interlinearDiagnostics(uri);
    const config = vscode.workspace.getConfiguration('interlinear.severity', uri);
    const cleared = waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const left = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');
        return left.every((d) => typeof d.code === 'object' && d.code.value !== 'name-mismatch') ? true : undefined;
      },
      20_000,
    );
    await config.update('name-mismatch', 'off', vscode.ConfigurationTarget.Global);
    try {
      assert.ok(await cleared);
    } finally {
      await config.update('name-mismatch', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
