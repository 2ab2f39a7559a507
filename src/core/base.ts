// Everything in the core but the checks themselves: what the editor needs at activation. The checks
// (with their language data) load later, so opening VS Code never waits for them.
export * from './text';
export * from './model';
export * from './language';
export * from './parse';
export * from './outline';
export * from './decode';
export * from './glossary';
export * from './checks/types';
export * from './checks/edits';
export * from './checks/docs';
export * from './checks/baseline';
