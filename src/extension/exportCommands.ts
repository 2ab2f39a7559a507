import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportNote, ExportOptions, ExportResult, ExportSettingsInput } from '../core/export';
import { COMMANDS } from './commands';
import { EditionPreviews, type PendingEdition } from './editionPreview';
import { exportSettingsFor, loadProfile } from './exportSettings';
import type { GlossaryStore } from './glossaryStore';
import { loadChecks } from './loadChecks';
import type { NotesStore } from './notesStore';
import { pairedDocuments } from './pairedDocuments';
import { ParallelModel } from './parallelModel';
import { levelsFor } from './severity';
import { WorkspaceFileSystem } from './workspaceFileSystem';

/** What the export commands return: the preview shown and the edition behind it (the tests read both). */
export interface ExportShown {
  readonly preview: vscode.Uri;
  readonly edition: PendingEdition;
  readonly result?: ExportResult;
}

/** What "Write Edition" may be told instead of asking (the tests, or a caller that has asked already). */
export interface WriteOptions {
  /** Replace an existing file without asking. */
  readonly overwrite?: boolean;
}

/**
 * "Export Cleaned Markdown" and "Export Bilingual Markdown": the edition is made (with progress, cancellable), shown
 * against its source in the diff editor, and written only when the user says so ("Write Edition"), beside the source
 * under a new name, atomically; an existing file is replaced only after a question.
 */
export function registerExportCommands(
  glossary: GlossaryStore,
  notes: NotesStore,
  output: vscode.LogOutputChannel,
  version: string,
): vscode.Disposable {
  const generator = `Interlinear ${version}`;
  const previews = new EditionPreviews();
  const offer = async (edition: PendingEdition, preview: vscode.Uri) => {
    const name = path.posix.basename(edition.target.path);
    const choice = await vscode.window.showInformationMessage(
      `Interlinear: review the export, then write ${name}.`,
      'Write',
      'Show Changes',
    );
    if (choice === 'Write') await write(previews, preview, {}, output);
    else if (choice === 'Show Changes') {
      output.info(edition.report);
      output.show(true);
    }
  };
  return vscode.Disposable.from(
    previews,
    vscode.commands.registerCommand(COMMANDS.exportMarkdown, async (uri?: vscode.Uri): Promise<ExportShown | undefined> => {
      const doc = await documentFor(uri, 'Open the transcript to export, then run "Export Cleaned Markdown".');
      if (!doc) return undefined;
      try {
        const made = await cleaned(doc, await glossary.get(), await notesFor(notes, doc), generator, output);
        if (!made) return undefined;
        const preview = await previews.show(made.edition);
        void offer(made.edition, preview);
        return { preview, ...made };
      } catch (error) {
        return failed(error, output);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.exportBilingual, async (uri?: vscode.Uri): Promise<ExportShown | undefined> => {
      const doc = await documentFor(uri, 'Open a transcript or its translation, then run "Export Bilingual Markdown".');
      if (!doc) return undefined;
      try {
        const edition = await bilingual(doc, await glossary.get(), generator, output);
        if (!edition) return undefined;
        const preview = await previews.show(edition);
        void offer(edition, preview);
        return { preview, edition };
      } catch (error) {
        return failed(error, output);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.writeEdition, (preview?: vscode.Uri, options: WriteOptions = {}) =>
      write(previews, preview ?? previews.active(), options, output),
    ),
  );
}

// The document a command acts on: the one named, else the active editor's.
async function documentFor(uri: vscode.Uri | undefined, hint: string): Promise<vscode.TextDocument | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.uri.scheme === 'interlinear-edition') void vscode.window.showInformationMessage(`Interlinear: ${hint}`);
  return doc?.uri.scheme === 'interlinear-edition' ? undefined : doc;
}

// The cleaned edition of a document, made in steps under a cancellable progress notification.
async function cleaned(
  doc: vscode.TextDocument,
  glossary: ExportOptions['glossary'],
  notes: ExportOptions['notes'],
  generator: string,
  output: vscode.LogOutputChannel,
): Promise<{ edition: PendingEdition; result: ExportResult } | undefined> {
  const { exportEditionAsync, formatChanges, outputPathFor, ExportCancelled } = loadChecks();
  const name = path.posix.basename(doc.uri.path);
  const options: ExportOptions = {
    ...(await houseStyle(doc, output)),
    glossary,
    notes,
    fallbackTitle: name.replace(/\..*$/, ''),
    generator,
  };
  const text = doc.getText();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Interlinear: exporting ${name}`, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let done = 0;
      try {
        return await exportEditionAsync(
          text,
          options,
          (p) => {
            progress.report({ increment: (p.fraction - done) * 100, message: p.message });
            done = p.fraction;
          },
          abort.signal,
        );
      } catch (error) {
        if (error instanceof ExportCancelled) return undefined;
        throw error;
      } finally {
        cancel.dispose();
      }
    },
  );
  if (!result) return undefined;
  const target = vscode.Uri.joinPath(doc.uri, '..', outputPathFor(name));
  const report = formatChanges(result.changes, name);
  return { edition: { source: doc.uri, target, markdown: result.markdown, report }, result };
}

// The document's open review notes where they sit now, as footnote material: a resolved note was dealt with, and an
// orphaned one has no place to go.
async function notesFor(store: NotesStore, doc: vscode.TextDocument): Promise<ExportNote[]> {
  const { placed } = await store.get(doc);
  return placed.flatMap(({ annotation: a, range }) =>
    range && a.status === 'open'
      ? [
          {
            exact: a.anchor.exact,
            prefix: a.anchor.prefix,
            suffix: a.anchor.suffix,
            start: range.start,
            end: range.end,
            body: a.comments.map((c) => c.value).join(' — '),
          },
        ]
      : [],
  );
}

// The bilingual edition of an original and its translation, aligned as the parallel view aligns them.
async function bilingual(
  doc: vscode.TextDocument,
  glossary: NonNullable<ExportOptions['glossary']>,
  generator: string,
  output: vscode.LogOutputChannel,
): Promise<PendingEdition | undefined> {
  const docs = await pairedDocuments(doc.uri);
  if (!docs) return undefined;
  const [original, translation] = docs;
  const name = path.posix.basename(original.uri.path);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Interlinear: aligning ${name} for a bilingual edition` },
    async () => {
      const model = new ParallelModel(
        docs.slice(0, 2).map((d) => ({ doc: d, fs: new WorkspaceFileSystem(vscode.Uri.joinPath(d.uri, '..')) })),
      );
      await model.align(glossary, levelsFor(original.uri, []));
      const sides = model.bilingual();
      if (!sides) throw new Error(`${path.posix.basename(translation.uri.path)} and ${name} could not be aligned as transcripts.`);
      const { exportBilingual, outputPathFor } = loadChecks();
      const { markdown } = exportBilingual(sides.source, sides.target, sides.pairs, {
        ...(await houseStyle(original, output)),
        fallbackTitle: name.replace(/\..*$/, ''),
        generator,
      });
      const target = vscode.Uri.joinPath(original.uri, '..', outputPathFor(name, 'bilingual'));
      return { source: original.uri, target, markdown, report: '' };
    },
  );
}

