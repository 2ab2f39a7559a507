import * as vscode from 'vscode';

/** Activates Interlinear: each feature registers itself and returns its disposer. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push();
}

/** Nothing to tear down beyond the subscriptions VS Code disposes. */
export function deactivate(): void {}
