import * as vscode from 'vscode';
import { restatingCheck } from '../core/base';

/** A bilingual finding as a parallel view shows it: its check and where. */
export interface ShownFinding {
  readonly checkId: string;
  readonly range: vscode.Range;
}

/**
 * What the parallel views report on their documents, with the original in view: a document's own diagnostic that
 * one of them says again (`restatingCheck`: `wrong-language` on a sentence `untranslated` reports) is left out
 * while the view shows it — one defect, one diagnostic, as `interlinear check --source` prints it.
 */
export class RestatedSentences implements vscode.Disposable {
  private readonly byUri = new Map<string, readonly ShownFinding[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** The bilingual findings a view now shows on `uri` (none: undefined or empty). */
  set(uri: vscode.Uri, shown: readonly ShownFinding[] | undefined): void {
    const key = uri.toString();
    const before = this.byUri.get(key) ?? [];
    const after = shown ?? [];
    if (before.length === after.length && before.every((f, i) => f.checkId === after[i].checkId && f.range.isEqual(after[i].range))) return;
    if (after.length) this.byUri.set(key, after);
    else this.byUri.delete(key);
    this.changed.fire(uri);
  }

  /** Whether a diagnostic of check `checkId` at `range` of `uri` says again what a view shows. */
  restates(uri: vscode.Uri, checkId: string | undefined, range: vscode.Range): boolean {
    const by = checkId === undefined ? undefined : restatingCheck(checkId);
    if (by === undefined) return false;
    return (this.byUri.get(uri.toString()) ?? []).some((f) => {
      const both = f.checkId === by ? f.range.intersection(range) : undefined;
      return both !== undefined && !both.isEmpty;
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
