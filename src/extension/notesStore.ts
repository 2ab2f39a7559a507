import * as path from 'path';
import * as vscode from 'vscode';
import {
  loadAnnotations,
  mergeSidecars,
  parseSidecar,
  reanchorSidecar,
  saveAnnotations,
  EMPTY_SIDECAR,
  type AnnotationSidecar,
  type PlacedAnnotation,
} from '../core/annotations';
import type { EditLike } from '../core/anchors';
import { annotationsPath } from '../core/base';
import { onDiskUri, WorkspaceFileSystem } from './workspaceFileSystem';

/** The notes on one document as the editor holds them: placed on its current text. */
export interface DocumentNotes {
  readonly uri: vscode.Uri;
  /** The notes, their anchors re-made on the current text (what the sidecar gets on the next save). */
  readonly sidecar: AnnotationSidecar;
  /** Where each note sits now; an orphaned one has no range. */
  readonly placed: readonly PlacedAnnotation[];
}

// One document's notes and what they were last saved or loaded as (the base of a three-way merge).
interface Held {
  notes: DocumentNotes;
  base: AnnotationSidecar | undefined;
  // The sidecar text this window last wrote or read: a watcher event for exactly that is our own write.
  lastSeen: string | undefined;
}

/**
 * The review notes of open documents, kept on their text: loaded from `X.annotations.json` when a document opens,
 * moved with every edit (the editor's own change events, so exact), merged by id with the sidecar whenever another
 * window, a tool or a `git pull` changes it, and saved atomically after each change to a note and with the document.
 */
export class NotesStore implements vscode.Disposable {
  private readonly held = new Map<string, Promise<Held>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[];

  /** Fires with a document's URI after its notes changed or moved. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const fromDisk = (sidecar: vscode.Uri) => void this.sidecarChanged(sidecar);
    this.disposables = [
      watcher,
      watcher.onDidChange(fromDisk),
      watcher.onDidCreate(fromDisk),
      watcher.onDidDelete(fromDisk),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && void this.moved(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.saved(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.held.delete(doc.uri.toString())),
      this.changed,
    ];
  }

  /** The notes on a document (loaded on first ask). */
  async get(doc: vscode.TextDocument): Promise<DocumentNotes> {
    return (await this.hold(doc)).notes;
  }

  /** The notes already loaded for a URI, without loading. */
  async peek(uri: vscode.Uri): Promise<DocumentNotes | undefined> {
    return (await this.held.get(uri.toString()))?.notes;
  }

  /**
   * Changes a document's notes (`change` gets the sidecar and the document's text) and saves them; returns the
   * notes as saved. A sidecar that cannot be written is reported and the change kept in the editor.
   */
  async change(doc: vscode.TextDocument, change: (sidecar: AnnotationSidecar, text: string) => AnnotationSidecar): Promise<DocumentNotes> {
    const held = await this.hold(doc);
    const text = doc.getText();
    held.notes = place(doc.uri, change(held.notes.sidecar, text), text);
    this.changed.fire(doc.uri);
    await this.save(doc, held);
    return held.notes;
  }

  private hold(doc: vscode.TextDocument): Promise<Held> {
    const key = doc.uri.toString();
    let held = this.held.get(key);
    if (!held) {
      held = this.load(doc);
      this.held.set(key, held);
    }
    return held;
  }

  private async load(doc: vscode.TextDocument): Promise<Held> {
    // A new file with nowhere to be saved yet has no notes beside it: they are kept here until it has a name.
    if (onDiskUri(doc.uri).scheme === 'untitled')
      return { notes: place(doc.uri, EMPTY_SIDECAR, doc.getText()), base: undefined, lastSeen: undefined };
    const { fs, file } = locate(doc.uri);
    const loaded = await loadAnnotations(fs, file);
    const problems = loaded.status === 'loaded' ? loaded.problems : loaded.status === 'unreadable' ? [loaded.message] : [];
    problems.forEach((p) => this.output.warn(`Notes: ${p}`));
    if (problems.length) void vscode.window.showWarningMessage(`Interlinear: ${problems[0]}`);
    const notes = place(doc.uri, loaded.value, doc.getText());
    if (notes.placed.some((p) => p.orphaned))
      this.output.warn(
        `Notes: ${notes.placed.filter((p) => p.orphaned).length} note(s) on ${file} could not be placed (shown as orphaned).`,
      );
    return { notes, base: loaded.value, lastSeen: undefined };
  }

