import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKS, docsPath, runChecks } from '../../src/core';
import { repoRoot } from './helpers';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'checks');

// `test/fixtures/checks/<id>[.anything].transcript` marks each line where check <id> must report with `{<id>}`.
suite('Check fixtures', () => {
  for (const file of fs.existsSync(fixtures)
    ? fs
        .readdirSync(fixtures)
        .filter((f) => f.endsWith('.transcript'))
        .sort()
    : []) {
    const id = file.split('.')[0];
    test(`Should report ${id} exactly on the marked lines of ${file}`, () => {
      const check = CHECKS.find((c) => c.id === id);
      assert.ok(check, `no check ${id}`);
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
      const marker = `{${id}}`;
      const expected = text.split('\n').flatMap((line, i) => (line.includes(marker) ? [i + 1] : []));
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      const actual = [...new Set(runChecks(text, { checks: [check] }).map((f) => lineOf(f.range.start)))];
      assert.deepStrictEqual(actual, expected);
    });
  }
});

suite('Check registry', () => {
  test('Should have unique kebab-case ids and a docs page for every check', () => {
    const ids = CHECKS.map((c) => c.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const c of CHECKS) {
      assert.match(c.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(c.description.length > 10, c.id);
      const doc = path.join(repoRoot, docsPath(c.id));
      assert.ok(fs.existsSync(doc), `missing ${docsPath(c.id)}`);
      assert.match(fs.readFileSync(doc, 'utf8'), new RegExp(`^# ${c.id}\\b`));
    }
  });
});
