import type { Cue, CueFileBlock, FormatProblem } from './cues';
import type { CuePrefix } from './cueSpeakers';
import { joinsTight, layoutCues, type CueLayout } from './layout';
import { readUnits, type ReadUnit } from './readUnits';
import type { CueSidecar } from './sidecar';
import { columns, cutIntoCues, spreadTime, wrapCue } from './spread';
import { diffTexts, mapEnd, sharedLength } from './textDiff';

/** Cues read back from a transcript, or why they cannot be. */
export type TranscriptCues =
  { readonly ok: true; readonly cues: Cue[]; readonly blocks: CueFileBlock[] } | { readonly ok: false; readonly problems: FormatProblem[] };

/** A transcript converted back keeps the cues of its sidecar only when at least this share of their text is still in it. */
export const MIN_SHARED = 0.5;

// Reading speed that times the last turn of a transcript without a sidecar: characters a second.
const CHARS_PER_SECOND = 15;

/** Text of a transcript that belongs to one cue, as the turn it now stands in. */
interface Part {
  readonly unit: number;
  readonly text: string;
}

/**
 * Cues from a transcript. With the sidecar of the cues it was made from, each cue's text is found in the transcript
 * as it is now (the transcript the cues make is compared with it): a cue whose text and speaker are unchanged is
 * written back as it was; one whose speaker was renamed gets the new name in its prefix; edited text takes the time
 * span of the cues it replaced, spread over it in proportion to its length and cut into cues of two lines at most;
 * deleted text drops its cues; text added to a turn joins the cue it follows. Without a sidecar, each turn's
 * `[hh:mm:ss]` starts its time span, which ends where the next turn starts.
 */
export function transcriptToCues(text: string, sidecar?: CueSidecar): TranscriptCues {
  const normal = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  return sidecar ? fromSidecar(normal, sidecar) : fromTimestamps(normal);
}

function fromSidecar(edited: string, sidecar: CueSidecar): TranscriptCues {
  const layout = layoutCues(sidecar.cues, { timestamps: sidecar.timestamps });
  const blocks = [...(sidecar.blocks ?? [])];
  if (edited === layout.text) return { ok: true, cues: [...sidecar.cues], blocks };
  const original = layout.text;
  const hunks = diffTexts(original, edited);
  if (sharedLength(hunks) < MIN_SHARED * original.length)
    return {
      ok: false,
      problems: [
        {
          line: 0,
          message: `less than half of the text of the cues it was made from is in it: the cues file belongs to another transcript`,
        },
      ],
    };
  const oldUnits = readUnits(original);
  const newUnits = readUnits(edited);
  const out: Cue[] = [];
  const origins: number[] = [];
  let oldFrom = 0;
  let newFrom = 0;
  const last = sidecar.cues.length - 1;
  for (let i = 0; i <= last; i++) {
    const oldTo = i === last ? original.length : layout.spans[i].end;
    const newTo = i === last ? edited.length : Math.max(newFrom, mapEnd(hunks, edited, oldTo));
    const before = partsOf(original, oldUnits, oldFrom, oldTo);
    const after = partsOf(edited, newUnits, newFrom, newTo);
    [oldFrom, newFrom] = [oldTo, newTo];
    const made = cueFrom(sidecar.cues[i], layout, i, before, after, oldUnits, newUnits);
    for (const c of made) {
      out.push(c);
      origins.push(i);
    }
  }
  // A NOTE or STYLE block stays before the first cue made from the cue it stood before.
  const moved = blocks.map((b) => {
    const at = origins.findIndex((o) => o >= b.before);
    return { ...b, before: at < 0 ? out.length : at };
  });
  return { ok: true, cues: out, blocks: moved };
}

// The cues made from cue `i` of the sidecar, given its text in the transcript made from it and in the transcript now.
function cueFrom(
  cue: Cue,
  layout: CueLayout,
  i: number,
  before: Part[],
  after: Part[],
  oldUnits: readonly ReadUnit[],
  newUnits: readonly ReadUnit[],
): Cue[] {
  const voice = layout.voices[i];
  const oldName = before.length ? oldUnits[before[0].unit].speaker : undefined;
  // The speaker of text in a turn now: the cue's own when the turn's name is the one it had, else the turn's name.
  const speakerOf = (p: Part) => (newUnits[p.unit].speaker === oldName ? voice.speaker : newUnits[p.unit].speaker);
  if (after.length === 0) return before.length === 0 ? [cue] : [];
  if (after.length === 1 && before.length === 1 && after[0].text === before[0].text) {
    const speaker = speakerOf(after[0]);
    return [speaker === voice.speaker ? cue : renamed(cue, voice.prefix, voice.speaker, speaker)];
  }
  const out: Cue[] = [];
  const times = spreadTime(
    after.map((p) => columns(p.text)),
    cue.start,
    cue.end,
  );
  after.forEach((part, k) => {
    const speaker = speakerOf(part);
    const chunks = cutIntoCues(part.text);
    spreadTime(chunks.map(columns), times[k].start, times[k].end).forEach((time, j) => {
      let text = wrapCue(chunks[j]);
      let field: string | undefined;
      const prefix = voice.prefix;
      if (prefix && speaker !== undefined && (prefix.kind === 'voice' || j === 0))
        text =
          cue.text.slice(0, prefix.nameStart) +
          speaker +
          cue.text.slice(prefix.nameEnd, prefix.textStart) +
          text +
          cue.text.slice(prefix.textEnd);
      else if (!prefix && (cue.speaker !== undefined || (j === 0 && speaker !== voice.speaker))) field = speaker;
      out.push({
        start: time.start,
        end: time.end,
        text,
        line: 0,
        ...(field !== undefined ? { speaker: field } : {}),
        ...(out.length === 0 && cue.id !== undefined ? { id: cue.id } : {}),
        ...(cue.settings !== undefined ? { settings: cue.settings } : {}),
      });
    });
  });
  return out;
}

