// `npm run bench`: prints figures for parse, sentence segmentation, grammar tokenisation,
// activation and bundle sizes. Medians of several runs; nothing here asserts a time.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import * as vsctm from 'vscode-textmate';
import { CHECKS, CheckSession, parseTranscript, runChecks, transcriptSentences } from '../src/core';
import { exportEdition } from '../src/core/export';
import { benchAnnotations } from './benchAnnotations';
import { benchFormats } from './benchFormats';
import { repoRoot } from './repoRoot';
import { loadGrammar } from './textmate';
import { median, times } from './timing';

const root = repoRoot();
const MB = 1024 * 1024;

// The seed documents (seeds/*.txt; the folder holds other material too).
function seedTexts(): string[] {
  return fs
    .readdirSync(path.join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));
}

// Builds a transcript of about `bytes` UTF-8 bytes by cycling the seeds, so the mix of scripts and shapes is real.
function synthetic(bytes: number): string {
  const seeds = seedTexts();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const seed = seeds[i % seeds.length];
    parts.push(seed, '\n\n');
    size += Buffer.byteLength(seed) + 2;
  }
  return parts.join('');
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
  for (const file of [
    'dist/extension.js',
    'dist/checks.js',
    'dist/checkWorker.js',
    'dist/cli.js',
    'dist/cliMain.js',
    'dist/cliMain.cache',
  ]) {
    const p = path.join(root, file);
    if (fs.existsSync(p)) row(`bundle ${file}`, `${(fs.statSync(p).size / 1024).toFixed(1)} KiB`);
  }
}

// Tokenises 1 MB with the real TextMate engine, line by line with the rule stack carried, as VS Code does.
async function benchGrammar(): Promise<void> {
  const grammar = await loadGrammar();
  const text = synthetic(MB);
  const lines = text.split(/\r\n|\r|\n/);
  const run = () => {
    let stack = vsctm.INITIAL;
    for (const line of lines) stack = grammar.tokenizeLine(line, stack).ruleStack;
  };
  const ms = median(3, run);
  row('grammar tokenisation, 1 MB (vscode-textmate)', `${ms.toFixed(0)} ms/MB  (${lines.length} lines)`);
}

// A stand-in for the `vscode` module: every name @types/vscode declares (some namespaces without `export`) is callable, constructible
// and has members, so activate() runs its own code (bundle load, registrations) without an editor.
function stubApi(): Record<string, unknown> {
  const handler: ProxyHandler<() => void> = {
    // Iterable, no thenable, and a string where activate() writes one into a message (the log's VS Code version).
    get: (_t, key) =>
      key === Symbol.iterator ? [][Symbol.iterator] : key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub,
    apply: () => stub,
    construct: () => stub as object,
    set: () => true,
  };
  const stub: unknown = new Proxy(function () {}, handler);
  const types = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...types.matchAll(/^\s*(?:export )?(?:class|namespace|enum|function|const|let) (\w+)/gm)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, stub]));
}

// Times loading the bundled extension and calling activate() once, the way the extension host does.
function benchActivation(): void {
  const Module = module.constructor as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const api = stubApi();
  Module._load = (request, ...rest) => (request === 'vscode' ? api : load(request, ...rest));
  try {
    const bundle = path.join(root, 'dist', 'extension.js');
    const t0 = process.hrtime.bigint();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is loaded the way the extension host loads it
    const extension = require(bundle) as { activate(context: unknown): void };
    const t1 = process.hrtime.bigint();
    // The extension context as far as activate() reads it at once.
    extension.activate({
      subscriptions: [],
      extension: { packageJSON: JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) },
    });
    const t2 = process.hrtime.bigint();
    row('activation: load dist/extension.js', `${(Number(t1 - t0) / 1e6).toFixed(1)} ms`);
    row('activation: activate() (stub API)', `${(Number(t2 - t1) / 1e6).toFixed(1)} ms`);
  } finally {
    Module._load = load;
  }
}

function benchChecks(): void {
  const seeds = seedTexts();
  row(`checks registered`, `${CHECKS.length}`);
  const seedMs = median(5, () => seeds.forEach((s) => runChecks(s)));
  row('check the five seeds (in-process)', `${seedMs.toFixed(1)} ms`);
  const text = synthetic(MB);
  // More runs than elsewhere, and the fastest shown too: on a shared machine single runs scatter widely.
  const full = times(11, () => runChecks(text));
  row('check 1 MB transcript (in-process)', `${full[5].toFixed(1)} ms  (fastest of 11: ${full[0].toFixed(1)} ms)`);
  for (const check of CHECKS) {
    const t = parseTranscript(text);
    const ms = median(3, () => runChecks(text, { transcript: t, checks: [check] }));
    row(`  ${check.id} (${check.scope}), 1 MB`, `${ms.toFixed(1)} ms`);
  }
  // One-line edit in the middle of the 1 MB text, as a typist makes it.
  const middle = text.indexOf('\n', text.length >> 1) + 1;
  const edited = text.slice(0, middle) + 'So we we added a line here.\n' + text.slice(middle);
  const edits: number[] = [];
  const fulls: number[] = [];
  const session = new CheckSession();
  session.checkAll(text);
  for (let i = 0; i < 7; i++) {
    const a = process.hrtime.bigint();
    session.checkEdited(i % 2 ? text : edited);
    const b = process.hrtime.bigint();
    session.checkAll(i % 2 ? text : edited);
    const c = process.hrtime.bigint();
    edits.push(Number(b - a) / 1e6);
    fulls.push(Number(c - b) / 1e6);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1];
  row('re-check after one-line edit, 1 MB (fast path)', `${mid(edits).toFixed(1)} ms  (parse + edited blocks + carried document findings)`);
  row('  then document-wide pass with block cache', `${mid(fulls).toFixed(1)} ms`);
}

