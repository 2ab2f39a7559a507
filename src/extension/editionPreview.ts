import * as path from 'path';
import * as vscode from 'vscode';

/** The scheme of an edition shown before it is written: read-only, held in memory, gone when VS Code closes. */
export const EDITION_SCHEME = 'interlinear-edition';

/** An edition waiting in the preview: its text, the document it was made from and the file it is to become. */
export interface PendingEdition {
  readonly source: vscode.Uri;
  readonly target: vscode.Uri;
  readonly markdown: string;
  /** The change report, for "Show Changes". */
  readonly report: string;
}

/**
 * Serves editions to VS Code's diff editor, so the source and the result are compared before anything is written.
 * Each preview has its own URI (a counter in the query), so two exports of one file never show each other's text.
 */
export class EditionPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pending = new Map<string, PendingEdition>();
  private readonly registration: vscode.Disposable;
  private count = 0;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(EDITION_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pending.get(uri.toString())?.markdown ?? '';
  }

  /** The edition waiting behind a preview URI. */
  get(uri: vscode.Uri): PendingEdition | undefined {
    return this.pending.get(uri.toString());
  }

  /** Shows the source against the edition in the diff editor; returns the preview's URI. */
  async show(edition: PendingEdition): Promise<vscode.Uri> {
    const preview = vscode.Uri.from({ scheme: EDITION_SCHEME, path: edition.target.path, query: String(++this.count) });
    this.pending.set(preview.toString(), edition);
    const title = `${path.posix.basename(edition.source.path)} ↔ ${path.posix.basename(edition.target.path)} (export preview)`;
    await vscode.commands.executeCommand('vscode.diff', edition.source, preview, title, { preview: true });
    return preview;
  }

  /** The preview behind the active editor, if it is one. */
  active(): vscode.Uri | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri?.scheme === EDITION_SCHEME ? uri : undefined;
  }

  dispose(): void {
    this.registration.dispose();
    this.pending.clear();
  }
}
