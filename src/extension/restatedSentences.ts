import * as vscode from 'vscode';

/**
 * Sentences a parallel view reports with their original: its `untranslated` sentences, which `wrong-language` would
 * say again without the original. The document's own diagnostics leave those out while the view shows them — one
 * defect, one diagnostic (as `interlinear check --source` prints it).
 */
export class RestatedSentences implements vscode.Disposable {
  private readonly byUri = new Map<string, readonly vscode.Range[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** The sentences of `uri` another view now reports (none: undefined or empty). */
  set(uri: vscode.Uri, ranges: readonly vscode.Range[] | undefined): void {
    const key = uri.toString();
    const before = this.byUri.get(key) ?? [];
    const after = ranges ?? [];
    if (before.length === after.length && before.every((r, i) => r.isEqual(after[i]))) return;
    if (after.length) this.byUri.set(key, after);
    else this.byUri.delete(key);
    this.changed.fire(uri);
  }

  /** Whether a `wrong-language` diagnostic at `range` of `uri` says again what another view reports. */
  restates(uri: vscode.Uri, range: vscode.Range): boolean {
    return (this.byUri.get(uri.toString()) ?? []).some((r) => {
      const both = r.intersection(range);
      return both !== undefined && !both.isEmpty;
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
