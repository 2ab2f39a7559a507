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
//
// Most of a check run's warm-up is V8's optimising compiler, not our code: on 200 files it compiled some 240
// functions (290 times, a deoptimised function again) for ~1.7 s of CPU on its background threads, half the run,
// and went on compiling past the 150th file. Each compile copies the callees it inlines and peels the first turn of
// every loop; the checks' hot loops are already written flat, so a smaller inlining budget and no peeling make the
// optimised code hardly slower (the same ~5 ms a file once warm) and every compile cheaper (measured: 1.7 → 1.0 s of
// compiling, a run of 200 files −25% CPU, of the 5 seeds −10%).
if (isMainThread) setFlagsFromString('--no-regexp-tier-up --max-inlined-bytecode-size-cumulative=100 --no-turbo-loop-peeling');

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
