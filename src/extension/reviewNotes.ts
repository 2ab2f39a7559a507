import * as vscode from 'vscode';
import {
  addAnnotation,
  addReply,
  deleteAnnotation,
  deleteComment,
  editComment,
  reopenAnnotation,
  resolveAnnotation,
  setCategory,
  CATEGORIES,
  type Annotation,
  type Category,
} from '../core/annotations';
import { COMMANDS } from './commands';
import { noteAuthor } from './noteAuthor';
import type { DocumentNotes, NotesStore } from './notesStore';
import { isTranscript, toRange } from './transcriptCache';

/** The id of the comment controller, as `when` clauses name it (`commentController == interlinear-notes`). */
export const NOTES_CONTROLLER = 'interlinear-notes';

/** A comment of a note's thread, as the Comments API shows it. */
class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  constructor(
    readonly annotationId: string,
    readonly commentId: string,
    public body: string,
    readonly author: vscode.CommentAuthorInformation,
    readonly contextValue: 'note' | 'reply',
    readonly timestamp?: Date,
    public label?: string,
  ) {}
  /** The text before an edit started, restored by Cancel. */
  saved = '';
}

// Where an annotation's thread is, and which note it shows.
interface ThreadOf {
  readonly uri: vscode.Uri;
  readonly id: string;
}

/** A note as the review panel's items carry it (its inline resolve and reopen buttons pass it). */
interface PanelNote {
  readonly uri: vscode.Uri;
  readonly note: { readonly annotation: Annotation };
}

/** Everything the note commands are given, for the tests and for callers other than the Comments UI. */
export interface AddNoteArgs {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
  readonly text: string;
  readonly category?: Category;
}

/**
 * Review notes in the editor through the Comments API: a thread per note on its span, with replies, edits, resolve
 * and reopen, delete, and a category; the notes live in the NotesStore (sidecar beside the file), which moves them
 * with the text. Orphaned notes show on the first line, labelled, so none is ever out of sight.
 */
