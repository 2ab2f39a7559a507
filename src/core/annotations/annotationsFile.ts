import { readTextFile, type ProjectFileSystem } from '../project/fileSystem';
import type { Loaded } from '../project/loaded';
import { annotationsPath } from '../project/sidecars';
import { mergeSidecars } from './merge';
import { EMPTY_SIDECAR, type AnnotationSidecar } from './model';
import { parseSidecar, serializeSidecar } from './sidecar';

/**
 * Loads the notes on `file` from its sidecar `file.annotations.json`. A missing sidecar holds no notes; items that
 * are not notes are reported in `problems` (and kept); a file that is not a JSON array, or cannot be read, comes
 * back `usable: false` with the reason, and saveAnnotations will not write over it.
 */
export async function loadAnnotations(
  fs: ProjectFileSystem,
  file: string,
  label = annotationsPath(file),
): Promise<Loaded<AnnotationSidecar>> {
  const path = annotationsPath(file);
  const read = await readTextFile(fs, path);
  if (!read.ok) {
    const value = read.missing ? EMPTY_SIDECAR : { ...EMPTY_SIDECAR, usable: false };
    return { status: read.missing ? 'missing' : 'unreadable', value, message: `${label}: ${read.reason}` };
  }
  const value = parseSidecar(read.text);
  return { status: 'loaded', value, problems: value.problems.map((p) => `${label}: ${p}`) };
}

/**
 * Saves the notes on `file`: the sidecar on disk is read again and merged with `ours` by note id (three-way when
 * `base`, the version `ours` started from, is given), so that a note another window or a `git pull` wrote in the
 * meantime is kept; then written atomically, unless nothing changed. Returns what the file now holds (the next
 * `base`) and its text. A sidecar on disk that cannot be read is left as it is and the save fails with the reason.
 */
export async function saveAnnotations(
  fs: ProjectFileSystem,
  file: string,
  ours: AnnotationSidecar,
  base?: AnnotationSidecar,
  label = annotationsPath(file),
): Promise<{ ok: true; saved: AnnotationSidecar; text: string } | { ok: false; message: string }> {
  if (!ours.usable) return { ok: false, message: `${label}: the notes were not read from it; not written` };
  const path = annotationsPath(file);
  const read = await readTextFile(fs, path);
  if (!read.ok && !read.missing) return { ok: false, message: `${label}: ${read.reason}; left as it is` };
  const disk = read.ok ? parseSidecar(read.text) : undefined;
  if (disk && !disk.usable)
    return { ok: false, message: `${label}: ${disk.problems[0]}; left as it is (fix or delete it, then save again)` };
  const merged = disk ? mergeSidecars(ours, disk, base) : ours;
  const text = serializeSidecar(merged);
  if (!read.ok || read.text !== text) await fs.writeFileAtomic(path, text);
  return { ok: true, saved: { ...parseSidecar(text), problems: [] }, text };
}
