import type { ProjectFileSystem } from '../core';
import { annotationRecords, formatAnnotationsMarkdown, loadAnnotations, reanchorAnnotations } from '../core/annotations';
import { formatOption, parseArgs, UsageError } from './args';
import { readText } from './inputs';

/**
 * `interlinear annotations <file> [--format json|markdown]`: the review notes of `<file>.annotations.json` where
 * they are now in `<file>` (re-attached to its current text; orphaned ones marked, never left out). JSON is an array
 * of `{"id","exact","line","column","endLine","endColumn","orphaned","body",…}`; Markdown is a review report.
 * Reads only: the sidecar is not rewritten. A file without a sidecar has no notes; a sidecar that cannot be read
 * is a usage error (exit 2) and items of it that are not notes are warnings.
 */
export async function annotationsCommand(
  project: ProjectFileSystem,
  argv: readonly string[],
  out: (s: string) => void,
  warn: (s: string) => void = () => {},
): Promise<number> {
  const args = parseArgs(argv, ['format']);
  const format = formatOption(args, ['json', 'markdown']);
  if (args.positional.length !== 1) throw new UsageError('annotations takes exactly one file');
  const file = args.positional[0];
  const text = await readText(project, file);
  const loaded = await loadAnnotations(project, file);
  if (loaded.status === 'unreadable') throw new UsageError(loaded.message);
  if (loaded.status === 'loaded') {
    if (!loaded.value.usable) throw new UsageError(loaded.problems[0]);
    loaded.problems.forEach(warn);
  }
  const records = annotationRecords(text, reanchorAnnotations(loaded.value.annotations, text));
  out(format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : formatAnnotationsMarkdown(file, records));
  return 0;
}