// The team profile of the document's folder, then the user's settings over it.
async function houseStyle(
  doc: vscode.TextDocument,
  output: vscode.LogOutputChannel,
): Promise<ExportSettingsInput & Pick<ExportOptions, 'decisions'>> {
  const profile = await loadProfile(doc.uri, output);
  const settings = exportSettingsFor(doc.uri);
  return { ...profile.settings, ...settings, fixes: { ...profile.settings.fixes, ...settings.fixes }, decisions: profile.decisions };
}

// Writes a previewed edition beside its source and opens it; asks before replacing a file.
async function write(
  previews: EditionPreviews,
  preview: vscode.Uri | undefined,
  options: WriteOptions,
  output: vscode.LogOutputChannel,
): Promise<vscode.Uri | undefined> {
  const edition = preview && previews.get(preview);
  if (!edition) {
    void vscode.window.showInformationMessage('Interlinear: export a transcript first; its preview offers "Write Edition".');
    return undefined;
  }
  const name = path.posix.basename(edition.target.path);
  if (edition.target.toString() === edition.source.toString()) throw new Error('an edition never replaces its source');
  const folder = new WorkspaceFileSystem(vscode.Uri.joinPath(edition.target, '..'));
  if ((await folder.stat(name)) !== undefined && !options.overwrite) {
    const answer = await vscode.window.showWarningMessage(
      `${name} exists already. Replace it with this edition?`,
      { modal: true },
      'Replace',
    );
    if (answer !== 'Replace') return undefined;
  }
  try {
    await folder.writeFileAtomic(name, edition.markdown);
  } catch (error) {
    return failed(error, output, `could not write ${name}`);
  }
  output.info(`Export: wrote ${edition.target.fsPath}`);
  await vscode.window.showTextDocument(edition.target, { preview: false });
  return edition.target;
}

function failed(error: unknown, output: vscode.LogOutputChannel, what = 'the export failed'): undefined {
  output.error(`Export: ${what}: ${(error as Error).stack ?? error}`);
  void vscode.window.showErrorMessage(`Interlinear: ${what}: ${(error as Error).message}`);
  return undefined;
}
