import * as path from 'path';
import * as vscode from 'vscode';
import type { Finding } from '../core/base';
import type { HostMessage, ParallelRow, RenderReport, RowEdit, WebviewMessage } from '../shared/protocol';
import { COMMANDS } from './commands';
import { checkIdOf, toDiagnostic } from './diagnostics';
import type { RestatedSentences } from './restatedSentences';
import type { GlossaryStore } from './glossaryStore';
import { loadAlign } from './loadAlign';
import { ParallelPanel } from './parallelPanel';
import { ParallelModel, type ColumnDoc } from './parallelModel';
import { PublishedFindings } from './publishedFindings';
import type { Draft } from './draftTranslation';
import { TranslationHelp } from './translationHelp';
import { levelsFor } from './severity';
import { pairedDocuments } from './pairedDocuments';
import { onDiskUri, WorkspaceFileSystem } from './workspaceFileSystem';

// Quiet time after an edit before the alignment is made again.
const REALIGN_MS = 400;

/** The `source` of the translation checks' diagnostics (their own collection, kept while a parallel view is open). */
export const TRANSLATION_DIAGNOSTIC_SOURCE = 'interlinear translation';

/** Registers "Open Parallel View" and keeps each open view in step with its editors. */
export function registerParallelView(
  extensionUri: vscode.Uri,
  output: vscode.LogOutputChannel,
  glossary: GlossaryStore,
  restated: RestatedSentences,
): vscode.Disposable {
  const views = new Map<string, ParallelView>();
  const diagnostics = vscode.languages.createDiagnosticCollection(TRANSLATION_DIAGNOSTIC_SOURCE);
  const context: ViewContext = { extensionUri, output, glossary, diagnostics, restated };
  return vscode.Disposable.from(
    diagnostics,
    vscode.commands.registerCommand(COMMANDS.openParallelView, async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target)
        return void vscode.window.showInformationMessage('Open a transcript or its translation first, then run "Open Parallel View".');
      try {
        const docs = await pairedDocuments(target);
        if (!docs) return;
        const key = docs.map((d) => d.uri.toString()).join('|');
        const open = views.get(key);
        if (open) {
          open.reveal();
          return open;
        }
        // The original on the left, the translation beside it and the view beside both: the reader's three columns.
        await vscode.window.showTextDocument(docs[0], { viewColumn: vscode.ViewColumn.One, preserveFocus: true, preview: false });
        await vscode.window.showTextDocument(docs[1], { viewColumn: vscode.ViewColumn.Two, preview: false });
        await closeSwapped(docs[0].uri, docs[1].uri);
        const view = new ParallelView(context, docs, () => views.delete(key));
        views.set(key, view);
        return view;
      } catch (error) {
        output.error(`Parallel view: ${(error as Error).stack ?? error}`);
        void vscode.window.showErrorMessage(`Interlinear could not open the parallel view: ${(error as Error).message}`);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.draftTranslation, async (): Promise<Draft | undefined> => {
      const all = [...views.values()];
      const view = all.find((v) => v.active) ?? all[all.length - 1];
      if (!view)
        return void vscode.window.showInformationMessage(
          'Open a parallel view and select a row: Draft Translation drafts its translation.',
        );
      return view.draft();
    }),
    { dispose: () => views.forEach((v) => v.dispose()) },
  );
}

// A document moved to its column leaves its tab in the other behind (the translation was open on the left when
// the view opened): closed there, so that each is open once, the original left and the translation right.
async function closeSwapped(original: vscode.Uri, translation: vscode.Uri): Promise<void> {
  const stale = vscode.window.tabGroups.all.flatMap((g) =>
    g.tabs.filter((t) => {
      if (!(t.input instanceof vscode.TabInputText)) return false;
      const uri = t.input.uri.toString();
      return (
        (g.viewColumn === vscode.ViewColumn.One && uri === translation.toString()) ||
        (g.viewColumn === vscode.ViewColumn.Two && uri === original.toString())
      );
    }),
  );
  if (stale.length) await vscode.window.tabGroups.close(stale, true);
}

