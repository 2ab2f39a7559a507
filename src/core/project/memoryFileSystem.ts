import * as path from 'path';
import {
  fileExistsError,
  type DirectoryEntry,
  type FileKind,
  type ProjectFileSystem,
  type ReadResult,
  type WriteOptions,
} from './fileSystem';

/** A project held in memory, for tests: files by path, folders implied by the files in them. */
export class MemoryFileSystem implements ProjectFileSystem {
  private readonly files = new Map<string, Uint8Array>();

  /** Starts with `files` (path → text), paths relative to the root `/`. */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [name, content] of Object.entries(files)) this.files.set(key(name), bytes(content));
  }

  /** The text of a file, for assertions; undefined when there is none. */
  text(file: string): string | undefined {
    const content = this.files.get(key(file));
    return content && new TextDecoder().decode(content);
  }

  /** Every file path, sorted. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  async readFile(file: string): Promise<ReadResult> {
    const content = this.files.get(key(file));
    if (content) return { ok: true, bytes: content };
    return { ok: false, missing: !this.isDirectory(key(file)), reason: this.isDirectory(key(file)) ? 'is a directory' : 'no such file' };
  }

  async writeFileAtomic(file: string, content: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
    if (this.isDirectory(key(file))) throw new Error(`${file}: is a directory`);
    if (options.overwrite === false && this.files.has(key(file))) throw fileExistsError(file);
    this.files.set(key(file), bytes(content));
  }

  async stat(file: string): Promise<FileKind | undefined> {
    return this.files.has(key(file)) ? 'file' : this.isDirectory(key(file)) ? 'directory' : undefined;
  }

  async readDirectory(dir: string): Promise<DirectoryEntry[]> {
    const prefix = key(dir) === '/' ? '/' : `${key(dir)}/`;
    const entries = new Map<string, FileKind>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split('/');
      entries.set(name, rest.length ? 'directory' : 'file');
    }
    if (entries.size === 0 && key(dir) !== '/') throw new Error(`${dir}: no such directory`);
    return [...entries].map(([name, kind]) => ({ name, kind }));
  }

  // Whether some file lies below `dir`.
  private isDirectory(dir: string): boolean {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return [...this.files.keys()].some((f) => f.startsWith(prefix));
  }
}

// A path as the map keys it: absolute from the root `/`, normalised.
function key(file: string): string {
  return path.posix.resolve('/', file.split('\\').join('/'));
}

// Content as bytes, text encoded as UTF-8.
function bytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}