export function registerReviewNotes(store: NotesStore): vscode.Disposable {
  const controller = vscode.comments.createCommentController(NOTES_CONTROLLER, 'Interlinear Review Notes');
  controller.options = { prompt: 'Add a review note…', placeHolder: 'What should the editor look at here?' };
  controller.commentingRangeProvider = {
    provideCommentingRanges: (doc) => (isTranscript(doc) ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
  };
  const threads = new Map<string, Map<string, vscode.CommentThread>>();
  const owner = new WeakMap<vscode.CommentThread, ThreadOf>();

  const sync = (notes: DocumentNotes) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.uri.toString());
    if (!doc) return;
    const mine = threads.get(notes.uri.toString()) ?? new Map<string, vscode.CommentThread>();
    threads.set(notes.uri.toString(), mine);
    const seen = new Set<string>();
    for (const p of notes.placed) {
      const a = p.annotation;
      seen.add(a.id);
      const range = p.range ? toRange(doc, p.range) : new vscode.Range(0, 0, 0, 0);
      let thread = mine.get(a.id);
      if (!thread) {
        thread = controller.createCommentThread(notes.uri, range, []);
        mine.set(a.id, thread);
        owner.set(thread, { uri: notes.uri, id: a.id });
      } else if (!thread.range?.isEqual(range)) thread.range = range;
      show(thread, a, p.orphaned);
    }
    for (const [id, thread] of mine) {
      if (seen.has(id)) continue;
      thread.dispose();
      mine.delete(id);
    }
  };
  const load = async (doc: vscode.TextDocument) => {
    if (isTranscript(doc)) sync(await store.get(doc));
  };

  // The note a Comments-UI argument stands for: a thread, or a comment of one.
  const noteOf = (arg: vscode.CommentThread | NoteComment | PanelNote | undefined): ThreadOf | undefined => {
    if (arg && 'note' in arg) return { uri: arg.uri, id: arg.note.annotation.id };
    if (arg instanceof NoteComment) {
      for (const [uri, mine] of threads) if (mine.has(arg.annotationId)) return { uri: vscode.Uri.parse(uri), id: arg.annotationId };
      return undefined;
    }
    return arg ? owner.get(arg) : undefined;
  };
  const change = async (of: ThreadOf | undefined, edit: Parameters<NotesStore['change']>[1]) => {
    if (!of) return;
    const doc = await vscode.workspace.openTextDocument(of.uri);
    sync(await store.change(doc, edit));
  };
  const addNote = async (args: AddNoteArgs): Promise<Annotation | undefined> => {
    const doc = await vscode.workspace.openTextDocument(args.uri);
    const author = await noteAuthor(doc.uri);
    let made: Annotation | undefined;
    const notes = await store.change(doc, (sidecar, text) => {
      const range = { start: doc.offsetAt(args.range.start), end: doc.offsetAt(args.range.end) };
      const added = addAnnotation(sidecar, text, range, args.text, { author, category: args.category });
      made = added.annotation;
      return added.sidecar;
    });
    sync(notes);
    return made;
  };

  const registration = vscode.Disposable.from(
    controller,
    store.onDidChange(async (uri) => {
      const notes = await store.peek(uri);
      if (notes) sync(notes);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void load(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      threads.get(doc.uri.toString())?.forEach((t) => t.dispose());
      threads.delete(doc.uri.toString());
    }),
    { dispose: () => threads.forEach((m) => m.forEach((t) => t.dispose())) },
    vscode.commands.registerCommand(COMMANDS.addNote, async (args?: AddNoteArgs) => {
      if (args) return addNote(args);
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isTranscript(editor.document) || editor.selection.isEmpty)
        return void vscode.window.showInformationMessage('Interlinear: select the text of a transcript to add a review note on it.');
      const category = await pickCategory();
      if (category === null) return undefined;
      const text = await vscode.window.showInputBox({ prompt: 'Review note', placeHolder: 'What should be looked at here?' });
      if (!text) return undefined;
      return addNote({ uri: editor.document.uri, range: editor.selection, text, category });
    }),
    // The Comments UI: a new thread's first comment makes the note; the temporary thread gives way to the note's own.
    vscode.commands.registerCommand(COMMANDS.createNote, async (reply: vscode.CommentReply) => {
      const { thread, text } = reply;
      const range = thread.range;
      thread.dispose();
      if (range && text.trim()) await addNote({ uri: thread.uri, range, text });
    }),
    vscode.commands.registerCommand(COMMANDS.replyNote, async (reply: vscode.CommentReply) => {
      const author = await noteAuthor(reply.thread.uri);
      if (reply.text.trim())
        await change(owner.get(reply.thread), (sidecar) => addReply(sidecar, owner.get(reply.thread)!.id, reply.text, { author }));
    }),
    vscode.commands.registerCommand(COMMANDS.editNote, (comment: NoteComment) => {
      const thread = findThread(threads, comment.annotationId);
      if (!thread) return;
      comment.saved = comment.body;
      comment.mode = vscode.CommentMode.Editing;
      thread.comments = [...thread.comments];
    }),
    vscode.commands.registerCommand(COMMANDS.saveNote, async (comment: NoteComment) => {
      await change(noteOf(comment), (sidecar) => editComment(sidecar, comment.annotationId, comment.commentId, String(comment.body)));
    }),
    vscode.commands.registerCommand(COMMANDS.cancelNoteEdit, (comment: NoteComment) => {
      const thread = findThread(threads, comment.annotationId);
      if (!thread) return;
      comment.body = comment.saved;
      comment.mode = vscode.CommentMode.Preview;
      thread.comments = [...thread.comments];
    }),
    vscode.commands.registerCommand(COMMANDS.deleteNoteComment, async (comment: NoteComment) => {
      await change(noteOf(comment), (sidecar) => deleteComment(sidecar, comment.annotationId, comment.commentId));
    }),
    vscode.commands.registerCommand(COMMANDS.deleteNote, async (thread: vscode.CommentThread | PanelNote) => {
      const of = noteOf(thread);
      const answer = await vscode.window.showWarningMessage('Delete this review note and its replies?', { modal: true }, 'Delete');
      if (answer === 'Delete') await change(of, (sidecar) => deleteAnnotation(sidecar, of!.id));
    }),
    vscode.commands.registerCommand(COMMANDS.resolveNote, async (thread: vscode.CommentThread | PanelNote) => {
      const of = noteOf(thread);
      await change(of, (sidecar) => resolveAnnotation(sidecar, of!.id));
    }),
    vscode.commands.registerCommand(COMMANDS.reopenNote, async (thread: vscode.CommentThread | PanelNote) => {
      const of = noteOf(thread);
      await change(of, (sidecar) => reopenAnnotation(sidecar, of!.id));
    }),
    vscode.commands.registerCommand(COMMANDS.setNoteCategory, async (thread: vscode.CommentThread | PanelNote, category?: Category) => {
      const of = noteOf(thread);
      const picked = category ?? (await pickCategory());
      if (picked !== null) await change(of, (sidecar) => setCategory(sidecar, of!.id, picked));
    }),
  );
  // Notes of documents already open when the extension starts.
  vscode.workspace.textDocuments.forEach((doc) => void load(doc));
  return registration;

  // Shows a note's comments, category and status on its thread.
  function show(thread: vscode.CommentThread, a: Annotation, orphaned: boolean): void {
    const name = (who?: { name: string }) => ({ name: who?.name || 'Unknown reviewer' });
    thread.comments = a.comments.map(
      (c, i) =>
        new NoteComment(
          a.id,
          c.id,
          c.value,
          name(c.creator ?? a.creator),
          i === 0 ? 'note' : 'reply',
          c.created ? new Date(c.created) : undefined,
          c.modified ? 'edited' : undefined,
        ),
    );
    const what = [a.category ? capitalise(a.category) : 'Note', a.status === 'resolved' ? 'resolved' : undefined].filter(Boolean);
    thread.label = orphaned ? `Orphaned note: “${a.anchor.exact.slice(0, 40)}” is no longer in the text` : what.join(' · ');
    thread.contextValue = a.status;
    thread.state = a.status === 'resolved' ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.canReply = true;
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
  }
}

function findThread(threads: Map<string, Map<string, vscode.CommentThread>>, id: string): vscode.CommentThread | undefined {
  for (const mine of threads.values()) {
    const t = mine.get(id);
    if (t) return t;
  }
  return undefined;
}

// A category from a quick pick: undefined for "no category", null when the pick was dismissed.
async function pickCategory(): Promise<Category | undefined | null> {
  const items = [
    ...CATEGORIES.map((c) => ({ label: capitalise(c), category: c as Category | undefined })),
    { label: 'No category', category: undefined },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Category of the review note', placeHolder: 'What is the note about?' });
  return picked ? picked.category : null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
