// dist/cli.js: starts the CLI bundle (dist/cliMain.js) from V8's code cache when one was made for exactly
// this bundle. A short run spends much of its time compiling the functions it calls; the cache, written
// at build time after a training run (esbuild.js, writeCliCodeCache), holds their bytecode. Without a usable
// cache (another Node version, an edited bundle) the bundle compiles from source as usual.
import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire, wrap } from 'module';
import * as path from 'path';
import { setFlagsFromString } from 'v8';
import * as vm from 'vm';
import { isMainThread } from 'worker_threads';

// A short-lived process runs each big Unicode regex a few hundred times: compiling it at once beats
// interpreting it first. Set before compiling anything, so the cache and its consumer agree on flags. V8's flags
// belong to the process: a check worker (src/cli/checkPool.ts) starting this same file has them already.
if (isMainThread) setFlagsFromString('--no-regexp-tier-up');

const bundle = path.join(__dirname, 'cliMain.js');
const cacheFile = path.join(__dirname, 'cliMain.cache');
const source = fs.readFileSync(bundle, 'utf8');
// V8 checks a cache against the source's length only: the digest makes sure it belongs to this very bundle.
const digest = createHash('sha256').update(source).digest();

function readCache(): Buffer | undefined {
  try {
    const file = fs.readFileSync(cacheFile);
    return file.subarray(0, digest.length).equals(digest) ? file.subarray(digest.length) : undefined;
  } catch {
    return undefined;
  }
}

const script = new vm.Script(wrap(source), { filename: bundle, cachedData: readCache() });
if (process.env.INTERLINEAR_WRITE_CODE_CACHE === '1' && isMainThread) {
  // Build time only: after the training run, every function it compiled goes into the cache.
  process.on('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, Buffer.concat([digest, script.createCachedData()]));
    fs.renameSync(temp, cacheFile);
  });
}
const main = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  main.exports,
  main.exports,
  createRequire(bundle),
  main,
  bundle,
  __dirname,
);
