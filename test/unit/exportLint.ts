import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from './helpers';

/**
 * Runs markdownlint-cli2 (default rules, line length off) over named Markdown texts in one process; returns its
 * complaints, one line each (none when every text passes).
 */
export function markdownlint(files: Readonly<Record<string, string>>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-lint-'));
  try {
    fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { default: true, MD013: false } }));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const bin = path.join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const run = spawnSync(process.execPath, [bin, '*.md'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 1) throw new Error(`markdownlint-cli2 failed: ${run.stderr}`);
    return run.stderr.split('\n').filter((l) => /\sMD\d{3}\//.test(l));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
