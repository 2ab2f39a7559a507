import * as assert from 'assert';
import {
  EMPTY_BASELINE_FILE,
  acceptIntoBaseline,
  applyEdits,
  disableNextLineEdit,
  minimalEdit,
  ignoreDirectiveEdit,
  parseBaselineFile,
  parseGlossary,
  preferredEdits,
  preferredFix,
  readDirectives,
  runChecks,
  suggestionsOf,
  toRecords,
  type Check,
  type Finding,
} from '../../src/core';
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
    const file = parseBaselineFile(acceptIntoBaseline(EMPTY_BASELINE_FILE, 'a.txt', before, runChecks(before, { checks: [flagXX] })));
    const after = joinLines('new line', 'first', 'an XX here', 'and a new XX there');
    const left = runChecks(after, { checks: [flagXX], baseline: file.files.get('a.txt') });
    assert.deepStrictEqual(
      left.map((f) => after.slice(f.range.start - 6, f.range.end)),
      ['a new XX'],
    );
    // The line moves to the end, behind a copy of its XX: the accepted one is still the one on that line.
    const moved = joinLines('an XX there', 'first', 'an XX here');
    assert.deepStrictEqual(
      runChecks(moved, { checks: [flagXX], baseline: file.files.get('a.txt') }).map((f) => f.range.start),
      [3],
    );
  });

  test('Should accept each finding once, by its anchor, and let a changed text come back', () => {
    const text = joinLines('XX one', 'XX one', 'XX two');
    const accepted = runChecks(text, { checks: [flagXX] }).slice(0, 2);
    const baseline = parseBaselineFile(acceptIntoBaseline(EMPTY_BASELINE_FILE, 'a.txt', text, accepted)).files.get('a.txt');
    assert.strictEqual(baseline?.entries.length, 2);
    assert.deepStrictEqual(
      runChecks(text, { checks: [flagXX], baseline }).map((f) => f.range.start),
      [14],
    );
    // A third copy of an accepted line is a new finding.
    const copied = joinLines('XX one', 'XX one', 'XX one', 'XX two');
    assert.strictEqual(runChecks(copied, { checks: [flagXX], baseline }).length, 2);
  });

  test('Should still honour the fingerprints of a version 1 baseline, and report a broken one', () => {
    const text = joinLines('first', 'an XX here', 'an XX there');
    const v1 = JSON.stringify({ version: 1, files: { 'a.txt': ['test-xx|XX|an | here'] } });
    const file = parseBaselineFile(v1);
    assert.deepStrictEqual(file.problems, []);
    const left = runChecks(joinLines('new', text), { checks: [flagXX], baseline: file.files.get('a.txt') });
    assert.deepStrictEqual(
      left.map((f) => f.range.start),
      [24],
    );
    // Accepting another file keeps the old fingerprints, in a version 2 file.
    const rewritten = parseBaselineFile(acceptIntoBaseline(file, 'b.txt', 'XX', runChecks('XX', { checks: [flagXX] })));
    assert.deepStrictEqual(rewritten.files.get('a.txt')?.fingerprints, ['test-xx|XX|an | here']);
    assert.strictEqual(JSON.parse(acceptIntoBaseline(file, 'b.txt', '', [])).version, 2);
    assert.match(parseBaselineFile('{oops').problems[0], /^not JSON .*; ignored$/);
    assert.strictEqual(parseBaselineFile('{oops').usable, false);
    assert.match(parseBaselineFile('{"version": 3, "files": {}}').problems[0], /expected/);
    const partly = parseBaselineFile('{"version": 2, "files": {"a.txt": [{"check": "x"}, "x|y||"], "b.txt": 7}}');
    assert.deepStrictEqual(partly.problems, [
      '1 entry of "a.txt" neither an anchor nor a fingerprint; skipped',
      '"b.txt" is not a list; skipped',
    ]);
    assert.deepStrictEqual(partly.files.get('a.txt'), { entries: [], fingerprints: ['x|y||'] });
  });

  test('Should write directives that the same module then reads as silencing the finding', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Ann: an XX here', 'Bob: and', 'an XX there'].join(eol);
      const [first, second] = runChecks(text, { checks: [flagXX] });
      const ignore = ignoreDirectiveEdit(text, 'test-xx', text.slice(first.range.start, first.range.end))!;
      const ignored = applyEdits(text, [ignore]).text;
      assert.ok(ignored.endsWith(`${eol}<!-- interlinear-ignore test-xx: XX -->${eol}`), JSON.stringify(ignored));
      assert.deepStrictEqual(runChecks(ignored, { checks: [flagXX] }), []);
      const disabled = applyEdits(text, [disableNextLineEdit(text, second.range.start, 'test-xx')]).text;
      assert.deepStrictEqual(disabled.split(eol), [
        'Ann: an XX here',
        'Bob: and',
        '<!-- interlinear-disable-next-line test-xx -->',
        'an XX there',
      ]);
      assert.deepStrictEqual(
        runChecks(disabled, { checks: [flagXX] }).map((f) => disabled.slice(f.range.start - 8, f.range.end)),
        ['Ann: an XX'],
      );
    }
    assert.strictEqual(ignoreDirectiveEdit('a', 'x', 'b --> c'), undefined);
    assert.strictEqual(ignoreDirectiveEdit('a', 'x', '   '), undefined);
    // A flagged text across lines is written on one line, and still matches.
    const wrapped = 'XX\nYY <!-- interlinear-ignore test-xxyy: XX YY -->';
    const xxyy: Check = { ...flagXX, id: 'test-xxyy', run: (_ctx, report) => report({ range: { start: 0, end: 5 }, message: 'XX YY' }) };
    assert.deepStrictEqual(runChecks(wrapped, { checks: [xxyy] }), []);
  });

  test('Should take the preferred fix from one function: the one marked preferred, else the first', () => {
    const finding = (fixes: Finding['fixes'], suggestions: string[]): Finding => ({
      checkId: 'x',
      range: { start: 2, end: 4 },
      message: 'm',
      level: 'warning',
      suggestions,
      fixes,
      related: [],
    });
    const a = { title: 'a', edits: [{ range: { start: 2, end: 4 }, newText: 'A' }] };
    const b = { title: 'b', edits: [{ range: { start: 3, end: 4 }, newText: 'B' }], preferred: true };
    assert.strictEqual(preferredFix(finding([a, b], [])), b);
    assert.strictEqual(preferredFix(finding([a], [])), a);
    assert.strictEqual(preferredFix(finding([], [])), undefined);
    assert.deepStrictEqual(preferredEdits([finding([a, b], []), finding([a], [])]), [...b.edits, ...a.edits]);
    // The CLI's first suggestion is what the preferred fix writes over the flagged text ("cd" → "cB").
    assert.deepStrictEqual(suggestionsOf('abcdef', finding([a, b], ['A', 'cB'])), ['cB', 'A']);
    assert.deepStrictEqual(toRecords('f', 'abcdef', [finding([a, b], ['A', 'cB'])])[0].suggestions, ['cB', 'A']);
    assert.deepStrictEqual(suggestionsOf('abcdef', finding([a, b], ['A'])), ['A']);
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

  test('Should narrow a fix edit to what it changes, never to an insertion where it ended, nor inside a surrogate pair', () => {
    const text = 'x… Intro line 😀z';
    const narrow = (start: number, end: number, newText: string) => minimalEdit(text, { range: { start, end }, newText });
    assert.deepStrictEqual(narrow(3, 13, '## Intro line'), { range: { start: 3, end: 3 }, newText: '## ' });
    // "…" made "……": inserted before the mark, so an edit starting right after it does not meet it.
    assert.deepStrictEqual(narrow(1, 2, '……'), { range: { start: 1, end: 1 }, newText: '…' });
    assert.deepStrictEqual(narrow(9, 13, 'line.'), { range: { start: 12, end: 13 }, newText: 'e.' });
    assert.deepStrictEqual(narrow(14, 16, '😁'), { range: { start: 14, end: 16 }, newText: '😁' });
    assert.deepStrictEqual(narrow(0, 1, 'x'), { range: { start: 0, end: 1 }, newText: 'x' });
    // Findings carry narrowed edits: a check replacing a whole line to add "## " edits one point.
    const heading: Check = {
      id: 'test-heading',
      description: 'makes the first line a heading',
      defaultLevel: 'hint',
      fixable: true,
      tags: [],
      scope: 'document',
      run(ctx, report) {
        const range = { start: 0, end: ctx.text.indexOf('\n') };
        report({ range, message: 'heading', fixes: [{ title: 'h', edits: [{ range, newText: '## ' + ctx.text.slice(0, range.end) }] }] });
      },
    };
    const [finding] = runChecks('Intro\nText.\n', { checks: [heading] });
    assert.deepStrictEqual(finding.fixes[0].edits, [{ range: { start: 0, end: 0 }, newText: '## ' }]);
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
