// The extension is installed in the real extension host and activates without throwing.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'interlinear.interlinear';

suite('Activation', () => {
  test('Should find the Interlinear extension', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not installed`);
  });

  test('Should activate', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // activate() resolves once activation finished (or rejects with its error): no waiting on timers.
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });
});
