import { acceptIntoBaseline, EMPTY_BASELINE_FILE, parseBaselineFile, type BaselineFile } from '../engine/baseline';
import type { Finding } from '../engine/types';
import { readTextFile, type ProjectFileSystem } from './fileSystem';
import type { Loaded } from './loaded';
import { BASELINE_PATH } from './sidecars';

/**
 * Loads the project's baseline; a missing file accepts nothing, a malformed one is reported in `problems`
 * (each saying what was ignored) and an unreadable one in `message`.
 */
export async function loadBaseline(fs: ProjectFileSystem, path = BASELINE_PATH, label = path): Promise<Loaded<BaselineFile>> {
  const read = await readTextFile(fs, path);
  if (!read.ok) {
    const value = read.missing ? EMPTY_BASELINE_FILE : { ...EMPTY_BASELINE_FILE, usable: false };
    return { status: read.missing ? 'missing' : 'unreadable', value, message: `${label}: ${read.reason}` };
  }
  const value = parseBaselineFile(read.text);
  return { status: 'loaded', value, problems: value.problems.map((p) => `${label}: ${p}`) };
}

/**
 * Accepts a document's current findings into the baseline (replacing what it held for `key`, the document's
 * baseline key, or with `add` beside it) and writes the file atomically. A baseline that cannot be read is left alone, not overwritten.
 */
export async function acceptFindings(
  fs: ProjectFileSystem,
  key: string,
  text: string,
  findings: readonly Finding[],
  path = BASELINE_PATH,
  label = path,
  add = false,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const current = await loadBaseline(fs, path, label);
  if (!current.value.usable) {
    const why = current.status === 'loaded' ? current.problems[0] : current.message;
    return { ok: false, message: `${why}; left as it is (fix or delete it, then accept again)` };
  }
  await fs.writeFileAtomic(path, acceptIntoBaseline(current.value, key, text, findings, add));
  return { ok: true };
}
