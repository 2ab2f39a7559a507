import * as fs from 'fs';
import * as path from 'path';
import {
  MAX_FILE_BYTES,
  fileExistsError,
  tooLarge,
  type DirectoryEntry,
  type FileKind,
  type ProjectFileSystem,
  type ReadResult,
  type WriteOptions,
} from './fileSystem';

let temporaries = 0;

/** The project on disk below `root` (the CLI's current directory), through Node's `fs`. */
export class NodeFileSystem implements ProjectFileSystem {
  constructor(readonly root: string) {}

  async readFile(file: string): Promise<ReadResult> {
    try {
      // Looked at before opening: opening a FIFO blocks until a writer comes, reading a device may never end.
      const stat = await fs.promises.stat(this.resolve(file));
      if (stat.isDirectory()) return { ok: false, missing: false, reason: 'is a directory' };
      if (!stat.isFile()) return { ok: false, missing: false, reason: `is not a regular file but ${special(stat)}` };
      if (stat.size > MAX_FILE_BYTES) return { ok: false, missing: false, reason: tooLarge(stat.size) };
      return { ok: true, bytes: await readAtMost(this.resolve(file), MAX_FILE_BYTES) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'EFBIG'
              ? tooLarge()
              : code === 'EFTYPE'
                ? 'is not a regular file'
                : (code ?? String(error));
      return { ok: false, missing: code === 'ENOENT', reason };
    }
  }

  async writeFileAtomic(file: string, content: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
    const target = this.resolve(file);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Written beside the target, then renamed over it: the rename is atomic within one folder.
    const temp = `${target}.${process.pid}.${++temporaries}.tmp`;
    try {
      await fs.promises.writeFile(temp, content);
      if (options.overwrite === false) await linkNew(temp, target, file);
      else await fs.promises.rename(temp, target);
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
    return Promise.all(
      entries.map(async (e): Promise<DirectoryEntry> => {
        if (!e.isSymbolicLink()) return { name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' };
        // A link names what it points to; one that points nowhere is `other`.
        return { name: e.name, kind: (await this.stat(path.join(dir, e.name))) ?? 'other', link: true };
      }),
    );
  }

  // The absolute path of a project path.
  private resolve(file: string): string {
    return path.resolve(this.root, file);
  }
}

// Gives the written temporary file the target's name unless a file has it: a hard link fails on an existing name in
// one step (no window between looking and writing); where links are not supported, looking first has to do.
async function linkNew(temp: string, target: string, file: string): Promise<void> {
  try {
    await fs.promises.link(temp, target);
    await fs.promises.rm(temp, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw fileExistsError(file);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    if (
      await fs.promises.lstat(target).then(
        () => true,
        () => false,
      )
    )
      throw fileExistsError(file);
    await fs.promises.rename(temp, target);
  }
}

// What a path that is neither a file nor a directory is, for a message.
function special(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'something else';
}

// Reads a regular file, but never more than `limit` bytes (it may have grown since it was looked at): EFBIG past it.
// Opened without blocking and looked at again, in case something else took its name meanwhile (a FIFO: EFTYPE).
async function readAtMost(file: string, limit: number): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EFTYPE' });
    // One buffer of the size the file has (and a byte more, to see it grew), read into in place: chunks joined at
    // the end were a second copy of a long file, and the larger allocation of the two.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let total = 0;
    for (;;) {
      // Full below the limit (past it the read below has thrown): the file grew since it was looked at.
      if (total === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(2 * buffer.length, limit + 1));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw Object.assign(new Error('file too large'), { code: 'EFBIG' });
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}
