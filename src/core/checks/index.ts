// Artifact checks: the registry, the engine that runs them, and their plain-data findings.
export * from './types';
export * from './registry';
export * from './engine';
export * from './edits';
export * from './docs';
export * from './suppression';
export * from './baseline';
export * from './session';
