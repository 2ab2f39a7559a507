import {
  EMPTY_SPEAKER_DECISIONS,
  parseSpeakerDecisions,
  serializeSpeakerDecisions,
  type SpeakerDecisions,
} from '../terms/speakerDecisions';
import { readTextFile, type ProjectFileSystem } from './fileSystem';
import type { Loaded } from './loaded';
import { SPEAKERS_PATH } from './sidecars';

/** Loads the project's speaker decisions; a missing file decides nothing, a malformed part is reported and skipped. */
export async function loadSpeakerDecisions(fs: ProjectFileSystem, path = SPEAKERS_PATH, label = path): Promise<Loaded<SpeakerDecisions>> {
  const read = await readTextFile(fs, path);
  if (!read.ok)
    return { status: read.missing ? 'missing' : 'unreadable', value: EMPTY_SPEAKER_DECISIONS, message: `${label}: ${read.reason}` };
  const { value, problems } = parseSpeakerDecisions(read.text);
  return { status: 'loaded', value, problems: problems.map((p) => `${label}: ${p}`) };
}

/**
 * Changes the decisions on disk: reads the file again (another window may have written it), applies `change` and
 * writes atomically. A file that cannot be read is left alone, never overwritten.
 */
export async function updateSpeakerDecisions(
  fs: ProjectFileSystem,
  change: (d: SpeakerDecisions) => SpeakerDecisions,
  path = SPEAKERS_PATH,
  label = path,
): Promise<{ ok: true; value: SpeakerDecisions } | { ok: false; message: string }> {
  const current = await loadSpeakerDecisions(fs, path, label);
  if (current.status === 'unreadable') return { ok: false, message: `${current.message}; left as it is` };
  if (current.status === 'loaded' && current.problems.length > 0 && current.value === EMPTY_SPEAKER_DECISIONS)
    return { ok: false, message: `${current.problems[0]}; left as it is (fix or delete it, then decide again)` };
  const value = change(current.value);
  await fs.writeFileAtomic(path, serializeSpeakerDecisions(value));
  return { ok: true, value };
}
