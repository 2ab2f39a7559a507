// Curated editions: the export engine shared by the CLI's `export` and the editor's export command.
export * from './options';
export * from './report';
export * from './export';
export * from './profile';
export { outputPathFor } from './outputPath';
export * from './bilingual';
