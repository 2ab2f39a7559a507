import { attachAnchor, createAnchor, isAnchor, type Anchor } from '../anchors';
import { compareCodeUnits, type TextRange } from '../text/offsets';
import type { Finding } from './types';

/** One accepted finding: its check and an anchor on the text it flagged. */
export interface BaselineEntry extends Anchor {
  readonly check: string;
}

/** The findings accepted as known in one file. Plain data: it crosses to a worker thread as it is. */
export interface Baseline {
  readonly entries: readonly BaselineEntry[];
  /** Identities written by version 1 files (`check|text|before|after` on the finding's line), still honoured. */
  readonly fingerprints: readonly string[];
}

/** A workspace baseline (`.interlinear/baseline.json`): the accepted findings per file path. */
export interface BaselineFile {
  readonly files: ReadonlyMap<string, Baseline>;
  /** What was wrong with the file, each saying what was left out. */
  readonly problems: readonly string[];
  /** False when nothing of the file could be read: writing over it would lose what it held. */
  readonly usable: boolean;
}

/** The baseline file with nothing accepted. */
export const EMPTY_BASELINE_FILE: BaselineFile = { files: new Map(), problems: [], usable: true };

/**
 * The findings the baseline does not accept. An entry accepts the finding of its check that its anchor
 * re-attaches to among the findings flagging the same text — at its old place, or where its context or
 * its line moved — so edits elsewhere and moved lines do not bring accepted findings back.
 */
export function dropAccepted(text: string, findings: readonly Finding[], baseline: Baseline | undefined): Finding[] {
  if (!baseline || (baseline.entries.length === 0 && baseline.fingerprints.length === 0)) return [...findings];
  const startsByText = new Map<string, number[]>();
  for (const f of findings) {
    const key = `${f.checkId}\u0000${text.slice(f.range.start, f.range.end)}`;
    // Pushed, not copied: many findings of one text (a word flagged on every line) would copy a growing list each.
    const starts = startsByText.get(key);
    if (starts) starts.push(f.range.start);
    else startsByText.set(key, [f.range.start]);
  }
  const accepted = new Set<string>();
  for (const entry of baseline.entries) {
    const candidates = startsByText.get(`${entry.check}\u0000${entry.exact}`);
    if (!candidates) continue;
    // Exact text only: a finding on edited text is a new finding, even where the old one was.
    const attached = attachAnchor(text, entry, { candidates, fuzzy: false });
    if (attached.method !== 'orphaned') accepted.add(spanKey(entry.check, attached.range));
  }
  const legacy = new Set(baseline.fingerprints);
  return findings.filter((f) => !accepted.has(spanKey(f.checkId, f.range)) && !(legacy.size && legacy.has(legacyFingerprint(text, f))));
}

/**
 * The baseline file's new content with `file`'s current findings accepted: replacing what it had, or with `add`
 * beside what it had (one finding ignored, the others accepted earlier kept).
 */
export function acceptIntoBaseline(previous: BaselineFile, file: string, text: string, findings: readonly Finding[], add = false): string {
  const entries = new Map<string, BaselineEntry>();
  const kept = add ? previous.files.get(file) : undefined;
  for (const entry of kept?.entries ?? []) entries.set(entryKey(entry), entry);
  for (const f of findings) {
    const entry = { check: f.checkId, ...createAnchor(text, f.range) };
    entries.set(entryKey(entry), entry);
  }
  const files = new Map(previous.files);
  files.set(file, { entries: [...entries.values()].sort(byPlace), fingerprints: kept?.fingerprints ?? [] });
  return formatBaselineFile(files);
}

/** Reads a baseline file, version 1 (fingerprints) or 2 (anchors); what is malformed is left out and reported, never thrown. */
export function parseBaselineFile(json: string): BaselineFile {
  let data: { version?: unknown; files?: unknown };
  try {
    data = JSON.parse(json) as typeof data;
  } catch (error) {
    return { files: new Map(), problems: [`not JSON (${(error as Error).message}); ignored`], usable: false };
  }
  if ((data?.version !== 1 && data?.version !== 2) || typeof data.files !== 'object' || data.files === null || Array.isArray(data.files))
    return { files: new Map(), problems: ['expected {"version": 2, "files": {…}}; ignored'], usable: false };
  const files = new Map<string, Baseline>();
  const problems: string[] = [];
  for (const [file, items] of Object.entries(data.files as Record<string, unknown>)) {
    if (!Array.isArray(items)) {
      problems.push(`"${file}" is not a list; skipped`);
      continue;
    }
    const entries = items.filter(isEntry);
    const fingerprints = items.filter((item): item is string => typeof item === 'string');
    const bad = items.length - entries.length - fingerprints.length;
    if (bad) problems.push(`${bad} entr${bad === 1 ? 'y' : 'ies'} of "${file}" neither an anchor nor a fingerprint; skipped`);
    files.set(file, { entries, fingerprints });
  }
  return { files, problems, usable: true };
}

// One entry per line, files sorted: the file stays small in diffs and identical for identical content.
function formatBaselineFile(files: ReadonlyMap<string, Baseline>): string {
  const names = [...files.keys()].sort(compareCodeUnits);
  const blocks = names.map((name) => {
    const { entries, fingerprints } = files.get(name)!;
    const items = [
      ...entries.map(({ check, exact, prefix, suffix, start, end }) => ({ check, exact, prefix, suffix, start, end })),
      ...fingerprints,
    ];
    const lines = items.map((item) => `      ${JSON.stringify(item)}`);
    return `    ${JSON.stringify(name)}: [${lines.length ? `\n${lines.join(',\n')}\n    ` : ''}]`;
  });
  return `{\n  "version": 2,\n  "files": {${blocks.length ? `\n${blocks.join(',\n')}\n  ` : ''}}\n}\n`;
}

// Whether a value read from the file is an anchor with a check id.
function isEntry(value: unknown): value is BaselineEntry {
  return isAnchor(value) && typeof (value as { check?: unknown }).check === 'string';
}

// One key per accepted finding, whatever order the entry's fields came in.
function entryKey(e: BaselineEntry): string {
  return JSON.stringify([e.check, e.start, e.end, e.exact, e.prefix, e.suffix]);
}

// Orders entries by where they are, then by check.
function byPlace(a: BaselineEntry, b: BaselineEntry): number {
  return a.start - b.start || a.end - b.end || compareCodeUnits(a.check, b.check);
}

// A key for one check's finding at one span.
function spanKey(check: string, range: TextRange): string {
  return `${check}\u0000${range.start}\u0000${range.end}`;
}

// Characters of context on each side in a version 1 fingerprint.
const LEGACY_CONTEXT = 16;

// The version 1 identity of a finding: check id, flagged text and up to 16 characters of its own line on each side.
function legacyFingerprint(text: string, f: Pick<Finding, 'checkId' | 'range'>): string {
  const head = text.slice(Math.max(0, f.range.start - LEGACY_CONTEXT), f.range.start);
  const tail = text.slice(f.range.end, f.range.end + LEGACY_CONTEXT);
  const before = head.slice(Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r')) + 1);
  const after = tail.split(/[\r\n]/, 1)[0];
  return `${f.checkId}|${text.slice(f.range.start, f.range.end)}|${before}|${after}`;
}