// A cue whose text is unchanged and whose speaker is now `speaker`.
function renamed(cue: Cue, prefix: CuePrefix | undefined, was: string | undefined, speaker: string | undefined): Cue {
  if (prefix)
    return {
      ...cue,
      text:
        speaker === undefined
          ? cue.text.slice(prefix.textStart, prefix.textEnd)
          : cue.text.slice(0, prefix.nameStart) + speaker + cue.text.slice(prefix.nameEnd),
    };
  // A cue without a prefix whose speaker was carried from the cue before: that cue's prefix says the new name.
  if (cue.speaker === undefined && was !== undefined) return cue;
  const { speaker: _, ...rest } = cue;
  return speaker === undefined ? rest : { ...rest, speaker };
}

// The text of `text[from, to)` that belongs to turns (labels, timestamps, blank lines and headings left out), by turn.
function partsOf(text: string, units: readonly ReadUnit[], from: number, to: number): Part[] {
  const parts: Part[] = [];
  let u = firstUnitEndingAfter(units, from);
  for (; u < units.length && units[u].body[0].start < to; u++) {
    let joined = '';
    for (const r of units[u].body) {
      const s = Math.max(r.start, from);
      const e = Math.min(r.end, to);
      if (e <= s) continue;
      const piece = text.slice(s, e).trim();
      if (!piece) continue;
      joined = joined && !joinsTight(joined, piece) ? `${joined} ${piece}` : joined + piece;
    }
    joined = joined.trim();
    if (joined) parts.push({ unit: u, text: joined });
  }
  return parts;
}

// The first unit whose last line ends after `offset` (units are in order).
function firstUnitEndingAfter(units: readonly ReadUnit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const body = units[mid].body;
    if (body[body.length - 1].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fromTimestamps(text: string): TranscriptCues {
  const units = readUnits(text);
  const problems: FormatProblem[] = [];
  if (!units.some((u) => u.stamp !== undefined))
    return {
      ok: false,
      problems: [{ line: 0, message: 'has no timings: no cues file beside it (X.cues.json) and no [hh:mm:ss] timestamps on its turns' }],
    };
  // Each timed turn with the untimed ones after it.
  const groups: { start: number; units: ReadUnit[] }[] = [];
  for (const u of units) {
    if (u.stamp !== undefined) {
      const previous = groups[groups.length - 1];
      if (previous && u.stamp < previous.start)
        problems.push({ line: u.line, message: 'this turn\u2019s timestamp is earlier than the one before it' });
      groups.push({ start: u.stamp, units: [u] });
    } else if (groups.length) groups[groups.length - 1].units.push(u);
    else problems.push({ line: u.line, message: 'a turn before the first timestamp: its timing is unknown' });
  }
  if (problems.length) return { ok: false, problems };
  const cues: Cue[] = [];
  groups.forEach((g, k) => {
    const parts = g.units
      .map((u) => ({ speaker: u.speaker, text: partsOf(text, [u], 0, text.length)[0]?.text ?? '' }))
      .filter((p) => p.text);
    const width = parts.reduce((n, p) => n + columns(p.text), 0);
    const end = k + 1 < groups.length ? groups[k + 1].start : g.start + Math.max(1000, Math.round((width / CHARS_PER_SECOND) * 1000));
    const times = spreadTime(
      parts.map((p) => columns(p.text)),
      g.start,
      end,
    );
    parts.forEach((p, j) => {
      const chunks = cutIntoCues(p.text);
      spreadTime(chunks.map(columns), times[j].start, times[j].end).forEach((time, c) =>
        cues.push({ ...time, text: wrapCue(chunks[c]), line: 0, ...(p.speaker !== undefined ? { speaker: p.speaker } : {}) }),
      );
    });
  });
  return { ok: true, cues, blocks: [] };
}
