import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { HostMessage, WebviewMessage } from '../shared/protocol';

/** The parallel view's webview panel: locked down (nonce CSP, resources from dist/webview only), typed messages. */
export class ParallelPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;

  constructor(extensionUri: vscode.Uri, title: string, onMessage: (message: WebviewMessage) => void, onDispose: () => void) {
    const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    // An editor panel rather than a sidebar view: two or more columns of sentences need the width of an editor.
    this.panel = vscode.window.createWebviewPanel(
      'interlinear.parallelView',
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [root],
        retainContextWhenHidden: false,
      },
    );
    this.panel.webview.html = html(this.panel.webview, root);
    this.panel.webview.onDidReceiveMessage(onMessage);
    this.panel.onDidDispose(onDispose);
  }

  /** Sends a message to the page (dropped if the page is gone). */
  post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.panel.dispose();
  }
}

function html(webview: vscode.Webview, root: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'style.css'));
  const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${style}">
  <title>Parallel View</title>
</head>
<body>
  <div id="top">
  <div id="toolbar" role="toolbar" aria-label="Parallel view">
    <span id="summary" aria-live="polite"></span>
    <button id="previous" title="Previous pair to review (P)">↑ Previous</button>
    <button id="next" title="Next pair to review (N)">↓ Next</button>
    <button id="merge" title="Join the selected row with the next one (M)">Merge</button>
    <button id="split" title="Split the selected row into one pair per sentence (S)">Split</button>
    <button id="unlink" title="The selected sentences do not translate each other (U)">Unlink</button>
    <span class="spacer"></span>
    <button id="export-markdown" title="A cleaned Markdown edition of the original, previewed before it is written">Export Markdown…</button>
    <button id="export-bilingual" title="The original and its translation sentence by sentence, previewed before it is written">Export Bilingual…</button>
  </div>
  <div id="header" role="row"></div>
  </div>
  <div id="rows" role="table" tabindex="0" aria-label="Aligned sentences"></div>
  <div id="status" role="status">Aligning…</div>
  <div id="assist" role="region" aria-label="Translation help for the selected row" hidden></div>
  <script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
