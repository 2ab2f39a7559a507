import * as path from 'path';
import * as vscode from 'vscode';
import { alignmentPath } from '../core/base';
import { loadAlign } from './loadAlign';
import { onDiskUri, WorkspaceFileSystem } from './workspaceFileSystem';

/** The original and its translations: from the translation's sidecar, from the file names, or picked by the user. */
export async function pairedDocuments(uri: vscode.Uri): Promise<vscode.TextDocument[] | undefined> {
  const { fileGroup, parseAlignmentSidecar } = loadAlign();
  const folder = vscode.Uri.joinPath(onDiskUri(uri), '..');
  const fs = new WorkspaceFileSystem(folder);
  const name = path.posix.basename(uri.path);
  // Translations started and not yet saved, open in this window: files of the folder as far as pairing goes.
  const unsaved = new Map(
    vscode.workspace.textDocuments
      .filter((d) => d.uri.scheme === 'untitled' && onDiskUri(d.uri).toString() !== d.uri.toString())
      .filter((d) => vscode.Uri.joinPath(onDiskUri(d.uri), '..').toString() === folder.toString())
      .map((d) => [path.posix.basename(d.uri.path), d.uri] as const),
  );
  const at = (file: string) => unsaved.get(file) ?? vscode.Uri.joinPath(folder, file);
  const sidecar = await fs.readFile(alignmentPath(name));
  if (sidecar.ok) {
    const parsed = parseAlignmentSidecar(new TextDecoder().decode(sidecar.bytes));
    if (parsed.ok) return openAll([at(parsed.sidecar.original), uri]);
  }
  const onDisk = (await fs.readDirectory('.')).filter((e) => e.kind === 'file').map((e) => e.name);
  const siblings = [...new Set([...onDisk, ...unsaved.keys()])];
  const group = fileGroup(
    name,
    siblings,
    vscode.workspace.getConfiguration('interlinear', uri).get<string[]>('parallel.originalLanguages', ['en']),
  );
  if (group) return openAll([group.original, ...group.translations].map(at));
  const picked = await vscode.window.showOpenDialog({
    title: `Pick the original that ${name} translates`,
    defaultUri: folder,
    canSelectMany: false,
    openLabel: 'Align with This Original',
  });
  if (!picked?.length) return undefined;
  const original = path.posix.relative(folder.path, picked[0].path);
  const { alignmentSidecarJson } = loadAlign();
  // Remembered beside the translation, so the next "Open Parallel View" needs no question.
  await fs.writeFileAtomic(alignmentPath(name), alignmentSidecarJson({ version: 1, original, overrides: [] }));
  return openAll([picked[0], uri]);
}

async function openAll(uris: vscode.Uri[]): Promise<vscode.TextDocument[]> {
  return Promise.all(uris.map((u) => vscode.workspace.openTextDocument(u)));
}
