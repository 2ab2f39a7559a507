// Bundles the extension host code and the CLI with esbuild.
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

// Every command but `check` is a bundle of its own (dist/cliAlign.js, …), required when that command runs: each
// `check` would otherwise load and compile their code too (the aligner alone is a fifth more bundle on each start).
const APART = {
  align: 'cliAlign',
  exportBilingual: 'cliExportBilingual',
  export: 'cliExport',
  convert: 'cliConvert',
  annotations: 'cliAnnotations',
};
/** @type {import('esbuild').Plugin} */
const commandsApart = {
  name: 'commands-apart',
  setup(build) {
    // Only the CLI's own modules: the core has modules of those names too (core/export/export.ts, …).
    build.onResolve({ filter: new RegExp(`^\\./(${Object.keys(APART).join('|')})$`) }, (args) =>
      /[\\/]src[\\/]cli[\\/][^\\/]+$/.test(args.importer) ? { path: `./${APART[args.path.slice(2)]}.js`, external: true } : undefined,
    );
  },
};

// A CLI bundle: Node, eld's n-grams from node_modules on first use (the CLI runs where its npm dependencies are
// installed), the other commands' bundles required on use; it runs as a vm.Script (launcher.ts), which has no
// loader for import(): a require it is.
const cliBundle = (entry, outfile) => ({
  ...common,
  entryPoints: [entry],
  outfile,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['*/eld/src/entries/static.extrasmall.js'],
  define: { VERSION: JSON.stringify(require('./package.json').version) },
  plugins: [commandsApart],
  supported: { 'dynamic-import': false },
});

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
    entryPoints: ['src/extension/alignBundle.ts'],
    outfile: 'dist/align.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts', 'src/webview/style.css'],
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
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
    entryPoints: ['src/cli/launcher.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  cliBundle('src/cli/cli.ts', 'dist/cliMain.js'),
  cliBundle('src/cli/align.ts', 'dist/cliAlign.js'),
  cliBundle('src/cli/exportBilingual.ts', 'dist/cliExportBilingual.js'),
  cliBundle('src/cli/export.ts', 'dist/cliExport.js'),
  cliBundle('src/cli/convert.ts', 'dist/cliConvert.js'),
  cliBundle('src/cli/annotations.ts', 'dist/cliAnnotations.js'),
];

// Trains the CLI's code cache (see src/cli/launcher.ts) on the check fixtures, which exercise every check
// in several languages; the cache then holds the bytecode of what a check run compiles.
function writeCliCodeCache() {
  const { spawnSync } = require('child_process');
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'test/fixtures/checks', '--format', 'json'], {
    env: { ...process.env, INTERLINEAR_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`training the CLI code cache failed (exit ${run.status})`);
}

// Data the bundles read at run time rather than carry: the Chinese–English lexicon (3 MB) of the aligner.
function copyData() {
  fs.mkdirSync('dist', { recursive: true });
  fs.copyFileSync('src/core/align/zh-en.lexicon.tsv', 'dist/zh-en.lexicon.tsv');
}

async function main() {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context(entry)));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  copyData();
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
  writeCliCodeCache();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
