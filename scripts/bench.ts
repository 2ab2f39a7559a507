// `npm run bench`: prints figures for parse, sentence segmentation, grammar tokenisation,
// activation and bundle sizes. Medians of several runs; nothing here asserts a time.
import * as fs from 'fs';
import * as path from 'path';
import { parseTranscript, transcriptSentences } from '../src/core';

const root = path.resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

// Builds a transcript of about `bytes` UTF-8 bytes by cycling the seeds, so the mix of scripts and shapes is real.
function synthetic(bytes: number): string {
  const seeds = fs.readdirSync(path.join(root, 'seeds')).sort().map((f) => fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const seed = seeds[i % seeds.length];
    parts.push(seed, '\n\n');
    size += Buffer.byteLength(seed) + 2;
  }
  return parts.join('');
}

// Median wall time in milliseconds of `runs` calls after one warm-up.
function median(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function row(label: string, value: string): void {
  console.log(`${label.padEnd(44)} ${value}`);
}

function benchParse(): void {
  for (const size of [1, 20]) {
    const text = synthetic(size * MB);
    const mb = Buffer.byteLength(text) / MB;
    const ms = median(size === 1 ? 9 : 3, () => parseTranscript(text));
    row(`parse ${mb.toFixed(1)} MB synthetic transcript`, `${ms.toFixed(1)} ms  (${(ms / mb).toFixed(1)} ms/MB)`);
  }
  const text = synthetic(MB);
  const t = parseTranscript(text);
  const ms = median(3, () => transcriptSentences(t));
  row('sentence segmentation, 1 MB', `${ms.toFixed(1)} ms  (${transcriptSentences(t).length} sentences)`);
}

function benchBundles(): void {
  for (const file of ['dist/extension.js', 'dist/cli.js', 'dist/webview/main.js']) {
    const p = path.join(root, file);
    if (fs.existsSync(p)) row(`bundle ${file}`, `${(fs.statSync(p).size / 1024).toFixed(1)} KiB`);
  }
}

// A stand-in for the `vscode` module: every export named in @types/vscode is callable, constructible
// and has members, so activate() runs its own code (bundle load, registrations) without an editor.
function stubApi(): Record<string, unknown> {
  const handler: ProxyHandler<() => void> = {
    get: (_t, key) => (key === Symbol.iterator ? [][Symbol.iterator] : key === 'then' ? undefined : stub),
    apply: () => stub,
    construct: () => stub as object,
    set: () => true,
  };
  const stub: unknown = new Proxy(function () {}, handler);
  const types = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...types.matchAll(/^\s*export (?:class|namespace|enum|function|const|let) (\w+)/gm)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, stub]));
}

// Times loading the bundled extension and calling activate() once, the way the extension host does.
function benchActivation(): void {
  const Module = require('module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const api = stubApi();
  Module._load = (request, ...rest) => (request === 'vscode' ? api : load(request, ...rest));
  try {
    const bundle = path.join(root, 'dist', 'extension.js');
    const t0 = process.hrtime.bigint();
    const extension = require(bundle) as { activate(context: unknown): void };
    const t1 = process.hrtime.bigint();
    extension.activate({ subscriptions: [] });
    const t2 = process.hrtime.bigint();
    row('activation: load dist/extension.js', `${(Number(t1 - t0) / 1e6).toFixed(1)} ms`);
    row('activation: activate() (stub API)', `${(Number(t2 - t1) / 1e6).toFixed(1)} ms`);
  } finally {
    Module._load = load;
  }
}

async function main(): Promise<void> {
  console.log(`Interlinear benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
  benchParse();
  benchActivation();
  benchBundles();
}

void main();
