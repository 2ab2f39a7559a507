import * as path from 'path';
import { loadAnnotations } from '../core/annotations/annotationsFile';
import type { ProjectFileSystem } from '../core';
import {
  ANCHOR_STYLES,
  ANNOTATION_STYLES,
  BILINGUAL_LAYOUTS,
  EXPORT_FIXES,
  EXPORT_PROFILE_PATH,
  FRONT_MATTER_FIELDS,
  LABEL_STYLES,
  editionDiff,
  exportEdition,
  formatChanges,
  loadExportProfile,
  outputPathFor,
  parseFixList,
  type ExportChange,
  type ExportFix,
  type ExportNote,
  type ExportOptions,
  type ExportSettingsInput,
  type FrontMatterField,
} from '../core/export';
import { formatOption, parseArgs, UsageError, type Args } from './args';
import { readGlossary, readText } from './inputs';

/** The options of `interlinear export`, for its part of the usage text. */
/** Where the CLI's messages go: the edition or report (`out`), warnings, and text for stderr. */
export interface ExportIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly warn: (s: string) => void;
  /** The CLI's version, for the `generator` field. */
  readonly version?: string;
}

/**
 * `interlinear export <file>`: writes a curated edition, never over its input, over an existing file only with
 * `--force`, atomically. `--report` lists every removal and change, `--diff` prints a unified diff of the input
 * against the edition (both to stdout, or to stderr when the edition itself goes to stdout); `--dry-run` writes nothing.
 */
