// Exporting a curated edition: the input's chosen fixes applied, then its blocks set as clean Markdown under a
// front matter, with every removal and change listed against the input.
import { createTwoFilesPatch } from 'diff';
import { blockAt } from '../document/blocks';
import type { Transcript } from '../document/model';
import { parseTranscript } from '../document/parse';
import { runChecks } from '../engine/engine';
import type { Finding } from '../engine/types';
import { EMPTY_GLOSSARY } from '../terms/glossary';
import { LineIndex, type TextRange } from '../text/offsets';
import { applyFindings, fixChecks } from './fixes';
import { setFootnotes } from './footnotes';
import { renderFrontMatter, type FrontMatter } from './frontMatter';
import { resolveExportSettings, type ExportOptions, type ExportSettings } from './options';
import { needsSeparator, renderBody } from './render';
import type { ExportChange } from './report';

/** A finished edition. */
export interface ExportResult {
  /** The edition's Markdown, ending in one line break. */
  readonly markdown: string;
  /** Every removal and change against the input (fixes, text moved to the front matter, escapes), in input order. */
  readonly changes: readonly ExportChange[];
  /** The front matter's values (whether or not each field was written). */
  readonly frontMatter: FrontMatter;
  /** The settings the export ran with (defaults, then the options). */
  readonly settings: ExportSettings;
}

/** How far an export has got, for a progress bar: a fraction of the work and what is being done. */
export interface ExportProgress {
  readonly fraction: number;
  readonly message: string;
}

/** Thrown by `exportEditionAsync` when its signal is aborted. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Exports `text` as a curated Markdown edition, in one go. */
export function exportEdition(text: string, options: ExportOptions = {}): ExportResult {
  const steps = exportSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same export, yielding to the event loop between its steps (each check is one), so that a large file does
 * not block the editor: reports progress and stops with `ExportCancelled` once `signal` is aborted.
 */
export async function exportEditionAsync(
  text: string,
  options: ExportOptions = {},
  onProgress: (p: ExportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ExportResult> {
  const steps = exportSteps(text, options);
  for (;;) {
    if (signal?.aborted) throw new ExportCancelled();
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** A unified diff of the input against the edition (the `diff` package), for a preview or `--diff`. */
export function editionDiff(input: string, edition: string, inputName = 'input', editionName = 'edition'): string {
  return createTwoFilesPatch(inputName, editionName, input.replace(/\r\n?/g, '\n'), edition, undefined, undefined, { context: 3 });
}

// The export as steps: each check, then the rendering; yields progress between them, returns the edition.
function* exportSteps(text: string, options: ExportOptions): Generator<ExportProgress, ExportResult> {
  const settings = resolveExportSettings(options);
  const glossary = options.glossary ?? EMPTY_GLOSSARY;
  yield { fraction: 0, message: 'Reading the document' };
  const transcript = parseTranscript(text);
  const checks = fixChecks(settings, glossary, options.decisions ?? []);
  const findings: Finding[] = [];
  for (let k = 0; k < checks.length; k++) {
    yield { fraction: 0.1 + (0.7 * k) / checks.length, message: `Checking: ${checks[k].id}` };
    findings.push(...runChecks(text, { transcript, glossary, checks: [checks[k]] }));
  }
  yield { fraction: 0.8, message: 'Applying fixes' };
  const fixed = applyFindings(text, findings, glossary, options.decisions ?? []);
  yield { fraction: 0.85, message: 'Writing the edition' };
  const fixedTranscript = fixed.text === text ? transcript : parseTranscript(fixed.text);
  return render(
    text,
    fixedTranscript,
    fixed.changes,
    fixed.map.toInput.bind(fixed.map),
    fixed.map.toOutput.bind(fixed.map),
    settings,
    options,
  );
}

// Sets the fixed text as the edition and merges the rendering's changes into the fixes' changes.
function render(
  input: string,
  t: Transcript,
  fixChanges: readonly ExportChange[],
  toInput: (offset: number) => number,
  toOutput: (offset: number) => number,
  settings: ExportSettings,
  options: ExportOptions,
): ExportResult {
  const inputRange = (r: TextRange): TextRange => ({ start: toInput(r.start), end: Math.max(toInput(r.start), toInput(r.end)) });
  const body = renderBody(t, {
    settings,
    inputOf: (r) => input.slice(inputRange(r).start, inputRange(r).end),
    fallbackTitle: options.fallbackTitle,
  });
  const lines = new LineIndex(input);
  const changes: ExportChange[] = [...fixChanges];
  for (const c of body.changes) {
    const range = inputRange(c.range);
    changes.push({ ...c, range, line: lines.lineAt(range.start) + 1, original: input.slice(range.start, range.end) });
  }
  changes.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);

  const fm: FrontMatter = {
    ...body.frontMatter,
    title: body.title,
    speakers: t.speakers.map((s) => s.name),
    language: t.language.tag === 'und' ? undefined : t.language.tag,
    generator: options.generator ?? 'Interlinear',
  };
  const notes = settings.annotations === 'footnotes' ? (options.notes ?? []) : [];
  const footnotes = setFootnotes(input, notes, body.chunks, (offset) => blockAt(t.blocks, toOutput(offset)));
  const parts: string[] = [];
  const frontMatter = renderFrontMatter(fm, settings.frontMatter);
  if (frontMatter) parts.push(frontMatter);
  // markdownlint's MD033 would flag the anchors, which are inline HTML on purpose.
  if (settings.anchors === 'html' && t.turns.length > 0) parts.push('<!-- markdownlint-disable MD033 -->');
  if (!body.titleInFrontMatter && body.title) parts.push(`# ${body.title}`);
  body.chunks.forEach((c, k) => {
    // Two blockquotes with only a blank line between them would read as one (MD028): a comment keeps them apart.
    if (k > 0 && needsSeparator(body.chunks[k - 1], c)) parts.push('<!-- -->');
    parts.push(c.text);
  });
  if (footnotes) parts.push(footnotes);
  return { markdown: parts.join('\n\n') + '\n', changes, frontMatter: fm, settings };
}
