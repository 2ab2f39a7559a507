import * as fs from 'fs';
import * as path from 'path';

/** The repository root, from the compiled test's location (out/test/unit). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Names of the seed documents. */
export function seedNames(): string[] {
  return fs
    .readdirSync(path.join(repoRoot, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The text of a seed, by name or by its numeric prefix ("000"). */
export function readSeed(nameOrPrefix: string): string {
  const name = seedNames().find((n) => n === nameOrPrefix || n.startsWith(nameOrPrefix + '_'));
  if (!name) throw new Error(`no seed ${nameOrPrefix}`);
  return fs.readFileSync(path.join(repoRoot, 'seeds', name), 'utf8');
}

/** Joins lines with `\n`, as the in-memory documents of the tests are written. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}
