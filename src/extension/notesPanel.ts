import * as path from 'path';
import * as vscode from 'vscode';
import {
  authorOf,
  countAnnotations,
  filterAnnotations,
  loadAnnotations,
  noteText,
  reanchorAnnotations,
  CATEGORIES,
  STATUSES,
  type AnnotationFilter,
  type PlacedAnnotation,
} from '../core/annotations';
import { COMMANDS } from './commands';
import type { NotesStore } from './notesStore';
import { toRange } from './transcriptCache';
import { WorkspaceFileSystem } from './workspaceFileSystem';

// Quiet time after a change before the panel and the status bar are redrawn.
const REFRESH_MS = 250;

/** The id of the review panel (Explorer view). */
export const NOTES_VIEW = 'interlinearNotes';

type Node = { kind: 'file'; uri: vscode.Uri; notes: PlacedAnnotation[] } | { kind: 'note'; uri: vscode.Uri; note: PlacedAnnotation };

/**
 * The review panel: every note of the workspace by file, filtered by category, status and author, a click away
 * from its span; and the active document's counts in the status bar.
 */
export function registerNotesPanel(store: NotesStore): vscode.Disposable {
  const provider = new NotesTree(store);
  const view = vscode.window.createTreeView(NOTES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('interlinear.notes', vscode.StatusBarAlignment.Right, 99);
  status.name = 'Interlinear Review Notes';
  status.command = `${NOTES_VIEW}.focus`;
  const showStatus = async () => {
    const doc = vscode.window.activeTextEditor?.document;
    const notes = doc && (await store.peek(doc.uri));
    if (!notes?.placed.length) return status.hide();
    const counts = countAnnotations(notes.sidecar.annotations, notes.placed);
    status.text = `$(comment-discussion) ${counts.total} ${counts.total === 1 ? 'note' : 'notes'} · ${counts.byStatus.open} open`;
    const byCategory = Object.entries(counts.byCategory)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${c === 'none' ? 'no category' : c}: ${n}`);
    status.tooltip = [`Review notes on this file`, ...byCategory, counts.orphaned ? `${counts.orphaned} orphaned` : '']
      .filter(Boolean)
      .join('\n');
    status.show();
  };
  // Notes move with every keystroke: the tree (which reads every sidecar of the workspace) follows once typing pauses.
  let pending: NodeJS.Timeout | undefined;
  const refresh = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      provider.refresh();
      view.description = provider.describeFilter();
      void showStatus();
    }, REFRESH_MS);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
  return vscode.Disposable.from(
    view,
    status,
    watcher,
    watcher.onDidChange(refresh),
    watcher.onDidCreate(refresh),
    watcher.onDidDelete(refresh),
    store.onDidChange(refresh),
    vscode.window.onDidChangeActiveTextEditor(() => void showStatus()),
    vscode.commands.registerCommand(COMMANDS.filterNotes, async (filter?: AnnotationFilter) => {
      provider.filter = filter ?? (await pickFilter(await provider.authors())) ?? provider.filter;
      refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.clearNotesFilter, () => {
      provider.filter = {};
      refresh();
    }),
    vscode.commands.registerCommand(COMMANDS.revealNote, async (uri: vscode.Uri, note: PlacedAnnotation) => {
      const editor = await vscode.window.showTextDocument(uri, { preview: true });
      if (!note.range)
        return void vscode.window.showWarningMessage(
          `Interlinear: this note's text (“${note.annotation.anchor.exact}”) is no longer in the file.`,
        );
      const range = toRange(editor.document, note.range);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    {
      dispose: () => {
        clearTimeout(pending);
        provider.dispose();
      },
    },
  );
}

class NotesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: AnnotationFilter = {};

  constructor(private readonly store: NotesStore) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  describeFilter(): string | undefined {
    const f = this.filter;
    const parts = [
      f.status,
      f.category && (f.category === 'none' ? 'no category' : f.category),
      f.author !== undefined && (f.author || 'no author'),
    ];
    return parts.filter(Boolean).join(' · ') || undefined;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'file') return node.notes.map((note) => ({ kind: 'note', uri: node.uri, note }));
    if (node) return [];
    const files = await this.all();
    return files
      .map(({ uri, notes }) => ({ kind: 'file' as const, uri, notes: filterAnnotations(notes, this.filter) }))
      .filter((f) => f.notes.length > 0);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(path.posix.basename(node.uri.path), vscode.TreeItemCollapsibleState.Expanded);
      item.resourceUri = node.uri;
      item.description = `${node.notes.length} ${node.notes.length === 1 ? 'note' : 'notes'}`;
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    const { annotation: a, orphaned } = node.note;
    const item = new vscode.TreeItem(noteText(a).split('\n')[0] || `“${a.anchor.exact}”`, vscode.TreeItemCollapsibleState.None);
    item.description = [a.category, a.status, authorOf(a), orphaned ? 'orphaned' : ''].filter(Boolean).join(' · ');
    const tip = new vscode.MarkdownString();
    tip.appendText(`“${a.anchor.exact}”\n\n`);
    for (const c of a.comments) tip.appendMarkdown(`**${c.creator?.name ?? 'Unknown'}:** `).appendText(`${c.value}\n\n`);
    item.tooltip = tip;
    item.iconPath = new vscode.ThemeIcon(orphaned ? 'warning' : a.status === 'resolved' ? 'pass' : 'comment');
    item.contextValue = a.status;
    item.command = { command: COMMANDS.revealNote, title: 'Show the Note', arguments: [node.uri, node.note] };
    return item;
  }

  /** Every author with a note in the workspace ('' for notes without one). */
  async authors(): Promise<string[]> {
    return [...new Set((await this.all()).flatMap((f) => f.notes.map((n) => authorOf(n.annotation))))];
  }

  // The notes of every file with a sidecar: the open ones as the editor holds them, the others placed on the file.
  private async all(): Promise<{ uri: vscode.Uri; notes: PlacedAnnotation[] }[]> {
    const sidecars = await vscode.workspace.findFiles('**/*.annotations.json', '**/node_modules/**', 2_000);
    const out: { uri: vscode.Uri; notes: PlacedAnnotation[] }[] = [];
    for (const sidecar of sidecars.sort((a, b) => a.path.localeCompare(b.path))) {
      const uri = sidecar.with({ path: sidecar.path.replace(/\.annotations\.json$/, '') });
      const held = await this.store.peek(uri);
      if (held) {
        out.push({ uri, notes: [...held.placed] });
        continue;
      }
      const fs = new WorkspaceFileSystem(vscode.Uri.joinPath(uri, '..'));
      const name = path.posix.basename(uri.path);
      const [loaded, text] = await Promise.all([loadAnnotations(fs, name), fs.readFile(name)]);
      const content = text.ok ? new TextDecoder().decode(text.bytes) : '';
      out.push({ uri, notes: reanchorAnnotations(loaded.value.annotations, content) });
    }
    return out;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

// A filter from two quick picks' worth of choices in one: status, category and author items, several allowed.
async function pickFilter(authors: readonly string[]): Promise<AnnotationFilter | undefined> {
  type Item = vscode.QuickPickItem & { field?: keyof AnnotationFilter; value?: string };
  const items: Item[] = [
    { label: 'Status', kind: vscode.QuickPickItemKind.Separator },
    ...STATUSES.map((s) => ({ label: s, field: 'status' as const, value: s })),
    { label: 'Category', kind: vscode.QuickPickItemKind.Separator },
    ...[...CATEGORIES, 'none'].map((c) => ({ label: c === 'none' ? 'no category' : c, field: 'category' as const, value: c })),
    { label: 'Author', kind: vscode.QuickPickItemKind.Separator },
    ...authors.map((a) => ({ label: a || 'no author', field: 'author' as const, value: a })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Show review notes that are…',
    placeHolder: 'Pick at most one status, one category and one author',
    canPickMany: true,
  });
  if (!picked) return undefined;
  const filter: Record<string, string> = {};
  for (const p of picked) if (p.field && p.value !== undefined) filter[p.field] = p.value;
  return filter as AnnotationFilter;
}
