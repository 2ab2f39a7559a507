import type { Check } from './types';

/** Every check, in the order findings of equal position are listed. Ids are stable: they are public. */
export const CHECKS: readonly Check[] = [];

/** The docs page of a check, relative to the extension or repository root. */
export function docsPath(id: string): string {
  return `docs/checks/${id}.md`;
}
