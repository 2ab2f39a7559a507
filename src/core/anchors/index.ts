// One way to keep a range attached to its text across edits, inside or outside the editor.
export * from './anchor';
export * from './attach';
export { fuzzyFind, FUZZY_BUDGET, type FuzzyMatch } from './fuzzy';
export * from './offsetMap';
export * from './place';
