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
  const seed = (prefix: string) => path.join(repoRoot, 'seeds', seedNames().find((n) => n.startsWith(prefix))!);

  test('Should list the speakers of seed 001 as JSON', () => {
    const r = cli('speakers', seed('001'), '--format', 'json');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout).map((s: { name: string; turns: number }) => [s.name, s.turns]), [['Viktor Farcic', 37], ['Andy Clemenko', 37]]);
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
    for (const args of [[], ['frobnicate', seed('000')], ['outline'], ['outline', path.join(dir, 'missing.txt')], ['outline', binary], ['outline', latin1], ['outline', dir], ['outline', seed('000'), '--format', 'yaml']]) {
      const r = cli(...args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^interlinear: /);
      assert.strictEqual(r.stdout, '');
    }
    fs.rmSync(dir, { recursive: true });
  });
});
