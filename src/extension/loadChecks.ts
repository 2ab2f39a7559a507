import * as path from 'path';

/** The lazily loaded checks module. */
export type ChecksModule = typeof import('./checksBundle');

let loaded: ChecksModule | undefined;

/** Loads dist/checks.js once, on the first check rather than at activation. */
export function loadChecks(): ChecksModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a separate bundle, loaded on demand
  return (loaded ??= require(path.join(__dirname, 'checks.js')) as ChecksModule);
}
