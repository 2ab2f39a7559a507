import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot, seedNames } from './helpers';

// Runs the built CLI (npm test builds dist/ before the unit tests run).
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

suite('CLI', () => {
  const seed = (prefix: string) =>
    path.join(
      repoRoot,
      'seeds',
      seedNames().find((n) => n.startsWith(prefix))!,
    );

  test('Should list the speakers of seed 001 as JSON', () => {
    const r = cli('speakers', seed('001'), '--format', 'json');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(
      JSON.parse(r.stdout).map((s: { name: string; turns: number }) => [s.name, s.turns]),
      [
        ['Viktor Farcic', 37],
        ['Andy Clemenko', 37],
      ],
    );
  });

  // People, not spellings: every turn counted under one of two people, each with the spellings that name them.
  test('Should list the two people of seed 000 with their spellings, and name the speaker of seed 002 from its title', () => {
    const people = JSON.parse(cli('speakers', seed('000'), '--format', 'json').stdout) as {
      name: string;
      turns: number;
      spellings: Record<string, number>;
    }[];
    assert.strictEqual(people.length, 2);
    assert.deepStrictEqual(Object.keys(people[0]), ['name', 'turns', 'spellings']);
    assert.strictEqual(people[0].turns + people[1].turns, 45);
    assert.ok(people.some((p) => 'Viktor Farcic' in p.spellings) && people.some((p) => 'Damien Duportal' in p.spellings));
    for (const p of people)
      assert.strictEqual(
        Object.values(p.spellings).reduce((a, b) => a + b),
        p.turns,
      );
    const monologue = JSON.parse(cli('speakers', seed('002'), '--format', 'json').stdout);
    assert.deepStrictEqual(monologue, [{ name: 'Julien Pivotto', turns: 0, spellings: { 'Julien Pivotto': 1 } }]);
  });

  test('Should print the outline of seed 000 with its sections', () => {
    const r = cli('outline', seed('000'));
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout.split('\n').filter((l) => l.startsWith('# ')).length, 8);
  });

  test('Should exit 2 with a message for bad usage, missing, binary and non-UTF-8 files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-cli-'));
    const binary = path.join(dir, 'a.bin');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
    const latin1 = path.join(dir, 'b.txt');
    fs.writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    for (const args of [
      [],
      ['frobnicate', seed('000')],
      ['outline'],
      ['outline', path.join(dir, 'missing.txt')],
      ['outline', binary],
      ['outline', latin1],
      ['outline', dir],
      ['outline', seed('000'), '--format', 'yaml'],
    ]) {
      const r = cli(...args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^interlinear: /);
      assert.strictEqual(r.stdout, '');
    }
    fs.rmSync(dir, { recursive: true });
  });
});

suite('CLI code cache', () => {
  // A copy of the built CLI inside the repository, so that its external dependencies still resolve.
  function copyOfCli(cache: Buffer | undefined): string {
    const dir = fs.mkdtempSync(path.join(repoRoot, 'out', 'cli-copy-'));
    for (const file of ['cli.js', 'cliMain.js']) fs.copyFileSync(path.join(repoRoot, 'dist', file), path.join(dir, file));
    if (cache) fs.writeFileSync(path.join(dir, 'cliMain.cache'), cache);
    return dir;
  }
  const run = (dir: string) =>
    spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'check', path.join(repoRoot, 'seeds'), '--format', 'json'], {
      encoding: 'utf8',
    });

  test('Should give the same findings with the build-time cache, without one, and with one made for another bundle', () => {
    const built = fs.readFileSync(path.join(repoRoot, 'dist', 'cliMain.cache'));
    assert.ok(built.length > 32, 'npm run build writes dist/cliMain.cache');
    const expected = run(path.join(repoRoot, 'dist')).stdout;
    assert.ok(JSON.parse(expected).length > 0);
    const stale = Buffer.from(built);
    stale[0] ^= 0xff; // the digest of another bundle
    for (const cache of [undefined, stale, Buffer.from('not a cache')]) {
      const dir = copyOfCli(cache);
      const r = run(dir);
      fs.rmSync(dir, { recursive: true });
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.stdout, expected);
    }
  });
});

suite('CLI check', () => {
  const seedsDir = path.join(repoRoot, 'seeds');

  test('Should print findings of every seed as the JSON contract says', () => {
    const r = cli('check', seedsDir, '--format', 'json');
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const records = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(Array.isArray(records));
    const keys = ['file', 'line', 'column', 'endLine', 'endColumn', 'code', 'severity', 'message', 'text', 'suggestions'];
    for (const rec of records) {
      assert.deepStrictEqual(Object.keys(rec).sort(), [...keys].sort());
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rec.severity as string));
      assert.ok(Array.isArray(rec.suggestions) && (rec.suggestions as unknown[]).every((s) => typeof s === 'string'));
      // Independently of the core: cut the flagged text out of the file by its 1-based, end-exclusive position.
      const lines = fs.readFileSync(rec.file as string, 'utf8').split(/\r\n|\n|\r/);
      const [line, column, endLine, endColumn] = [rec.line, rec.column, rec.endLine, rec.endColumn] as number[];
      const cut =
        line === endLine
          ? lines[line - 1].slice(column - 1, endColumn - 1)
          : [lines[line - 1].slice(column - 1), ...lines.slice(line, endLine - 1), lines[endLine - 1].slice(0, endColumn - 1)].join('\n');
      assert.strictEqual(cut.replace(/\r/g, ''), (rec.text as string).replace(/\r/g, ''), `${rec.file}:${line}:${column}`);
    }
    assert.strictEqual(r.code, records.some((x) => x.severity === 'error') ? 1 : 0);
  });

  test('Should print SARIF 2.1.0 that validates against the official schema', () => {
    const r = cli('check', seedsDir, '--format', 'sarif');
    const log = JSON.parse(r.stdout);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = require('ajv-draft-04');
    // The published schema has a pattern that is invalid in Unicode mode; formats are informative only.
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const json = JSON.parse(cli('check', seedsDir, '--format', 'json').stdout);
    assert.strictEqual(log.runs[0].results.length, json.length);
    assert.ok(!validate({ version: '2.1.0', runs: [{ results: [] }] }), 'the validator must reject a run without a tool');
  });

  test('Should group text output per file and exit 2 on a broken glossary named with --glossary', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-cli-'));
    const doc = path.join(dir, 'talk.txt');
    fs.writeFileSync(doc, 'Ann: hello hello there.\n');
    const broken = path.join(dir, 'glossary.tsv');
    fs.writeFileSync(broken, 'name\tlanguage\nX\ten\n');
    const r = cli('check', doc, '--glossary', broken);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no "term" column/);
    assert.strictEqual(r.stdout, '');
    fs.rmSync(dir, { recursive: true });
  });
});

