import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { parseArgs, UsageError } from '../../src/cli/args';
import { expandInputs } from '../../src/cli/inputs';
import {
  MAX_FILE_BYTES,
  MemoryFileSystem,
  NodeFileSystem,
  artifactUri,
  formatText,
  fromGlossary,
  parseGlossary,
  type DirectoryEntry,
  type FindingRecord,
} from '../../src/core';
import { repoRoot } from './helpers';

const cliPath = path.join(repoRoot, 'dist', 'cli.js');

// Runs the built CLI (npm test builds dist/ before the unit tests run), with node options before the script.
function cli(args: string[], nodeOptions: string[] = [], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [...nodeOptions, cliPath, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A transcript whose check gives thousands of findings (about a megabyte of JSON: more than a pipe holds).
const noisy = Array.from({ length: 3000 }, (_, i) => `Ann: this is is line ${i} of the the talk.\n\n`).join('');

suite('CLI hardening', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-hardening-'));
  });
  teardown(() => {
    const locked = path.join(dir, 'locked');
    if (fs.existsSync(locked)) fs.chmodSync(locked, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  suite('CLI exit codes', () => {
    test('Should exit 3 with one line on stderr on an internal error, and print the stack only with --debug', () => {
      const crash = path.join(dir, 'crash.js');
      fs.writeFileSync(crash, 'JSON.stringify = () => { throw new Error("boom\\nmore"); };\n');
      const doc = path.join(dir, 'a.txt');
      fs.writeFileSync(doc, 'Ann: hello.\n');
      const r = cli(['outline', doc, '--format', 'json'], ['--require', crash]);
      assert.strictEqual(r.code, 3);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.stderr, 'interlinear: internal error: boom (run with --debug for the stack)\n');
      const debug = cli(['outline', doc, '--debug', '--format', 'json'], ['--require', crash]);
      assert.strictEqual(debug.code, 3);
      assert.match(debug.stderr, /^interlinear: internal error: Error: boom\nmore\n\s+at /);
    });

    test('Should keep 0, 1 and 2 for success, errors found and bad usage', () => {
      const clean = path.join(dir, 'clean.txt');
      fs.writeFileSync(clean, 'Ann: Hello there.\n');
      assert.strictEqual(cli(['check', clean]).code, 0);
      const usage = cli(['check', clean, '--frobnicate']);
      assert.strictEqual(usage.code, 2);
      assert.strictEqual(usage.stdout, '');
    });
  });

  suite('CLI output failures', () => {
    test('Should exit 2 with a message when the disk is full', function () {
      if (!fs.existsSync('/dev/full')) this.skip();
      const doc = path.join(dir, 'noisy.txt');
      fs.writeFileSync(doc, noisy);
      for (const size of ['small', 'large']) {
        const args = size === 'small' ? ['--version'] : ['check', doc, '--format', 'json'];
        const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" ${args.join(' ')} > /dev/full`], { encoding: 'utf8' });
        assert.strictEqual(r.status, 2, size);
        assert.match(r.stderr, /^interlinear: cannot write the output \(ENOSPC\)\n$/, size);
      }
    });

    test('Should exit non-zero, quietly, when the reader closes the pipe', () => {
      const doc = path.join(dir, 'noisy.txt');
      fs.writeFileSync(doc, noisy);
      const script = `"${process.execPath}" "${cliPath}" check "${doc}" --format json 2>"${dir}/err" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      assert.strictEqual(r.stdout.trim(), '2');
      assert.strictEqual(fs.readFileSync(path.join(dir, 'err'), 'utf8'), '');
    });
  });

  suite('CLI refused inputs', () => {
    const refused = (file: string, reason: RegExp) => {
      const r = cli(['outline', file]);
      assert.strictEqual(r.code, 2, file);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, reason);
    };

    test('Should refuse devices, FIFOs and sockets before reading them', async function () {
      if (process.platform === 'win32') this.skip();
      refused('/dev/zero', /\/dev\/zero: cannot read \(is not a regular file but a device\)/);
      const fifo = path.join(dir, 'pipe.txt');
      assert.strictEqual(spawnSync('mkfifo', [fifo]).status, 0);
      refused(fifo, /is not a regular file but a FIFO/); // would block forever if opened
      const socket = path.join(dir, 'socket.txt');
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(socket, resolve));
      try {
        refused(socket, /is not a regular file but a socket/);
      } finally {
        server.close();
      }
    });

    test('Should refuse a file over the size limit, and a glossary over it', () => {
      const big = path.join(dir, 'big.txt');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no disk used
      refused(big, /big\.txt: cannot read \(is larger than the 100 MiB limit \(104857601 bytes\)\)/);
      const doc = path.join(dir, 'a.txt');
      fs.writeFileSync(doc, 'Ann: hello.\n');
      const r = cli(['check', doc, '--glossary', big]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /larger than the 100 MiB limit/);
    });

    test('Should read a file at the size limit through the Node file system, and refuse one byte more', async () => {
      const file = path.join(dir, 'edge.txt');
      fs.writeFileSync(file, '');
      fs.truncateSync(file, MAX_FILE_BYTES);
      const project = new NodeFileSystem(dir);
      const read = await project.readFile('edge.txt');
      assert.ok(read.ok && read.bytes.length === MAX_FILE_BYTES);
      fs.truncateSync(file, MAX_FILE_BYTES + 1);
      const over = await project.readFile('edge.txt');
      assert.ok(!over.ok && !over.missing && /larger than the 100 MiB limit/.test(over.reason));
    });

    test('Should refuse UTF-32 files with a BOM in both byte orders', () => {
      const le = path.join(dir, 'le.txt');
      fs.writeFileSync(le, Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
      refused(le, /le\.txt: is UTF-32LE \(convert it to UTF-8 first\)/);
      const be = path.join(dir, 'be.txt');
      fs.writeFileSync(be, Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x41]));
      refused(be, /be\.txt: is UTF-32BE/);
    });
  });

  suite('CLI folder walks', () => {
    // A project whose folder `locked` cannot be listed, as a directory without read permission (EACCES).
    class LockedFileSystem extends MemoryFileSystem {
      override async readDirectory(d: string): Promise<DirectoryEntry[]> {
        if (path.basename(d) === 'locked') throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return super.readDirectory(d);
      }
    }
    const project = new LockedFileSystem({ 'p/a.txt': 'Ann: a.', 'p/locked/b.txt': 'Ann: b.', 'p/sub/c.md': 'Ann: c.' });

    test('Should warn about a folder that cannot be listed during a walk and go on; a named one is a usage error', async () => {
      const warnings: string[] = [];
      assert.deepStrictEqual(await expandInputs(project, ['p'], (w) => warnings.push(w)), ['p/a.txt', 'p/sub/c.md']);
      assert.deepStrictEqual(warnings, ['p/locked: cannot list the directory (EACCES); skipped']);
      await assert.rejects(expandInputs(project, ['p/locked']), (e) => e instanceof UsageError && /p\/locked: cannot list/.test(e.message));
    });

    test('Should warn about an unreadable folder on disk (when not running as root, who can read it anyway)', () => {
      const doc = path.join(dir, 'a.txt');
      fs.writeFileSync(doc, 'Ann: hello.\n');
      fs.mkdirSync(path.join(dir, 'locked'));
      fs.writeFileSync(path.join(dir, 'locked', 'b.txt'), 'Ann: b.\n');
      fs.chmodSync(path.join(dir, 'locked'), 0);
      const r = cli(['check', dir]);
      assert.strictEqual(r.code, 0, r.stderr);
      if (process.getuid?.() !== 0) assert.match(r.stderr, /locked: cannot list the directory \(EACCES\); skipped/);
    });

    test('Should check a file once however often it is named, directly or through its folder', async () => {
      assert.deepStrictEqual(await expandInputs(project, ['p/a.txt', 'p', './p/a.txt', 'p/sub/../a.txt', 'p/sub']), [
        'p/a.txt',
        'p/sub/c.md',
      ]);
      const doc = path.join(dir, 'noisy.txt');
      fs.writeFileSync(doc, noisy.slice(0, 2000));
      const once = JSON.parse(cli(['check', doc, '--format', 'json']).stdout) as unknown[];
      const r = cli(['check', doc, dir, path.join(dir, '.', 'noisy.txt'), '--format', 'json']);
      assert.strictEqual((JSON.parse(r.stdout) as unknown[]).length, once.length);
    });

    test('Should follow links to files in a walked folder and report links to folders and broken links', function () {
      if (process.platform === 'win32') this.skip();
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-outside-'));
      fs.writeFileSync(path.join(outside, 'real.txt'), noisy.slice(0, 500));
      fs.symlinkSync(path.join(outside, 'real.txt'), path.join(dir, 'linked.txt'));
      fs.symlinkSync(outside, path.join(dir, 'folder'));
      fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'broken.txt'));
      const r = cli(['check', dir, '--format', 'json']);
      fs.rmSync(outside, { recursive: true });
      const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file));
      assert.deepStrictEqual([...files], [path.join(dir, 'linked.txt')]);
      assert.match(r.stderr, /folder: a link to a directory; not followed/);
      assert.match(r.stderr, /broken\.txt: a link to no regular file; skipped/);
    });
  });

  suite('CLI arguments and glossary rows', () => {
    test('Should not take an option as the value of another', () => {
      assert.throws(() => parseArgs(['--glossary', '--format', 'json'], ['glossary', 'format']), /--glossary needs a value/);
      assert.deepStrictEqual(parseArgs(['--glossary=--odd-name.tsv'], ['glossary']).options.get('glossary'), '--odd-name.tsv');
      const r = cli(['check', 'seeds', '--glossary', '--format', 'json']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /--glossary needs a value/);
    });

    test('Should compute what is derived from a glossary once per glossary and key', () => {
      const glossary = parseGlossary('term\tlang\nKubernetes\ten\n');
      let calls = 0;
      const lower = () => (calls++, glossary.entries.map((e) => e.term.toLowerCase()));
      const first = fromGlossary(glossary, 'lower', lower);
      assert.strictEqual(fromGlossary(glossary, 'lower', lower), first);
      assert.deepStrictEqual(first, ['kubernetes']);
      fromGlossary(glossary, 'other', lower);
      fromGlossary(parseGlossary('term\tlang\nHelm\ten\n'), 'lower', lower);
      assert.strictEqual(calls, 3);
    });

    test('Should report and skip a CSV row with an unterminated quote', () => {
      const g = parseGlossary('term,lang\n"Kubernetes,en\nDocker,en\n"Helm, the tool",en\n', 'g.csv');
      assert.deepStrictEqual(
        g.entries.map((e) => [e.term, e.lang]),
        [
          ['Docker', 'en'],
          ['Helm, the tool', 'en'],
        ],
      );
      assert.deepStrictEqual(g.problems, ['g.csv:2: unterminated quote; skipped']);
      assert.match(parseGlossary('"term,lang\nX,en\n', 'h.csv').problems[0], /h\.csv:1: the header has an unterminated quote/);
    });
  });

  suite('Reports on awkward paths and many findings', () => {
    // RFC 3986: a URI reference is made of unreserved and reserved characters and percent-escapes only.
    const uriReference = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*$/;

    test('Should give SARIF artifact locations as URI references: relative paths encoded, absolute ones as file URIs', () => {
      assert.strictEqual(artifactUri('talks/a b#1%.txt'), 'talks/a%20b%231%25.txt');
      assert.strictEqual(artifactUri('c:d.txt'), 'c%3Ad.txt'); // not a scheme
      assert.strictEqual(artifactUri('/srv/talks/é?.md'), 'file:///srv/talks/%C3%A9%3F.md');
      assert.strictEqual(artifactUri('C:\\talks\\a b.txt'), 'file:///C:/talks/a%20b.txt');
      assert.strictEqual(artifactUri('../x/./y.txt'), '../x/./y.txt');
    });

    test('Should print schema-valid SARIF for files whose names hold #, % and spaces', () => {
      const sub = path.join(dir, 'a b');
      fs.mkdirSync(sub);
      fs.writeFileSync(path.join(sub, '#1 100%.txt'), noisy.slice(0, 500));
      const relative = cli(['check', 'a b', '--format', 'sarif'], [], dir);
      const absolute = cli(['check', sub, '--format', 'sarif']);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Ajv = require('ajv-draft-04');
      const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
      const validate = new Ajv({ strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
      const uris = [relative, absolute].map((r) => {
        const log = JSON.parse(r.stdout);
        assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
        const uri: string = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
        assert.match(uri, uriReference);
        return uri;
      });
      assert.strictEqual(uris[0], 'a%20b/%231%20100%25.txt');
      assert.strictEqual(new URL(uris[1]).href, uris[1]);
      assert.strictEqual(decodeURIComponent(new URL(uris[1]).pathname), path.join(sub, '#1 100%.txt'));
    });

    test('Should format 200k findings as text, grouped and counted as before (no stack overflow on one huge file)', () => {
      const record = (file: string, line: number, severity: FindingRecord['severity']): FindingRecord => ({
        file,
        line,
        column: 1,
        endLine: line,
        endColumn: 5,
        code: 'repetition',
        severity,
        message: 'Repeated word',
        text: 'is is',
        suggestions: ['is'],
      });
      assert.strictEqual(
        formatText([record('a.txt', 1, 'error'), record('b.txt', 12, 'hint'), record('a.txt', 10, 'warning')]),
        [
          'a.txt',
          '  1:1   error    Repeated word → is  repetition',
          '  10:1  warning  Repeated word → is  repetition',
          '',
          'b.txt',
          '  12:1  hint  Repeated word → is  repetition',
          '',
          '✖ 3 findings (1 errors, 1 warnings, 1 notes)',
          '',
        ].join('\n'),
      );
      // 133k records in one file: spreading them into Math.max overflowed the stack.
      const many = Array.from({ length: 200_000 }, (_, i) => record(i % 3 ? 'big.txt' : `f${i % 1000}.txt`, i, 'warning'));
      // Its speed is measured by npm run bench:adversarial, not here: timed tests fail on a busy machine.
      const text = formatText(many);
      assert.ok(text.endsWith('✖ 200000 findings (0 errors, 200000 warnings, 0 notes)\n'));
      assert.strictEqual(text.split('\n').filter((l) => l.startsWith('  ')).length, 200_000);
    });
  });
});
