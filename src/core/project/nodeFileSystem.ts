import * as fs from 'fs';
import * as path from 'path';
import type { DirectoryEntry, FileKind, ProjectFileSystem, ReadResult } from './fileSystem';

let temporaries = 0;

/** The project on disk below `root` (the CLI's current directory), through Node's `fs`. */
export class NodeFileSystem implements ProjectFileSystem {
  constructor(readonly root: string) {}

  async readFile(file: string): Promise<ReadResult> {
    try {
      return { ok: true, bytes: await fs.promises.readFile(this.resolve(file)) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
      return { ok: false, missing: code === 'ENOENT', reason };
    }
  }

  async writeFileAtomic(file: string, content: Uint8Array | string): Promise<void> {
    const target = this.resolve(file);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Written beside the target, then renamed over it: the rename is atomic within one folder.
    const temp = `${target}.${process.pid}.${++temporaries}.tmp`;
    try {
      await fs.promises.writeFile(temp, content);
      await fs.promises.rename(temp, target);
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }

  async stat(file: string): Promise<FileKind | undefined> {
    try {
      const stat = await fs.promises.stat(this.resolve(file));
      return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
    } catch {
      return undefined;
    }
  }

  async readDirectory(dir: string): Promise<DirectoryEntry[]> {
    const entries = await fs.promises.readdir(this.resolve(dir), { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }));
  }

  // The absolute path of a project path.
  private resolve(file: string): string {
    return path.resolve(this.root, file);
  }
}
