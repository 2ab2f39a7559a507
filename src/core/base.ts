// Everything in the core but the checks themselves: what the editor needs at activation. The checks
// (with their language data) load later, so opening VS Code never waits for them.
export * from './text/offsets';
export * from './document/model';
export * from './language/language';
export * from './document/parse';
export * from './document/outline';
export * from './document/paragraphs';
export * from './text/decode';
export * from './terms/glossary';
export * from './terms/speakerDecisions';
export * from './engine/types';
export * from './engine/edits';
export * from './engine/display';
export * from './engine/docs';
export * from './engine/baseline';
export * from './engine/carry';
export * from './engine/suppression';
export * from './engine/restated';
export * from './project';
