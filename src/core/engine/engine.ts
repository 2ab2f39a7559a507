import { EMPTY_GLOSSARY, type Glossary } from '../terms/glossary';
import { EMPTY_SPEAKER_DECISIONS, type SpeakerDecisions } from '../terms/speakerDecisions';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import { compareCodeUnits } from '../text/offsets';
import { dropAccepted, type Baseline } from './baseline';
import { CHECKS } from '../checks/registry';
import { minimalEdit } from './edits';
import { directiveText, isSuppressed, readDirectives } from './suppression';
import type { Check, CheckContext, CheckInfo, Finding, Fix, Level, Report, TextEdit } from './types';

/** How to run the checks over one document. */
export interface CheckOptions {
  readonly glossary?: Glossary;
  /** Who the user said is who (`.interlinear/speakers.json`); none by default. */
  readonly speakerDecisions?: SpeakerDecisions;
  /** Level per check id; a check not named runs at its default level. */
  readonly levels?: Readonly<Record<string, Level>>;
  /** Findings accepted earlier as known; they are left out. */
  readonly baseline?: Baseline;
  /** A parse of the same text, when the caller already has one. */
  readonly transcript?: Transcript;
  /** The checks to run; every registered check by default. */
  readonly checks?: readonly Check[];
}

/** Runs every enabled check over `text`; returns findings sorted by position, inline directives and baseline applied. */
export function runChecks(text: string, options: CheckOptions = {}): Finding[] {
  const transcript = options.transcript ?? parseTranscript(text);
  const ctx = checkContext(
    text,
    transcript,
    options,
    transcript.blocks.map((_, i) => i),
  );
  return finishFindings(
    text,
    enabledChecks(options).flatMap(([check, level]) => collectFindings(check, level, ctx)),
    options,
  );
}

/** The checks to run with their levels, those switched off left out. */
export function enabledChecks(options: CheckOptions): [Check, Exclude<Level, 'off'>][] {
  return withLevels(options.checks ?? CHECKS, options.levels);
}

/** Each check with the level it runs at (its default unless `levels` names it), those switched off left out. */
export function withLevels<C extends CheckInfo>(
  checks: readonly C[],
  levels?: Readonly<Record<string, Level>>,
): [C, Exclude<Level, 'off'>][] {
  const out: [C, Exclude<Level, 'off'>][] = [];
  for (const check of checks) {
    const level = levels?.[check.id] ?? check.defaultLevel;
    if (level !== 'off') out.push([check, level]);
  }
  return out;
}

/** The context checks read, limited to `blocks` for block-scoped checks. */
export function checkContext(text: string, transcript: Transcript, options: CheckOptions, blocks: readonly number[]): CheckContext {
  return {
    text,
    transcript,
    glossary: options.glossary ?? EMPTY_GLOSSARY,
    speakerDecisions: options.speakerDecisions ?? EMPTY_SPEAKER_DECISIONS,
    blocks,
  };
}

/** Runs one check and turns its reports into findings with ranges clamped into the text. */
export function collectFindings(check: Check, level: Exclude<Level, 'off'>, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  check.run(ctx, (r) => findings.push(toFinding(check.id, level, r, ctx.text)));
  return findings;
}

/** A check's report as a finding of `text`: its range clamped into the text, its fixes narrowed. */
export function toFinding(checkId: string, level: Exclude<Level, 'off'>, r: Report, text: string): Finding {
  flatten(r);
  const length = text.length;
  const { range } = r;
  // A check reporting one finding per line of a long document reports hundreds of thousands: what is already
  // in the text and already narrowed is kept as it is, not copied.
  const inText = range.start >= 0 && range.start <= range.end && range.end <= length;
  const start = inText ? range.start : Math.max(0, Math.min(range.start, length));
  return {
    checkId,
    level,
    range: inText ? range : { start, end: Math.max(start, Math.min(range.end, length)) },
    message: flat(r.message),
    suggestions: r.suggestions ?? [],
    // Fix edits are narrowed to what they change, so fixes of different checks collide only where they meet.
    fixes: r.fixes ? narrowedFixes(text, r.fixes) : [],
    related: r.related ?? [],
  };
}

