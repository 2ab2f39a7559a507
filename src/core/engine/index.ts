// Running checks: the plain-data types, the engine, the incremental session, inline directives and the baseline.
export * from './types';
export * from './engine';
export * from './edits';
export * from './display';
export * from './docs';
export * from './suppression';
export * from './baseline';
export * from './session';
export * from './carry';
export * from './restated';
// engine/pairs.ts (the bilingual checks) is imported directly where a translation is checked: it loads the aligner.
