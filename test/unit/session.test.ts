import * as assert from 'assert';
import fc from 'fast-check';
import { CHECKS, CheckSession, runChecks, type Check, type Finding } from '../../src/core';
import { readSeed, seedNames } from './helpers';

// A block-scoped check for these tests: flags doubled "!!" inside any block.
const bangs: Check = {
  id: 'test-bangs',
  description: 'flags doubled exclamation marks',
  defaultLevel: 'hint',
  fixable: false,
  tags: [],
  scope: 'block',
  run(ctx, report) {
    for (const i of ctx.blocks) {
      const b = ctx.transcript.blocks[i];
      const text = ctx.text.slice(b.range.start, b.range.end);
      for (const m of text.matchAll(/!!/g))
        report({ range: { start: b.range.start + m.index!, end: b.range.start + m.index! + 2 }, message: 'doubled !' });
    }
  },
};

const checks = [...CHECKS, bangs];
const view = (text: string, findings: Finding[]) =>
  findings.map((f) => `${f.checkId}@${f.range.start}-${f.range.end}:${text.slice(f.range.start, f.range.end)}|${f.message}`);

// Replaces one line of `text` with `insert`.
function editLine(text: string, lineIndex: number, insert: string): string {
  const lines = text.split('\n');
  lines[lineIndex % lines.length] = insert;
  return lines.join('\n');
}

suite('Incremental check session', () => {
  test('Should give exactly the findings of a full run after edits, for every seed', () => {
    const seeds = seedNames().map(readSeed);
    fc.assert(
      fc.property(
        fc.nat(seeds.length - 1),
        fc.array(fc.tuple(fc.nat(400), fc.constantFrom('', 'Hello!! again', 'Ann: 你好!!', '# Heading', 'the the same', '“引号”')), {
          minLength: 1,
          maxLength: 3,
        }),
        (seedIndex, edits) => {
          const session = new CheckSession({ checks });
          let text = seeds[seedIndex];
          session.checkAll(text);
          for (const [line, insert] of edits) {
            text = editLine(text, line, insert);
            assert.deepStrictEqual(view(text, session.checkAll(text).findings), view(text, runChecks(text, { checks })));
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  test('Should recheck edited blocks on the fast path and carry document findings across the edit', () => {
    const session = new CheckSession({ checks });
    const before = readSeed('002');
    session.checkAll(before);
    const after = editLine(before, 3, 'A new line!! with a doubled mark');
    const fast = session.checkEdited(after);
    assert.strictEqual(fast.stale, true);
    const full = runChecks(after, { checks });
    const blockIds = new Set(checks.filter((c) => c.scope === 'block').map((c) => c.id));
    const blockOnly = (fs: Finding[]) =>
      view(
        after,
        fs.filter((f) => blockIds.has(f.checkId)),
      );
    assert.deepStrictEqual(blockOnly(fast.findings), blockOnly(full));
    assert.ok(fast.findings.some((f) => f.checkId === 'test-bangs'));
    for (const f of fast.findings) assert.ok(f.range.end <= after.length);
    const carried = fast.findings.filter((f) => !blockIds.has(f.checkId)).map((f) => after.slice(f.range.start, f.range.end));
    const previous = runChecks(before, { checks })
      .filter((f) => !blockIds.has(f.checkId))
      .map((f) => before.slice(f.range.start, f.range.end));
    for (const text of carried) assert.ok(previous.includes(text), `carried finding "${text}" did not exist before`);
  });
});