// A message built by concatenation is, in V8, a tree of its pieces until it is read as a whole: a finding is kept
// until the run ends, and its texts as trees take about twice the memory of the texts themselves (a finding of
// name-mismatch, 620 bytes instead of 430; a document may have one a line, all copied and marked by the
// collector). `trim` reads a string whole: where it trims nothing it gives back the same text as one flat string,
// and the tree is dropped. (Reading one character may not: optimised code reads it off the tree.)
function flat(s: string): string {
  const t = s.trim();
  return t.length === s.length ? t : s;
}

// The report's related messages and fix titles made flat in place (their objects may be shared by findings).
function flatten(r: Report): void {
  for (const f of r.fixes ?? []) flat(f.title);
  for (const x of r.related ?? []) flat(x.message);
}

// The fixes with each edit narrowed (see `minimalEdit`): the check's own fixes when every edit is narrow already,
// shared as they are (a "rename all" fix offered on every occurrence stays one list, which `carryFindings` maps once).
// A fix a check shares between findings is narrowed once and its narrowed form shared in turn: a rename of every
// occurrence offered on each of them was narrowed, and copied when it changed, once per finding, which grew with
// the square of the occurrences (a transcript of a thousand turns a person was out of memory).
function narrowedFixes(text: string, fixes: readonly Fix[]): readonly Fix[] {
  let out: Fix[] | undefined;
  for (let i = 0; i < fixes.length; i++) {
    const fix = fixes[i];
    const narrowed = narrowedFix(text, fix);
    if (narrowed !== fix) out ??= fixes.slice(0, i);
    out?.push(narrowed);
  }
  return out ?? fixes;
}

// Per fix object, the text it was narrowed for and its narrowed form (the fix itself when nothing changed).
const narrowedBefore = new WeakMap<Fix, { readonly text: string; readonly fix: Fix }>();

function narrowedFix(text: string, fix: Fix): Fix {
  const known = narrowedBefore.get(fix);
  if (known && known.text === text) return known.fix;
  const edits = narrowedEdits(text, fix.edits);
  const narrowed = edits === fix.edits ? fix : { ...fix, edits };
  narrowedBefore.set(fix, { text, fix: narrowed });
  return narrowed;
}

// Per list of edits, as per fix: a check may share the list of a "replace all" between fix objects of its own.
const narrowedEditsBefore = new WeakMap<readonly TextEdit[], { readonly text: string; readonly edits: readonly TextEdit[] }>();

function narrowedEdits(text: string, edits: readonly TextEdit[]): readonly TextEdit[] {
  if (edits.length < 2) return narrowEdits(text, edits);
  const known = narrowedEditsBefore.get(edits);
  if (known && known.text === text) return known.edits;
  const narrowed = narrowEdits(text, edits);
  narrowedEditsBefore.set(edits, { text, edits: narrowed });
  return narrowed;
}

function narrowEdits(text: string, edits: readonly TextEdit[]): readonly TextEdit[] {
  let out: TextEdit[] | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = minimalEdit(text, edits[i]);
    if (e !== edits[i]) out ??= edits.slice(0, i);
    out?.push(e);
  }
  return out ?? edits;
}

/** Drops findings that inline directives or the baseline silence, and sorts the rest by position. */
export function finishFindings(text: string, findings: readonly Finding[], options: CheckOptions): Finding[] {
  const { suppressions, ignores } = readDirectives(text);
  const ignored = new Set(ignores.map((i) => `${i.id}\u0000${i.text}`));
  // Without directives every finding is shown: the flagged text of each is not read out and folded for nothing.
  const shown =
    suppressions.length === 0 && ignored.size === 0
      ? findings
      : findings.filter(
          (f) =>
            !isSuppressed(suppressions, f.checkId, f.range) &&
            !(ignored.size && ignored.has(`${f.checkId}\u0000${directiveText(text.slice(f.range.start, f.range.end))}`)),
        );
  return dropAccepted(text, shown, options.baseline).sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || compareCodeUnits(a.checkId, b.checkId),
  );
}
