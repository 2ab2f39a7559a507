import * as path from 'path';

/** The lazily loaded aligner module. */
export type AlignModule = typeof import('./alignBundle');

let loaded: AlignModule | undefined;

/** Loads dist/align.js once, when a parallel view first opens. */
export function loadAlign(): AlignModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a separate bundle, loaded on demand
  return (loaded ??= require(path.join(__dirname, 'align.js')) as AlignModule);
}
