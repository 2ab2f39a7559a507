import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OrderedReport } from '../../src/cli/checkReport';
import fc from 'fast-check';
import { CHECKS, formatSarif, formatText, indentedJson, runChecks, toRecords, type CheckInfo, type FindingRecord } from '../../src/core';
import { readSeed, repoRoot, seedNames } from './helpers';

// Runs the built CLI in `cwd` (npm test builds dist/ before the unit tests run).
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A folder of many transcripts of different sizes in nested folders, cut from the seeds, a few with no finding.
function corpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-jobs-'));
  const seeds = seedNames().map((n) => readSeed(n));
  for (let i = 0; i < 24; i++) {
    const seed = seeds[i % seeds.length];
    const paragraphs = seed.split('\n\n');
    const text = i % 7 === 3 ? 'Ann: Hello there.\n' : paragraphs.slice(i % 4, (i % 4) + 2 + ((i * 5) % paragraphs.length)).join('\n\n');
    const sub = path.join(dir, i % 3 ? `part ${i % 3}` : '.', i % 5 === 0 ? 'deeper' : '.');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${String.fromCharCode(97 + ((i * 7) % 26))}${i}.txt`), text);
  }
  return dir;
}

suite('Check on many threads', () => {
  let dir: string;
  suiteSetup(() => {
    dir = corpus();
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'json', 'sarif']) {
    test(`Should print the same ${format} with --jobs 3 as with --jobs 1, exit code 1 for an error-severity finding`, () => {
      const args = ['check', '.', '--format', format, '--severity', 'repetition=error'];
      const one = cli(dir, ...args, '--jobs', '1');
      const three = cli(dir, ...args, '--jobs', '3');
      assert.strictEqual(one.code, 1, one.stderr);
      assert.ok(one.stdout.length > 1000 && /error/.test(one.stdout));
      assert.strictEqual(three.stdout, one.stdout);
      assert.strictEqual(three.stderr, one.stderr);
      assert.strictEqual(three.code, one.code);
    });
  }

  test('Should exit 0 on both paths when nothing is at error severity', () => {
    const one = cli(dir, 'check', '.', '--jobs', '1');
    const two = cli(dir, 'check', '.', '--jobs', '2');
    assert.strictEqual(one.code, 0, one.stderr);
    assert.deepStrictEqual(two, one);
  });

  test('Should exit 2 with the same message and no output on both paths when one file cannot be read', () => {
    const bad = path.join(dir, 'part 1', 'zz-latin1.txt');
    fs.writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    try {
      for (const format of ['text', 'json']) {
        const one = cli(dir, 'check', '.', '--format', format, '--jobs', '1');
        const four = cli(dir, 'check', '.', '--format', format, '--jobs', '4');
        assert.strictEqual(one.code, 2);
        assert.strictEqual(one.stdout, '');
        assert.match(one.stderr, /zz-latin1\.txt: is not valid UTF-8/);
        assert.deepStrictEqual(four, one);
      }
    } finally {
      fs.rmSync(bad);
    }
  });

  test('Should refuse a --jobs that is no whole number from 1, and an unknown check or level in --severity', () => {
    for (const bad of [
      ['--jobs', '0'],
      ['--jobs', 'two'],
      ['--jobs', '1.5'],
      ['--severity', 'no-such-check=error'],
      ['--severity', 'repetition=loud'],
    ]) {
      const r = cli(dir, 'check', '.', ...bad);
      assert.strictEqual(r.code, 2, bad.join(' '));
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^interlinear: --(jobs|severity)/);
    }
  });
});

// The whole report, as its format defines it: what the report written in pieces must equal to the byte.
function formatReport(format: string, records: readonly FindingRecord[], checks: readonly CheckInfo[], version: string): string {
  if (format === 'json') return JSON.stringify(records, null, 2) + '\n';
  if (format === 'sarif') return formatSarif(records, checks, version);
  return formatText(records);
}

suite('Check report written file by file', () => {
  const record = (file: string, line: number, severity: FindingRecord['severity']): FindingRecord => ({
    file,
    line,
    column: 2,
    endLine: line,
    endColumn: 5,
    code: 'repetition',
    severity,
    message: 'Repeated "word"\nacross a "line"',
    text: 'word word',
    suggestions: line % 2 ? ['word'] : [],
  });
  // Three files' records, the middle one with none.
  const perFile: FindingRecord[][] = [[record('a.txt', 1, 'warning'), record('a.txt', 12, 'error')], [], [record('b b.txt', 3, 'hint')]];

  for (const format of ['text', 'json', 'sarif']) {
    test(`Should write the same ${format} as the whole report, whatever order the files' records arrive in`, () => {
      for (const order of [
        [0, 1, 2],
        [2, 1, 0],
        [1, 2, 0],
      ]) {
        let written = '';
        const report = new OrderedReport(format, CHECKS, '1.2.3', (s) => (written += Buffer.from(s).toString()));
        for (const i of order) report.add(i, perFile[i]);
        report.finish();
        assert.strictEqual(written, formatReport(format, perFile.flat(), CHECKS, '1.2.3'), `${format}, order ${order.join(',')}`);
        assert.strictEqual(report.hasErrors, true);
      }
      let empty = '';
      const none = new OrderedReport(format, CHECKS, '1.2.3', (s) => (empty += Buffer.from(s).toString()));
      [0, 1].forEach((i) => none.add(i, []));
      none.finish();
      assert.strictEqual(empty, formatReport(format, [], CHECKS, '1.2.3'));
    });
  }

  test('Should write a report of many findings in pieces, the same bytes as the whole report', () => {
    // Every seed's findings, repeated until the report is several pieces long.
    const seeds = seedNames().flatMap((name) => {
      const text = readSeed(name);
      return toRecords(`seeds/${name}`, text, runChecks(text));
    });
    const records = Array.from({ length: 40 }, () => seeds).flat();
    for (const format of ['text', 'json', 'sarif']) {
      const pieces: Uint8Array[] = [];
      const report = new OrderedReport(format, CHECKS, '1.2.3', (s) => pieces.push(s));
      report.add(0, records);
      report.finish();
      if (format !== 'text') assert.ok(pieces.length > 3, `${format}: ${pieces.length} pieces`);
      assert.strictEqual(Buffer.concat(pieces).toString(), formatReport(format, records, CHECKS, '1.2.3'), format);
    }
  });
});

suite('Indented JSON', () => {
  test('Should write what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assert.strictEqual(indentedJson(value), JSON.stringify(value, null, 2));
      }),
      { numRuns: 2000 },
    );
  });

  test('Should indent every line after the first as an element nested that deep', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(6), (value, depth) => {
        const indent = ' '.repeat(depth);
        assert.strictEqual(indentedJson(value, indent), JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent));
      }),
    );
  });

  test('Should leave out what JSON leaves out: undefined members, and write null for undefined elements', () => {
    const value = { a: undefined, b: [undefined, 1], c: () => 1, d: NaN };
    assert.strictEqual(indentedJson(value), JSON.stringify(value, null, 2));
  });
});