export async function exportCommand(project: ProjectFileSystem, argv: readonly string[], io: ExportIo): Promise<number> {
  const args = parseArgs(
    argv,
    ['out', 'glossary', 'format', 'source', 'profile', 'fix', 'no-fix', 'labels', 'front-matter', 'annotations', 'anchors', 'layout'],
    ['force', 'report', 'diff', 'dry-run'],
  );
  const format = formatOption(args, ['markdown', 'bilingual']) as 'markdown' | 'bilingual';
  if (args.positional.length !== 1) throw new UsageError('export takes exactly one file (the translation, with --format bilingual)');
  const [file] = args.positional;
  const source = value(args, 'source');
  if (format === 'bilingual' && !source) throw new UsageError('--format bilingual needs --source FILE (the original)');
  if (format === 'markdown' && source) throw new UsageError('--source goes with --format bilingual');
  const outPath = value(args, 'out') ?? outputPathFor(file, format);
  const toStdout = outPath === '-';
  const dryRun = args.options.has('dry-run');
  const settings = flagSettings(args);

  if (!toStdout) {
    for (const input of [file, source]) {
      if (input && path.resolve(input) === path.resolve(outPath)) throw new UsageError(`${outPath}: refusing to overwrite the input`);
    }
    const kind = await project.stat(outPath);
    if (kind === 'directory') throw new UsageError(`${outPath}: is a directory`);
    if (kind && !args.options.has('force') && !dryRun) throw new UsageError(`${outPath}: exists; add --force to overwrite it`);
  }

  const text = await readText(project, file);
  const profileOption = value(args, 'profile');
  const profile = await loadExportProfile(project, profileOption ?? EXPORT_PROFILE_PATH);
  if (profile.status === 'loaded') profile.problems.forEach(io.warn);
  else if (profile.status === 'unreadable' || profileOption) throw new UsageError(profile.message);
  const glossary = await readGlossary(project, value(args, 'glossary'), io.warn);
  const options: ExportOptions = {
    ...mergeLayers(profile.value.settings, settings),
    glossary,
    decisions: profile.value.decisions,
    notes: await readNotes(project, file, io.warn),
    fallbackTitle: path.basename(outputPathFor(file)).replace(/(?:\.edition)?\.md$/, ''),
    generator: io.version ? `Interlinear ${io.version}` : 'Interlinear',
  };

  let markdown: string;
  let changes: readonly ExportChange[] | undefined;
  if (format === 'bilingual') {
    const sourceText = await readText(project, source!);
    // Loaded on use, from a bundle of its own (esbuild.js): a Markdown export never loads the aligner.
    markdown = (await import('./exportBilingual')).bilingualEdition(sourceText, text, options).markdown;
  } else {
    const result = exportEdition(text, options);
    markdown = result.markdown;
    changes = result.changes;
  }

  const side = toStdout ? io.err : io.out;
  if (args.options.has('report')) side(changes ? formatChanges(changes, file) : `${file}: a bilingual edition changes no text\n`);
  if (args.options.has('diff')) side(editionDiff(text, markdown, file, toStdout ? 'edition' : outPath));
  if (dryRun) return 0;
  if (toStdout) {
    io.out(markdown);
    return 0;
  }
  try {
    await project.writeFileAtomic(outPath, markdown, { overwrite: args.options.has('force') });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${outPath}: exists; add --force to overwrite it`);
    throw new UsageError(`${outPath}: cannot write (${code ?? (error as Error).message})`);
  }
  return 0;
}

// The value of a valued option, if given.
function value(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

// The settings the flags set (undefined where a flag is absent, so the profile's value stands).
function flagSettings(args: Args): ExportSettingsInput {
  const fixes: Partial<Record<ExportFix, boolean>> = {};
  for (const [flag, on] of [
    ['fix', true],
    ['no-fix', false],
  ] as const) {
    const list = value(args, flag);
    if (list === undefined) continue;
    const { fixes: ids, unknown } = parseFixList(list);
    if (unknown.length) throw new UsageError(`--${flag}: unknown fix ${unknown.join(', ')} (fixes: all, ${EXPORT_FIXES.join(', ')})`);
    for (const id of ids) fixes[id] = on;
  }
  const fm = value(args, 'front-matter');
  let frontMatter: FrontMatterField[] | undefined;
  if (fm !== undefined) {
    const names = fm === 'none' ? [] : fm.split(',').map((s) => s.trim());
    const bad = names.filter((n) => !(FRONT_MATTER_FIELDS as readonly string[]).includes(n));
    if (bad.length)
      throw new UsageError(`--front-matter: unknown field ${bad.join(', ')} (fields: ${FRONT_MATTER_FIELDS.join(', ')}, or none)`);
    frontMatter = names as FrontMatterField[];
  }
  return {
    fixes,
    frontMatter,
    labelStyle: choice(args, 'labels', LABEL_STYLES),
    annotations: choice(args, 'annotations', ANNOTATION_STYLES),
    anchors: choice(args, 'anchors', ANCHOR_STYLES),
    bilingualLayout: choice(args, 'layout', BILINGUAL_LAYOUTS),
  };
}

function choice<T extends string>(args: Args, name: string, allowed: readonly T[]): T | undefined {
  const v = value(args, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}

// The profile under the flags: a flag given wins, a fix named by neither keeps its default.
function mergeLayers(profile: ExportSettingsInput, flags: ExportSettingsInput): ExportSettingsInput {
  const defined = Object.fromEntries(Object.entries(flags).filter(([k, v]) => v !== undefined && k !== 'fixes'));
  return { ...profile, ...defined, fixes: { ...(profile.fixes ?? {}), ...(flags.fixes ?? {}) } };
}

// The review notes on the input (its `.annotations.json` sidecar), as footnote material; a broken sidecar is a warning.
async function readNotes(project: ProjectFileSystem, file: string, warn: (s: string) => void): Promise<ExportNote[]> {
  const loaded = await loadAnnotations(project, file);
  if (loaded.status === 'unreadable') warn(`${loaded.message}; exporting without its notes`);
  if (loaded.status === 'loaded') loaded.problems.forEach(warn);
  return loaded.value.annotations.map((a) => ({
    ...a.anchor,
    body: a.comments
      .map((c) => c.value)
      .filter(Boolean)
      .join('\n\n'),
  }));
}