/** What every parallel view shares. */
interface ViewContext {
  readonly extensionUri: vscode.Uri;
  readonly output: vscode.LogOutputChannel;
  readonly glossary: GlossaryStore;
  readonly diagnostics: vscode.DiagnosticCollection;
  /** What these views report, which the documents' own diagnostics do not say again. */
  readonly restated: RestatedSentences;
}

/**
 * One parallel view: its panel, its documents and their alignment, kept in step both ways. The command returns
 * it, so that its messages can be followed and the page's can be played (the integration tests do both).
 */
export class ParallelView implements vscode.Disposable {
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  private readonly rendered = new vscode.EventEmitter<RenderReport>();
  /** Fires for every message sent to the page. */
  readonly onDidPost = this.posted.event;
  /** Fires when the page has drawn a table. */
  readonly onDidRender = this.rendered.event;
  private readonly panel: ParallelPanel;
  private readonly model: ParallelModel;
  private readonly help: TranslationHelp;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private disposed = false;

  private readonly output: vscode.LogOutputChannel;

  constructor(
    private readonly context: ViewContext,
    docs: vscode.TextDocument[],
    onDispose: () => void,
  ) {
    this.output = context.output;
    const columns: ColumnDoc[] = docs.map((doc) => ({ doc, fs: new WorkspaceFileSystem(vscode.Uri.joinPath(onDiskUri(doc.uri), '..')) }));
    this.model = new ParallelModel(columns);
    this.help = new TranslationHelp(this.model, context.glossary, context.output);
    const title = `Parallel: ${docs.map((d) => path.posix.basename(d.uri.path)).join(' ↔ ')}`;
    this.panel = new ParallelPanel(
      context.extensionUri,
      title,
      (m) => void this.receive(m),
      () => {
        this.dispose();
        onDispose();
      },
    );
    this.disposables.push(this.panel);
    const ours = (doc: vscode.TextDocument) => docs.some((d) => d.uri.toString() === doc.uri.toString());
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => ours(e.document) && e.contentChanges.length && this.schedule()),
      // Every move of the cursor, by keys, mouse or command; the view's own selections only reveal their own row again.
      vscode.window.onDidChangeTextEditorSelection((e) => ours(e.textEditor.document) && this.follow(e.textEditor)),
    );
  }

  /** Brings the panel to the front without taking the focus. */
  reveal(): void {
    this.panel.panel.reveal(undefined, true);
  }

  /** Closes the view. */
  close(): void {
    this.panel.dispose();
  }

  private post(message: HostMessage): void {
    this.panel.post(message);
    this.posted.fire(message);
  }

  /** Handles a message from the page. */
  async receive(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'rendered':
        this.rendered.fire(message);
        break;
      case 'ready':
        this.ready = true;
        await this.refresh();
        break;
      case 'select':
        await Promise.all([this.showRow(message.row), this.suggest(message.row)]);
        break;
      case 'edit':
        await this.edit(message.edit, message.row);
        break;
      case 'insert':
        await this.help.insert(message.row, message.match);
        break;
      case 'draft':
        await this.draft(message.row);
        break;
      case 'export':
        await vscode.commands.executeCommand(
          message.format === 'markdown' ? COMMANDS.exportMarkdown : COMMANDS.exportBilingual,
          this.model.docs[message.format === 'markdown' ? 0 : 1].doc.uri,
        );
        break;
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REALIGN_MS);
  }

  private async refresh(): Promise<void> {
    if (!this.ready) return;
    try {
      const original = this.model.docs[0].doc;
      const ids = loadAlign().PAIR_CHECKS.map((c) => c.id);
      const glossary = await this.context.glossary.get();
      // The texts the alignment reads (synchronously, first thing): the findings' offsets are in them.
      const versions = this.model.docs.map(({ doc }) => [doc.version, doc.getText()] as const);
      const { rows, orphaned, findings } = await this.model.align(glossary, levelsFor(original.uri, ids));
      if (this.disposed) return;
      this.post({ type: 'table', columns: this.model.columns(), rows: rows satisfies readonly ParallelRow[] });
      this.publish(findings, versions);
      if (orphaned) this.output.warn(`Parallel view: ${orphaned} alignment decision(s) no longer match the text and were set aside.`);
    } catch (error) {
      this.output.error(`Parallel view: ${(error as Error).stack ?? error}`);
      this.post({ type: 'error', text: `Could not align: ${(error as Error).message}` });
    }
  }

  // The translation checks' findings as diagnostics of the original and the first translation.
  private publish(findings: { source: readonly Finding[]; target: readonly Finding[] }, versions: (readonly [number, string])[]): void {
    const [source, target] = this.model.docs.map(({ doc }, i) => new PublishedFindings(doc, versions[i][0], versions[i][1], []));
    if (!source || !target) return;
    const { extensionUri, diagnostics } = this.context;
    diagnostics.set(
      source.document.uri,
      findings.source.map((f) => toDiagnostic(source, f, extensionUri, TRANSLATION_DIAGNOSTIC_SOURCE, target)),
    );
    const ofTarget = findings.target.map((f) => toDiagnostic(target, f, extensionUri, TRANSLATION_DIAGNOSTIC_SOURCE, source));
    diagnostics.set(target.document.uri, ofTarget);
    this.context.restated.set(
      target.document.uri,
      ofTarget.map((d) => ({ checkId: checkIdOf(d) ?? '', range: d.range })),
    );
  }

  // Selects each column's sentences of a row in its editor, opening the document beside if it is not shown.
  private async showRow(row: number): Promise<void> {
    const ranges = this.model.rowRanges(row);
    for (const [i, { doc }] of this.model.docs.entries()) {
      const range = ranges[i];
      if (!range) continue;
      const selection = new vscode.Selection(doc.positionAt(range.start), doc.positionAt(range.end));
      let editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      if (!editor && i > 1) continue; // further translations are read in the view itself
      editor ??= await vscode.window.showTextDocument(doc, { viewColumn: this.freeColumn(i), preserveFocus: true, preview: false });
      editor.selection = selection;
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  // The original on the left, the translation on the right, unless the other one already stands there: then the
  // other side, so that neither hides the other (nor opens a second time in another group).
  private freeColumn(i: number): vscode.ViewColumn {
    const wanted = i === 0 ? vscode.ViewColumn.One : vscode.ViewColumn.Two;
    const taken = this.model.docs.some(
      ({ doc }, k) => k !== i && vscode.window.visibleTextEditors.some((e) => e.document === doc && e.viewColumn === wanted),
    );
    return !taken ? wanted : wanted === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }

  private follow(editor: vscode.TextEditor): void {
    const column = this.model.docs.findIndex((d) => d.doc === editor.document);
    // A selection stands for the text it holds: its end is where the next sentence starts (the view's own
    // selection of a row ends there), so it is placed by its start.
    const { selection } = editor;
    const row = this.model.rowAt(column, editor.document.offsetAt(selection.isEmpty ? selection.active : selection.start));
    if (row === undefined || row === this.current) return;
    this.post({ type: 'reveal', row });
    void this.suggest(row);
  }

  private current: number | undefined;

  /** Drafts the row (the current one by default) with a language model, if VS Code offers one. */
  async draft(row = this.current): Promise<Draft> {
    if (row === undefined) {
      void vscode.window.showInformationMessage('Select a row of the parallel view first: its original is what gets drafted.');
      return { none: 'empty' };
    }
    return this.help.draft(row);
  }

  /** Whether the view's panel is the active one. */
  get active(): boolean {
    return this.panel.panel.active;
  }

  // The glossary's terms and the memory's matches for the row now selected.
  private async suggest(row: number): Promise<void> {
    this.current = row;
    try {
      const suggestions = await this.help.suggest(row);
      if (suggestions && this.current === row && !this.disposed) this.post(suggestions);
    } catch (error) {
      this.output.error(`Parallel view: suggestions: ${(error as Error).stack ?? error}`);
    }
  }

  private async edit(edit: RowEdit, row: number): Promise<void> {
    const problem = await this.model.edit(edit, row);
    if (problem) void vscode.window.showInformationMessage(problem);
    else await this.refresh();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    for (const { doc } of this.model.docs) {
      this.context.diagnostics.delete(doc.uri);
      this.context.restated.set(doc.uri, undefined);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
