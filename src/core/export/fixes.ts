// The fix step of an export: runs the checks whose fixes the settings switch on and applies their preferred fixes,
// the risky ones only where the glossary or an accepted decision backs the replacement.
import type { Transcript } from '../document/model';
import { CHECKS } from '../checks/registry';
import { runChecks } from '../engine/engine';
import { preferredFix, selectEdits } from '../engine/edits';
import type { Check, Finding, TextEdit } from '../engine/types';
import { EMPTY_GLOSSARY, type Glossary } from '../terms/glossary';
import { LineIndex } from '../text/offsets';
import { OffsetMap } from './offsetMap';
import { RISKY_FIXES, type ExportFix, type ExportSettings, type FixDecision } from './options';
import type { ExportChange } from './report';

/** The input with the chosen fixes applied, what each one did, and offsets between the two texts. */
export interface FixedText {
  readonly text: string;
  readonly changes: ExportChange[];
  readonly map: OffsetMap;
}

/**
 * The checks to run for the fixes switched on, in registry order. A risky check runs only when something could back
 * its fixes (a glossary entry, or a decision about that check): its findings alone change nothing.
 */
export function fixChecks(
  settings: Pick<ExportSettings, 'fixes'>,
  glossary: Glossary = EMPTY_GLOSSARY,
  decisions: readonly FixDecision[] = [],
): Check[] {
  return CHECKS.filter(
    (c) =>
      settings.fixes[c.id as ExportFix] === true &&
      (!RISKY_FIXES.has(c.id as ExportFix) || glossary.entries.length > 0 || decisions.some((d) => d.checkId === c.id)),
  );
}

/** Runs the checks of the fixes switched on (or `checks`) and applies the fixes they allow; every applied edit is a change. */
export function applyExportFixes(
  text: string,
  transcript: Transcript,
  settings: Pick<ExportSettings, 'fixes'>,
  glossary: Glossary = EMPTY_GLOSSARY,
  decisions: readonly FixDecision[] = [],
  checks: readonly Check[] = fixChecks(settings, glossary, decisions),
): FixedText {
  const findings = checks.length ? runChecks(text, { transcript, glossary, checks }) : [];
  return applyFindings(text, findings, glossary, decisions);
}

/** Applies the allowed fixes of `findings` (edits that would overlap an earlier one are left out). */
export function applyFindings(
  text: string,
  findings: readonly Finding[],
  glossary: Glossary,
  decisions: readonly FixDecision[],
): FixedText {
  const backed = glossaryTerms(glossary);
  const owner = new Map<TextEdit, Finding>();
  const seen = new Set<string>();
  // Lists of edits already taken whole: the engine shares a "rename all" between the findings it is offered on, and
  // reading its N edits again for each of N findings made N² keys.
  const taken = new Set<readonly TextEdit[]>();
  for (const f of findings) {
    const fix = preferredFix(f);
    if (!fix || taken.has(fix.edits) || !allowed(text, f, fix.edits, backed, decisions)) continue;
    taken.add(fix.edits);
    for (const e of fix.edits) {
      // A "rename all" fix is offered on every occurrence: its edits are taken once.
      const key = `${e.range.start}:${e.range.end}:${e.newText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      owner.set(e, f);
    }
  }
  const { kept } = selectEdits([...owner.keys()]);
  let out = '';
  let at = 0;
  for (const e of kept) {
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  out += text.slice(at);
  const lines = new LineIndex(text);
  const changes = kept.map((e): ExportChange => {
    const f = owner.get(e)!;
    const w = e.newText === '' ? e : wholeWords(text, e);
    return {
      rule: f.checkId,
      kind: e.newText === '' ? 'removed' : 'changed',
      range: w.range,
      line: lines.lineAt(w.range.start) + 1,
      original: text.slice(w.range.start, w.range.end),
      replacement: w.newText,
      reason: f.message,
    };
  });
  return { text: out, changes, map: new OffsetMap(kept) };
}

// A safe fix applies as the check proposes it; a risky one only when every replacement it writes is a glossary
// spelling (fix edits are narrowed to what they change, so the check's suggestion is what is compared), or the editor accepted this check's replacement of this text.
function allowed(
  text: string,
  f: Finding,
  edits: readonly TextEdit[],
  backed: ReadonlySet<string>,
  decisions: readonly FixDecision[],
): boolean {
  if (!RISKY_FIXES.has(f.checkId as ExportFix)) return true;
  const flagged = text.slice(f.range.start, f.range.end);
  const proposed = f.suggestions[0];
  if (decisions.some((d) => d.checkId === f.checkId && d.text === flagged && (d.replacement === undefined || d.replacement === proposed)))
    return true;
  return edits.length > 0 && proposed !== undefined && proposed.trim() !== '' && backed.has(proposed.trim());
}

// Every spelling the glossary prefers (terms and their translations).
function glossaryTerms(glossary: Glossary): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of glossary.entries) {
    out.add(e.term);
    if (e.translation) out.add(e.translation);
  }
  return out;
}

// An edit widened to the whole words it touches, for the report: edits are narrowed to the characters they change,
// and "arie Curie → ierre Curie" says less than the names it rewrites.
function wholeWords(text: string, e: TextEdit): TextEdit {
  let { start, end } = e.range;
  while (start > 0 && WORD.test(text[start - 1]) && (start === end ? WORD.test(text[start] ?? '') : WORD.test(text[start]))) start--;
  while (end < text.length && WORD.test(text[end]) && end > start && WORD.test(text[end - 1])) end++;
  return { range: { start, end }, newText: text.slice(start, e.range.start) + e.newText + text.slice(e.range.end, end) };
}
// Letters of scripts that space their words (a Han run is a whole sentence).
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;