// A corpus of `count` files cut from the seeds (about their average size each), written to a fresh temporary
// folder: file i is seed i mod 5 with a few of its paragraphs left out and two of another seed put in their place,
// so that no two files are the same and the folder has the seeds' mix of languages and shapes.
function corpus(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-bench-corpus-'));
  const seeds = seedTexts().map((s) => s.split('\n\n'));
  for (let i = 0; i < count; i++) {
    const own = seeds[i % seeds.length];
    const other = seeds[(i * 3 + 1) % seeds.length];
    const cut = 1 + ((i * 7) % (own.length - 1));
    const from = (i * 11) % other.length;
    const paragraphs = [...own.slice(0, cut), ...other.slice(from, from + 2), ...own.slice(cut + (i % 4))];
    fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), paragraphs.join('\n\n'));
  }
  return dir;
}

// Folder size in MB.
function folderMb(dir: string): number {
  return fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / MB;
}

// Times our CLI against cspell as whole processes, runs alternated, on the five seeds (start-up bound) and on a
// 200-file corpus made from them (throughput bound). Wall and CPU time (of the child and its threads) are both
// shown: on a shared machine the wall time waits for a CPU, and the ratio of CPU times says what each costs.
function benchCli(): void {
  const cli = path.join(root, 'dist', 'cli.js');
  const cspell = path.join(root, 'node_modules', '.bin', 'cspell');
  if (!fs.existsSync(cli) || !fs.existsSync(cspell)) return;
  const time = (cmd: string, args: string[], cwd: string) => {
    const t0 = process.hrtime.bigint();
    // The shell's `times` prints the CPU time of what it ran (threads included): Node tells only its own.
    const run = spawnSync('sh', ['-c', '"$0" "$@" >/dev/null 2>&1; s=$?; times; exit $s', cmd, ...args], { cwd, encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    if (run.status !== 0 && run.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${run.status}`);
    const children = run.stdout.trim().split('\n').pop() ?? '';
    const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((n, m) => n + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
    return { wall, cpu };
  };
  const dir = corpus(200);
  try {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const workloads = [
      { label: 'seeds/ (5 files)', cwd: path.join(root, 'seeds'), runs: 5 },
      { label: `corpus (200 files, ${folderMb(dir).toFixed(1)} MB)`, cwd: dir, runs: 3 },
    ];
    for (const { label, cwd, runs } of workloads) {
      const ours: { wall: number; cpu: number }[] = [];
      const theirs: { wall: number; cpu: number }[] = [];
      for (let i = 0; i < runs; i++) {
        // Each tool on the same .txt files: cspell's glob and our walk of the folder (which skips the demo's .md here).
        ours.push(
          time(process.execPath, [cli, 'check', ...fs.readdirSync(cwd).filter((f) => f.endsWith('.txt')), '--format', 'json'], cwd),
        );
        theirs.push(time(cspell, ['lint', '--no-progress', '--no-summary', '*.txt'], cwd));
      }
      const mid = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => xs.map((x) => x[k]).sort((a, b) => a - b)[xs.length >> 1];
      row(`CLI check ${label} (process, ${cores} cores)`, `${mid(ours, 'wall').toFixed(0)} ms wall, ${mid(ours, 'cpu').toFixed(0)} ms CPU`);
      row(
        `cspell on the same files (process)`,
        `${mid(theirs, 'wall').toFixed(0)} ms wall, ${mid(theirs, 'cpu').toFixed(0)} ms CPU  → interlinear is ` +
          `${(mid(theirs, 'wall') / mid(ours, 'wall')).toFixed(1)}× faster (wall), ${(mid(theirs, 'cpu') / mid(ours, 'cpu')).toFixed(1)}× (CPU)`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// A curated edition of a 1 MB transcript, in-process: the fixes' checks, the fixes and the Markdown (budget: 300 ms).
function benchExport(): void {
  const text = synthetic(MB);
  const cpu: number[] = [];
  let markdown = '';
  const ms = median(5, () => {
    const start = process.cpuUsage();
    markdown = exportEdition(text).markdown;
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  });
  // CPU time too: on a busy machine the wall time says more about the other processes than about the export.
  const cpuMs = cpu.sort((a, b) => a - b)[cpu.length >> 1];
  row(
    'export 1 MB transcript (in-process)',
    `${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${(Buffer.byteLength(markdown) / MB).toFixed(2)} MB out)`,
  );
}

// Figures of the benchmarks kept beside their subjects (review notes: budget 200 ms; formats: budget 200 ms).
function benchElsewhere(): void {
  for (const r of [...benchAnnotations(), ...benchFormats()]) row(r.label, `${r.ms.toFixed(1)} ms  (${r.detail})`);
}

async function main(): Promise<void> {
  console.log(`Interlinear benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
  // `node out/scripts/bench.js cli`: the CLI against cspell only.
  if (process.argv[2] === 'cli') return benchCli();
  benchParse();
  await benchGrammar();
  benchActivation();
  benchChecks();
  benchExport();
  benchElsewhere();
  benchCli();
  benchBundles();
}

void main();
