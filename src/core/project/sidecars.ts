// Where a project keeps what Interlinear writes beside the documents: named here once.

/** The folder, at the project root, of the project-wide files. */
export const PROJECT_FOLDER = '.interlinear';

/** The workspace glossary (the editor's `interlinear.glossaryPath` default, the CLI's default `--glossary`). */
export const GLOSSARY_PATH = `${PROJECT_FOLDER}/glossary.tsv`;

/** The findings accepted as known, per document. */
export const BASELINE_PATH = `${PROJECT_FOLDER}/baseline.json`;

/** The review notes on a document `file` (W3C Web Annotations), beside it. */
export function annotationsPath(file: string): string {
  return `${file}.annotations.json`;
}

/** The alignment overrides of a document `file`, beside it. */
export function alignmentPath(file: string): string {
  return `${file}.alignment.json`;
}

/** How the baseline names a document: its path relative to the project root, with `/` between names. */
export function baselineKey(relativePath: string): string {
  return relativePath.split('\\').join('/');
}

/** Who is who: the user's Merge Speakers and Split Speaker decisions, for every document of the project. */
export const SPEAKERS_PATH = `${PROJECT_FOLDER}/speakers.json`;
