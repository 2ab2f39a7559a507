import { decodeText } from '../text/decode';

/** What a path names. */
export type FileKind = 'file' | 'directory' | 'other';

/** One name in a directory listing. */
export interface DirectoryEntry {
  readonly name: string;
  /** For a symbolic link, what it points to (`other` when it points nowhere). */
  readonly kind: FileKind;
  /** Whether the name is a symbolic link. */
  readonly link?: boolean;
}

/** The largest file read (100 MiB): far above any transcript, far below what a string can hold (V8: ~512 MiB of UTF-16). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** A file's bytes, or why they could not be read (`missing` when there is no such file). */
export type ReadResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/**
 * The files of one project: a workspace folder in the editor, the current directory on the command line.
 * A relative path is relative to the project root, with `/` between names; an absolute path stands as it is.
 * Implemented over Node's `fs` (the CLI), `vscode.workspace.fs` (the extension) and memory (tests).
 */
export interface ProjectFileSystem {
  /**
   * Reads a whole file; never throws. Refuses (with a reason) what is not a regular file (devices, FIFOs,
   * sockets: reading them may never end) and files over MAX_FILE_BYTES, before reading them.
   */
  readFile(path: string): Promise<ReadResult>;
  /**
   * Replaces a file's content in one step (a reader sees the old or the new file, never half), creating its folder.
   * With `overwrite: false` an existing file is left alone and the write fails with an error whose `code` is
   * `EEXIST` (decided at the moment of writing, where the file system allows, not by looking first).
   */
  writeFileAtomic(path: string, content: Uint8Array | string, options?: WriteOptions): Promise<void>;
  /** What the path names, or undefined when nothing (readable) is there. */
  stat(path: string): Promise<FileKind | undefined>;
  /** The entries of a directory, in no particular order; throws when it cannot be listed. */
  readDirectory(path: string): Promise<DirectoryEntry[]>;
}

/** How `writeFileAtomic` treats a file already there. */
export interface WriteOptions {
  /** False: never replace an existing file (default true). */
  readonly overwrite?: boolean;
}

/** The error of a write refused because the file exists (`overwrite: false`). */
export function fileExistsError(path: string): Error {
  return Object.assign(new Error(`${path}: file exists`), { code: 'EEXIST' });
}

/** A file's text, or why it could not be read or decoded (as a phrase to follow the file's name). */
export type TextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/** Reads and decodes a text file (UTF-8 with or without BOM, BOM-marked UTF-16); binary and other encodings are refused. */
export async function readTextFile(fs: ProjectFileSystem, path: string): Promise<TextResult> {
  const read = await fs.readFile(path);
  if (!read.ok) return { ok: false, missing: read.missing, reason: `cannot read (${read.reason})` };
  if (read.bytes.length > MAX_FILE_BYTES) return { ok: false, missing: false, reason: tooLarge(read.bytes.length) };
  const decoded = decodeText(read.bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, missing: false, reason: decoded.reason };
}

/** Why a file of `size` bytes (or of a size found out while reading) is refused. */
export function tooLarge(size?: number): string {
  return `is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit${size === undefined ? '' : ` (${size} bytes)`}`;
}
