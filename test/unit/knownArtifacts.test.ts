import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { preferredEdits, runChecks, selectEdits } from '../../src/core';
import { readSeed, repoRoot } from './helpers';

interface Artifact {
  readonly seed: string;
  readonly text: string;
  readonly class: string;
  readonly expect: string | null;
}

// Real defects of the seeds, one per entry of test/fixtures/known-artifacts.json: seed, exact text, the check that
// must flag it and the text an editor would want instead.
const artifacts: Artifact[] = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'known-artifacts.json'), 'utf8'),
).artifacts;

suite('Known artifacts of the seeds', () => {
  for (const a of artifacts) {
    test(`Should find ${a.class} "${a.text.slice(0, 30)}" in ${a.seed.slice(0, 3)} and fix it as an editor would`, () => {
      const text = readSeed(a.seed);
      const start = text.indexOf(a.text);
      assert.ok(start >= 0, 'artifact text not in the seed');
      const end = start + a.text.length;
      const hits = runChecks(text).filter((f) => f.checkId === a.class && f.range.start < end && f.range.end > start);
      assert.ok(hits.length > 0, `no ${a.class} finding on the artifact`);
      if (a.expect === null) return;
      const { kept } = selectEdits(preferredEdits(hits));
      let fixed = '';
      let at = 0;
      let shifted = start;
      for (const e of kept) {
        fixed += text.slice(at, e.range.start) + e.newText;
        at = e.range.end;
        if (e.range.end <= start) shifted += e.newText.length - (e.range.end - e.range.start);
      }
      fixed += text.slice(at);
      if (a.expect === '') assert.ok(!fixed.includes(a.text), 'the fix left the artifact in place');
      else
        assert.ok(
          fixed.startsWith(a.expect, shifted),
          `after the fix: ${JSON.stringify(fixed.slice(shifted, shifted + a.expect.length + 10))}`,
        );
    });
  }
});