  // An edit in the editor: every note follows its text, exactly, through the change event's own edits.
  private async moved(e: vscode.TextDocumentChangeEvent): Promise<void> {
    const pending = this.held.get(e.document.uri.toString());
    if (!pending) return;
    const held = await pending;
    if (!held.notes.sidecar.annotations.length) return;
    const edits: EditLike[] = e.contentChanges.map((c) => ({
      range: { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength },
      newText: c.text,
    }));
    const { sidecar, placed } = reanchorSidecar(held.notes.sidecar, e.document.getText(), { edits });
    held.notes = { uri: e.document.uri, sidecar, placed };
    this.changed.fire(e.document.uri);
  }

  // Saved with the document, so that the positions on disk are those of the text on disk.
  private async saved(doc: vscode.TextDocument): Promise<void> {
    const pending = this.held.get(doc.uri.toString());
    if (!pending) return;
    const held = await pending;
    if (held.notes.sidecar.annotations.length || held.base?.annotations.length) await this.save(doc, held);
  }

  private async save(doc: vscode.TextDocument, held: Held): Promise<void> {
    if (onDiskUri(doc.uri).scheme === 'untitled') return;
    const { fs, file } = locate(doc.uri);
    try {
      const result = await saveAnnotations(fs, file, held.notes.sidecar, held.base);
      if (!result.ok) throw new Error(result.message);
      held.base = result.saved;
      held.lastSeen = result.text;
      // The merge may have brought in notes written elsewhere meanwhile.
      if (result.saved.annotations.length !== held.notes.sidecar.annotations.length) {
        held.notes = place(doc.uri, result.saved, doc.getText());
        this.changed.fire(doc.uri);
      }
    } catch (error) {
      this.output.error(`Notes: could not save ${annotationsPath(file)}: ${(error as Error).message}`);
      void vscode.window.showErrorMessage(`Interlinear: the notes could not be saved: ${(error as Error).message}`);
    }
  }

  // The sidecar changed on disk: merged by id with what this window holds (another window's or a pull's notes kept).
  private async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    const docUri = sidecar.with({ path: sidecar.path.replace(/\.annotations\.json$/, '') });
    const pending = this.held.get(docUri.toString());
    if (!pending) return;
    const held = await pending;
    const { fs, file } = locate(docUri);
    const text = await readText(fs, annotationsPath(file));
    if (text === held.lastSeen) return;
    held.lastSeen = text;
    const disk = text === undefined ? EMPTY_SIDECAR : parseSidecar(text);
    if (!disk.usable) return void this.output.warn(`Notes: ${annotationsPath(file)}: ${disk.problems[0]}; kept the notes in the editor.`);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === docUri.toString());
    if (!doc) return;
    // Deleted on disk: what the editor holds stays (never dropped); otherwise merged three-way against the last base.
    const merged = text === undefined ? held.notes.sidecar : mergeSidecars(held.notes.sidecar, disk, held.base);
    held.base = text === undefined ? held.base : disk;
    held.notes = place(docUri, merged, doc.getText());
    this.changed.fire(docUri);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

// A document's folder as a project file system and the document's name in it (the sidecar lives beside it). A new
// file not yet saved ("Start Translation" makes one) has its notes beside where it will be saved.
function locate(uri: vscode.Uri): { fs: WorkspaceFileSystem; file: string } {
  const onDisk = onDiskUri(uri);
  return { fs: new WorkspaceFileSystem(vscode.Uri.joinPath(onDisk, '..')), file: path.posix.basename(onDisk.path) };
}

function place(uri: vscode.Uri, sidecar: AnnotationSidecar, text: string): DocumentNotes {
  const { sidecar: placedSidecar, placed } = reanchorSidecar(sidecar, text);
  return { uri, sidecar: placedSidecar, placed };
}

async function readText(fs: WorkspaceFileSystem, file: string): Promise<string | undefined> {
  const read = await fs.readFile(file);
  return read.ok ? new TextDecoder().decode(read.bytes) : undefined;
}
