import { promises as nodeFs } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DirectoryEntry, FileKind, ProjectFileSystem, ReadResult } from '../core/base';

let temporaries = 0;

/**
 * Where a document is, or will be once saved: a new file not yet saved that has a path (as "Start Translation"
 * makes one, beside its original) is at that path in the workspace folder holding it; one without stays untitled.
 */
export function onDiskUri(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== 'untitled' || !path.posix.isAbsolute(uri.path)) return uri;
  const folder = vscode.workspace.workspaceFolders?.find((f) => uri.path.startsWith(f.uri.path.replace(/\/?$/, '/')));
  return folder ? folder.uri.with({ path: uri.path }) : vscode.Uri.file(uri.path);
}

/** A workspace folder as the core's project file system, through `vscode.workspace.fs` (so remote folders work too). */
export class WorkspaceFileSystem implements ProjectFileSystem {
  constructor(readonly root: vscode.Uri) {}

  /** The URI of a project path: relative to the folder, or absolute. */
  uri(file: string): vscode.Uri {
    return path.isAbsolute(file) ? this.root.with({ path: vscode.Uri.file(file).path }) : vscode.Uri.joinPath(this.root, file);
  }

  async readFile(file: string): Promise<ReadResult> {
    try {
      return { ok: true, bytes: await vscode.workspace.fs.readFile(this.uri(file)) };
    } catch (error) {
      const code = error instanceof vscode.FileSystemError ? error.code : undefined;
      const reason = code === 'FileNotFound' ? 'no such file' : code === 'FileIsADirectory' ? 'is a directory' : (error as Error).message;
      return { ok: false, missing: code === 'FileNotFound', reason };
    }
  }

  async writeFileAtomic(file: string, content: Uint8Array | string): Promise<void> {
    const target = this.uri(file);
    // Written beside the target, then renamed over it, so a crash never leaves half a file.
    const temp = target.with({ path: `${target.path}.${process.pid}.${++temporaries}.tmp` });
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    try {
      await vscode.workspace.fs.writeFile(temp, typeof content === 'string' ? new TextEncoder().encode(content) : content);
      // On disk, the system's rename replaces the file in one step; the workbench's rename with overwrite deletes the
      // target first, so a reader in between (another window, git, a watcher) would find no file at all.
      if (target.scheme === 'file') await nodeFs.rename(temp.fsPath, target.fsPath);
      else await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (error) {
      await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
      throw error;
    }
  }

  async stat(file: string): Promise<FileKind | undefined> {
    try {
      return kindOf((await vscode.workspace.fs.stat(this.uri(file))).type);
    } catch {
      return undefined;
    }
  }

  async readDirectory(dir: string): Promise<DirectoryEntry[]> {
    return (await vscode.workspace.fs.readDirectory(this.uri(dir))).map(([name, type]) => ({ name, kind: kindOf(type) }));
  }
}

// A file type (bit flags; a symbolic link also carries its target's type) as a kind.
function kindOf(type: vscode.FileType): FileKind {
  return type & vscode.FileType.File ? 'file' : type & vscode.FileType.Directory ? 'directory' : 'other';
}