suite('CLI align', () => {
  const fixture = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'align', name);
  const lines = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim());

  test('Should align a segmented pair as the JSON contract says: every segment once, in order, with scores', () => {
    const r = cli('align', fixture('ko-en-1.en'), fixture('ko-en-1.ko'), '--segmented', '--format', 'json');
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      source: string[];
      target: string[];
      pairs: { source: number[]; target: number[]; score: number }[];
    };
    assert.deepStrictEqual(out.source, lines(fixture('ko-en-1.en')));
    assert.deepStrictEqual(out.target, lines(fixture('ko-en-1.ko')));
    assert.deepStrictEqual(
      out.pairs.flatMap((p) => p.source),
      out.source.map((_, i) => i),
    );
    assert.deepStrictEqual(
      out.pairs.flatMap((p) => p.target),
      out.target.map((_, i) => i),
    );
    assert.ok(out.pairs.every((p) => p.score >= 0 && p.score <= 1 && p.source.length + p.target.length > 0));
  });

  test('Should print TSV and TMX of the demo interview, the changed number on the row of its original', () => {
    const en = path.join(repoRoot, 'seeds', 'demo', 'interview.en.transcript.md');
    const zh = path.join(repoRoot, 'seeds', 'demo', 'interview.zh.transcript.md');
    const tsv = cli('align', en, zh, '--format', 'tsv');
    assert.strictEqual(tsv.code, 0, tsv.stderr);
    const rows = tsv.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    assert.ok(rows.every((r) => r.length === 3));
    const row = rows.find((r) => r[0].includes('2,000 companies'));
    assert.ok(row?.[1].includes('200家'), JSON.stringify(row));
    const tmx = cli('align', en, zh, '--format', 'tmx');
    assert.match(tmx.stdout, /<tuv xml:lang="zh"><seg>/);
  });

  test('Should exit 2 when not given exactly two files', () => {
    const r = cli('align', fixture('ko-en-1.en'));
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /exactly two files/);
  });
});

suite('CLI check with the original', () => {
  const demo = (name: string) => path.join(repoRoot, 'seeds', 'demo', name);
  const BILINGUAL = new Set([
    'omission',
    'addition',
    'untranslated',
    'number-mismatch',
    'term-translation',
    'inconsistent-translation',
    'url-mismatch',
  ]);

  // The demo pair's README lists five damages: four of them are mistakes of these checks' kinds, the fifth (two
  // sentences merged into one) is a legitimate way to translate and must not be reported.
  test('Should report each damage of the demo pair under its id, in the file it is in, and nothing else of those ids', () => {
    const en = demo('interview.en.transcript.md');
    const zh = demo('interview.zh.transcript.md');
    const r = cli('check', zh, '--source', en, '--format', 'json');
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const records = JSON.parse(r.stdout) as { file: string; line: number; code: string; text: string; message: string }[];
    const found = records.filter((f) => BILINGUAL.has(f.code)).map((f) => `${path.basename(f.file)}:${f.line} ${f.code}`);
    assert.deepStrictEqual(found.sort(), [
      'interview.en.transcript.md:21 omission',
      'interview.zh.transcript.md:11 term-translation',
      'interview.zh.transcript.md:17 number-mismatch',
      'interview.zh.transcript.md:25 untranslated',
    ]);
    // Told once each: the English sentence left in the translation is not wrong-language too, and the changed number
    // is the only one of its sentence (数千 "several thousand" is no number to keep).
    assert.deepStrictEqual(
      records.filter((f) => f.line === 25 && path.basename(f.file) === 'interview.zh.transcript.md').map((f) => f.code),
      ['untranslated'],
    );
    assert.strictEqual(
      records.find((f) => f.code === 'number-mismatch')?.message,
      'The original has “2,000” where the translation has “200”: write “2,000”.',
    );
  });

  test('Should pair the files of a folder by their names with --pairs, and list the bilingual rules in SARIF', () => {
    const r = cli('check', path.join(repoRoot, 'seeds', 'demo'), '--pairs', '--format', 'sarif');
    const sarif = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    const rules = sarif.runs[0].tool.driver.rules.map((x) => x.id);
    for (const id of BILINGUAL) assert.ok(rules.includes(id), `no rule ${id}`);
    assert.strictEqual(sarif.runs[0].results.filter((x) => BILINGUAL.has(x.ruleId)).length, 4);
  });

  test('Should refuse --source with more than one file', () => {
    const r = cli('check', 'a.txt', 'b.txt', '--source', 'c.txt');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--source goes with exactly one file/);
  });
});
