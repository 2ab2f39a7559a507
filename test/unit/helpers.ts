import fc from 'fast-check';
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

/** Pieces that make random text look like a transcript, awkward parts included (for property tests). */
export const transcriptPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 25 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '\uFEFF',
    '**',
    '：',
    ': ',
    '# ',
    '### ',
    '“',
    '”',
    '"',
    '—',
    '> ',
    '[00:01] ',
    '。',
    '，',
    ',',
    '(',
    ')',
    '（',
    'Ann Lee',
    'Anne Lee',
    '维克托·法尔奇',
    '维克多·法尔奇奇',
    '김철수',
    '김철쑤',
    'the the',
    '我们我们',
    'e\u0301',
    '😀😀',
    '\ud800',
    '\udc00',
    'Kubernetes',
    'Kubernets',
    'my name is Otto Lang',
    '我是王小明',
    '<!-- interlinear-disable -->',
    'Login | Sign up | Share',
    'https://ex.am/ple',
  ),
);
