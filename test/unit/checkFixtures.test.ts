import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKS, runChecks } from '../../src/core';
import { repoRoot } from './helpers';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'checks');

// `test/fixtures/checks/<id>[.anything].transcript` marks each line where check <id> must report with `{<id>}`.
// Listed when the suite is defined: without the folder the run fails at once instead of defining no test.
if (!fs.existsSync(fixtures)) throw new Error(`${fixtures} is missing: every check needs its fixtures there`);
const files = fs
  .readdirSync(fixtures)
  .filter((f) => f.endsWith('.transcript'))
  .sort();
const checkOf = (file: string) => file.split('.')[0];
const read = (file: string) => fs.readFileSync(path.join(fixtures, file), 'utf8');
const markedLines = (text: string, id: string) => text.split('\n').flatMap((line, i) => (line.includes(`{${id}}`) ? [i + 1] : []));

suite('Check fixtures', () => {
  test('Should have, for every registered check, a fixture that marks at least one expected finding', () => {
    const covered = new Set(files.filter((f) => markedLines(read(f), checkOf(f)).length > 0).map(checkOf));
    const missing = CHECKS.map((c) => c.id).filter((id) => !covered.has(id));
    if (missing.length > 0) assert.fail(`no fixture in test/fixtures/checks marks a finding of: ${missing.join(', ')}`);
  });

  test('Should name a registered check in every fixture file name', () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    assert.deepStrictEqual(
      files.filter((f) => !ids.has(checkOf(f))),
      [],
    );
  });

  for (const file of files) {
    const id = checkOf(file);
    test(`Should report ${id} exactly on the marked lines of ${file}`, () => {
      const check = CHECKS.find((c) => c.id === id);
      assert.ok(check, `no check ${id}`);
      const text = read(file);
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      const actual = [...new Set(runChecks(text, { checks: [check] }).map((f) => lineOf(f.range.start)))];
      assert.deepStrictEqual(actual, markedLines(text, id));
    });
  }
});
