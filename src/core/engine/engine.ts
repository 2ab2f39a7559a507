import { EMPTY_GLOSSARY, type Glossary } from '../terms/glossary';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import { compareCodeUnits } from '../text/offsets';
import { dropAccepted, type Baseline } from './baseline';
import { CHECKS } from '../checks/registry';
import { minimalEdit } from './edits';
import { directiveText, isSuppressed, readDirectives } from './suppression';
import type { Check, CheckContext, CheckInfo, Finding, Level, Report } from './types';

/** How to run the checks over one document. */
export interface CheckOptions {
  readonly glossary?: Glossary;
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
  return { text, transcript, glossary: options.glossary ?? EMPTY_GLOSSARY, blocks };
}

/** Runs one check and turns its reports into findings with ranges clamped into the text. */
export function collectFindings(check: Check, level: Exclude<Level, 'off'>, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  check.run(ctx, (r) => findings.push(toFinding(check.id, level, r, ctx.text)));
  return findings;
}

/** A check's report as a finding of `text`: its range clamped into the text, its fixes narrowed. */
export function toFinding(checkId: string, level: Exclude<Level, 'off'>, r: Report, text: string): Finding {
  const length = text.length;
  const start = Math.max(0, Math.min(r.range.start, length));
  return {
    checkId,
    level,
    range: { start, end: Math.max(start, Math.min(r.range.end, length)) },
    message: r.message,
    suggestions: r.suggestions ?? [],
    // Fix edits are narrowed to what they change, so fixes of different checks collide only where they meet.
    fixes: (r.fixes ?? []).map((x) => ({ ...x, edits: x.edits.map((e) => minimalEdit(text, e)) })),
    related: r.related ?? [],
  };
}

/** Drops findings that inline directives or the baseline silence, and sorts the rest by position. */
export function finishFindings(text: string, findings: readonly Finding[], options: CheckOptions): Finding[] {
  const { suppressions, ignores } = readDirectives(text);
  const ignored = new Set(ignores.map((i) => `${i.id}\u0000${i.text}`));
  const shown = findings.filter(
    (f) =>
      !isSuppressed(suppressions, f.checkId, f.range) &&
      !ignored.has(`${f.checkId}\u0000${directiveText(text.slice(f.range.start, f.range.end))}`),
  );
  return dropAccepted(text, shown, options.baseline).sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || compareCodeUnits(a.checkId, b.checkId),
  );
}
