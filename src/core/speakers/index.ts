// Speakers as symbols (see README.md). `variants.ts` is left out on purpose: it loads the names' romanisation tables.
export * from './sites';
export * from './rename';
export * from './labelCompletion';
export * from './summary';
export * from './glossaryTerms';
