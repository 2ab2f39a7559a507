import type { Cue, CueFile, CueFileBlock, CueFormat } from './cues';
import type { TimestampStyle } from './layout';

/** The cues sidecar of a transcript `file` made from cues, beside it: what converting back keeps from the original. */
export function cuesPath(file: string): string {
  return `${file}.cues.json`;
}

/**
 * What a transcript made from cues keeps beside it (`X.cues.json`): the cues as they were read, and how the
 * transcript was laid out. Converting back lays the cues out again and compares that with the transcript as it is
 * now: cues whose text is unchanged are written back as they were, timings and all.
 */
export interface CueSidecar {
  readonly format: CueFormat;
  readonly timestamps: TimestampStyle;
  readonly cues: readonly Cue[];
  readonly header?: string;
  readonly blocks?: readonly CueFileBlock[];
}

const KIND = 'interlinear-cues';
const VERSION = 1;

/** The sidecar as JSON (one cue a line, so that a version-controlled sidecar diffs by cue). */
export function writeCueSidecar(file: CueFile, timestamps: TimestampStyle): string {
  const cues = file.cues.map((c) =>
    JSON.stringify({
      start: c.start,
      end: c.end,
      text: c.text,
      ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
      ...(c.id !== undefined ? { id: c.id } : {}),
      ...(c.settings !== undefined ? { settings: c.settings } : {}),
    }),
  );
  const head = JSON.stringify({ kind: KIND, version: VERSION, format: file.format, timestamps, header: file.header, blocks: file.blocks });
  return `${head.slice(0, -1)},"cues":[${cues.length ? '\n' + cues.join(',\n') + '\n' : ''}]}\n`;
}

/** Reads a sidecar, or says why it cannot be used. */
export function parseCueSidecar(text: string): { ok: true; sidecar: CueSidecar } | { ok: false; reason: string } {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, reason: `is not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || data.kind !== KIND) return { ok: false, reason: 'is not an Interlinear cues file' };
  if (data.version !== VERSION)
    return { ok: false, reason: `has version ${String(data.version)}; this Interlinear reads version ${VERSION}` };
  const { format, timestamps, header, blocks, cues } = data;
  if (format !== 'srt' && format !== 'vtt' && format !== 'whisper') return { ok: false, reason: 'names no known format' };
  if (timestamps !== 'seconds' && timestamps !== 'milliseconds' && timestamps !== 'none')
    return { ok: false, reason: 'names no timestamp style' };
  if (header !== undefined && typeof header !== 'string') return { ok: false, reason: 'has a header that is not text' };
  if (!Array.isArray(cues) || !cues.every(isCue)) return { ok: false, reason: 'has a cue without numeric times or text' };
  if (blocks !== undefined && !(Array.isArray(blocks) && blocks.every(isBlock)))
    return { ok: false, reason: 'has a broken NOTE or STYLE block' };
  return {
    ok: true,
    sidecar: {
      format,
      timestamps,
      cues: cues.map((c) => ({ ...c, line: 0 })),
      ...(header !== undefined ? { header } : {}),
      ...(blocks !== undefined ? { blocks } : {}),
    },
  };
}

const isCue = (c: unknown): c is Omit<Cue, 'line'> => {
  if (typeof c !== 'object' || c === null) return false;
  const { start, end, text, speaker, id, settings } = c as Record<string, unknown>;
  const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (end as number) >= (start as number) &&
    (start as number) >= 0 &&
    typeof text === 'string' &&
    optionalText(speaker) &&
    optionalText(id) &&
    optionalText(settings)
  );
};

const isBlock = (b: unknown): b is CueFileBlock =>
  typeof b === 'object' && b !== null && Number.isInteger((b as CueFileBlock).before) && typeof (b as CueFileBlock).text === 'string';
