import * as assert from 'assert';
import { acceptIntoBaseline, applyEdits, parseBaselineFile, parseGlossary, readDirectives, runChecks, type Check } from '../../src/core';
import { joinLines } from './helpers';

// A check for these tests only: flags every "XX" and offers to delete it.
const flagXX: Check = {
  id: 'test-xx',
  description: 'flags XX',
  defaultLevel: 'warning',
  fixable: true,
  tags: [],
  scope: 'document',
  run(ctx, report) {
    for (const m of ctx.text.matchAll(/XX/g)) {
      const range = { start: m.index!, end: m.index! + 2 };
      report({
        range,
        message: 'XX found',
        suggestions: [''],
        fixes: [{ title: 'Delete XX', edits: [{ range, newText: '' }], preferred: true }],
      });
    }
  },
};

suite('Check engine', () => {
  test('Should run a check and attach its id and level', () => {
    const findings = runChecks('a XX b XX', { checks: [flagXX] });
    assert.deepStrictEqual(
      findings.map((f) => [f.checkId, f.level, f.range.start]),
      [
        ['test-xx', 'warning', 2],
        ['test-xx', 'warning', 7],
      ],
    );
    assert.deepStrictEqual(
      runChecks('a XX', { checks: [flagXX], levels: { 'test-xx': 'error' } }).map((f) => f.level),
      ['error'],
    );
    assert.deepStrictEqual(runChecks('a XX', { checks: [flagXX], levels: { 'test-xx': 'off' } }), []);
  });

  test('Should honour disable/enable, disable-next-line and ignore directives', () => {
    const text = joinLines(
      'XX',
      '<!-- interlinear-disable test-xx -->',
      'XX',
      '<!-- interlinear-enable test-xx -->',
      'XX',
      '<!-- interlinear-disable-next-line -->',
      'XX',
      'XX',
      '<!-- interlinear-disable other-check -->',
      'XX',
    );
    const lines = runChecks(text, { checks: [flagXX] }).map((f) => text.slice(0, f.range.start).split('\n').length);
    assert.deepStrictEqual(lines, [1, 5, 8, 10]);
    assert.deepStrictEqual(readDirectives('<!-- interlinear-ignore near-miss: Dead Sea -->').ignores, [
      { id: 'near-miss', text: 'Dead Sea' },
    ]);
    assert.deepStrictEqual(runChecks('XX <!-- interlinear-ignore test-xx: XX -->', { checks: [flagXX] }), []);
  });

  test('Should keep baseline findings out even after lines move', () => {
    const before = joinLines('first', 'an XX here');
    const file = parseBaselineFile(acceptIntoBaseline({ files: new Map() }, 'a.txt', before, runChecks(before, { checks: [flagXX] })));
    const after = joinLines('new line', 'first', 'an XX here', 'and a new XX there');
    const left = runChecks(after, { checks: [flagXX], baseline: file.files.get('a.txt') });
    assert.deepStrictEqual(
      left.map((f) => after.slice(f.range.start - 6, f.range.end)),
      ['a new XX'],
    );
    assert.ok(parseBaselineFile('{oops').problem);
    assert.ok(parseBaselineFile('{"version": 2}').problem);
  });

  test('Should apply non-overlapping edits and skip overlapping ones', () => {
    const r = applyEdits('abcdef', [
      { range: { start: 4, end: 5 }, newText: 'E' },
      { range: { start: 0, end: 2 }, newText: 'AB' },
      { range: { start: 1, end: 3 }, newText: '!' },
      { range: { start: 6, end: 6 }, newText: 'g' },
      { range: { start: 6, end: 6 }, newText: 'h' },
    ]);
    assert.strictEqual(r.text, 'ABcdEfg');
    assert.strictEqual(r.skipped.length, 2);
  });
});

suite('Glossary', () => {
  test('Should read TSV and CSV with a header, ignoring unknown columns', () => {
    const tsv = parseGlossary(joinLines('term\tlang\tnote\tcolour', 'Viktor Farcic\ten\thost\tblue', 'DevOps Days\ten'));
    assert.deepStrictEqual(tsv.entries, [
      { term: 'Viktor Farcic', lang: 'en', note: 'host' },
      { term: 'DevOps Days', lang: 'en' },
    ]);
    const csv = parseGlossary(joinLines('term,lang,translation,translation_lang', '"Pentagon, Inc",en,五角大楼,zh'));
    assert.deepStrictEqual(csv.entries, [{ term: 'Pentagon, Inc', lang: 'en', translation: '五角大楼', translationLang: 'zh' }]);
  });

  test('Should report a broken glossary instead of throwing', () => {
    assert.match(parseGlossary('').problems[0], /empty/);
    assert.match(parseGlossary('name\tlang\nX\ten').problems[0], /no "term" column/);
    const partial = parseGlossary('term\tlang\n\ten\nOK\ten');
    assert.strictEqual(partial.entries.length, 1);
    assert.match(partial.problems[0], /:2: row has no term/);
    assert.doesNotThrow(() => parseGlossary('\u0000\u0001binary\tjunk'));
  });
});
