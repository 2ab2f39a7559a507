// Bundles the extension host code, the CLI and the webview with esbuild.
// `--production` minifies without sourcemaps; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const entries = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/extension/checksBundle.ts'],
    outfile: 'dist/checks.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/extension/checkWorker.ts'],
    outfile: 'dist/checkWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/cli/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // A short-lived process runs each big Unicode regex a few hundred times: compiling it at once beats
    // interpreting it first (measured: about a quarter off `interlinear check seeds/`).
    banner: { js: "#!/usr/bin/env node\nrequire('v8').setFlagsFromString('--no-regexp-tier-up');" },
    // The CLI runs where its npm dependencies are installed: eld's megabyte of n-grams then loads from
    // node_modules on first use instead of being parsed at every start.
    external: ['*/eld/src/entries/static.extrasmall.js'],
    define: { VERSION: JSON.stringify(require('./package.json').version) },
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/main.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
].filter((entry) => fs.existsSync(entry.entryPoints[0]));

async function main() {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context(entry)));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
