import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CheckWorkspaceResult } from '../../src/extension/workspaceCheck';
import { seedUri, waitFor } from './util';

const SEEDS = ['000', '001', '002', '003', '004'];

// Runs "Interlinear: Check Workspace", with a cancellation token when given.
function checkWorkspace(token?: vscode.CancellationToken): Thenable<CheckWorkspaceResult> {
  return vscode.commands.executeCommand<CheckWorkspaceResult>('interlinear.checkWorkspace', token ? { token } : undefined);
}

// Interlinear's diagnostics of a file.
function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');
}

suite('Check Workspace', () => {
  test('Should fill the Problems panel with findings of every seed, none of them open', async () => {
    const result = await checkWorkspace();
    assert.strictEqual(result.cancelled, false);
    assert.strictEqual(result.checked, result.files);
    assert.ok(result.files >= SEEDS.length, `${result.files} files`);
    for (const prefix of SEEDS) {
      const uri = await seedUri(prefix);
      const found = ours(uri);
      assert.ok(found.length > 0, `no findings for seed ${prefix}`);
      assert.ok(
        found.every((d) => typeof d.code === 'object' && d.code.target.path.endsWith('.md')),
        'each code links to its check',
      );
    }
    const seed002 = ours(await seedUri('002'));
    assert.ok(
      seed002.some((d) => typeof d.code === 'object' && d.code.value === 'name-mismatch'),
      'the wrong self-introduction of seed 002',
    );
  });

  test('Should stop when cancelled: at once, and after the first file', async () => {
    const before = new vscode.CancellationTokenSource();
    before.cancel();
    const none = await checkWorkspace(before.token);
    assert.deepStrictEqual([none.cancelled, none.checked], [true, 0]);

    const during = new vscode.CancellationTokenSource();
    const first = waitFor(
      vscode.languages.onDidChangeDiagnostics,
      (e) => e.uris.some((u) => /\.(txt|md)$/.test(u.path)) || undefined,
      20_000,
    );
    const running = checkWorkspace(during.token);
    await first;
    during.cancel();
    const stopped = await running;
    assert.strictEqual(stopped.cancelled, true);
    assert.ok(stopped.checked >= 1 && stopped.checked <= stopped.files, `${stopped.checked} of ${stopped.files}`);
  });
});
