// `npm run bench:adversarial`: pathological inputs at 1 MB and 5 MB. For each shape it prints the time of
// `parseTranscript`, of `runChecks` (every check; the slowest check named), of `buildOutline`, the peak memory
// and the growth factor 5 MB / 1 MB (linear ≈ 5×; above 6× is flagged, as is anything over 5 s or 1 GB at 5 MB).
// It also prints the CPU time of parse and checks at 5 MB: on a machine shared with other work the wall time
// waits for a CPU, and the CPU time is what the case costs.
// Each case runs in its own child process (so peaks do not pollute each other) and is killed after 60 s.
// `node out/scripts/benchAdversarial.js [filter]` runs only the shapes whose name contains `filter`;
// `… --write NAME MB FILE` writes one shape to a file; `… --cli [filter]` times the built CLI (`check --format json`,
// start-up and output included) on each shape at 5 MB against the contract's bounds (5 s, 1 GB, exit 0 or 1).
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHECKS, buildOutline, parseTranscript, runChecks, type Check } from '../src/core';
import { rng } from './random';

const MB = 1024 * 1024;
const TIMEOUT_MS = 60_000;

/** Repeats `unit` until the text has about `bytes` UTF-8 bytes. */
function fill(bytes: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = typeof unit === 'string' ? unit : unit(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

function nested(bytes: number, open: string, close: string): string {
  const half = Math.floor(bytes / (2 * Buffer.byteLength(open)));
  return open.repeat(half) + close.repeat(half);
}

const CASES: Record<string, (bytes: number) => string> = {
  'line of )': (b) => fill(b, ')'),
  'line of (': (b) => fill(b, '('),
  'line of “': (b) => fill(b, '“'),
  'line of ”': (b) => fill(b, '”'),
  'line of "': (b) => fill(b, '"'),
  "line of '": (b) => fill(b, "'"),
  'line of 「': (b) => fill(b, '「'),
  'line of .': (b) => fill(b, '.'),
  'line of ,': (b) => fill(b, ','),
  'line of ，': (b) => fill(b, '，'),
  'line of *': (b) => fill(b, '*'),
  'line of `': (b) => fill(b, '`'),
  'line of _': (b) => fill(b, '_'),
  'line of #': (b) => fill(b, '#'),
  'line of :': (b) => fill(b, ':'),
  'line of -': (b) => fill(b, '-'),
  'line of space': (b) => fill(b, ' '),
  'line of <': (b) => fill(b, '<'),
  'alternating ()': (b) => fill(b, '()'),
  'alternating )(': (b) => fill(b, ')('),
  'alternating “”': (b) => fill(b, '“”'),
  'alternating ”“': (b) => fill(b, '”“'),
  'alternating 「」': (b) => fill(b, '「」'),
  'nested ( )': (b) => nested(b, '(', ')'),
  'nested [ ]': (b) => nested(b, '[', ']'),
  'nested “ ”': (b) => nested(b, '“', '”'),
  'nested 「 」': (b) => nested(b, '「', '」'),
  'word ( runs': (b) => fill(b, 'a ('),
  '<!-- openers': (b) => fill(b, '<!-- '),
  '<!-- openers, lines': (b) => fill(b, 'text <!-- x\n'),
  '<!-- interlinear-disable': (b) => fill(b, '<!-- interlinear-disable '),
  'directive lines': (b) => fill(b, '<!-- interlinear-disable-next-line punctuation\n'),
  '<a openers': (b) => fill(b, '<a '),
  'Name (00: repeats': (b) => fill(b, 'Name (00:'),
  'Name (00: lines': (b) => fill(b, 'Name (00:12) Name (00:'.repeat(50) + '\n'),
  '[ runs': (b) => fill(b, '['),
  ']( runs': (b) => fill(b, ']('),
  '[x]( runs': (b) => fill(b, '[x]('),
  '](< runs': (b) => fill(b, '](<a'),
  'url runs': (b) => fill(b, 'http://a'),
  'a.a.a… then ://': (b) => fill(b, 'a.') + ' ://',
  'long word then @': (b) => fill(b, 'a') + ' @',
  '`` runs': (b) => fill(b, '``a'),
  'backtick word runs': (b) => fill(b, '`a '),
  '** runs': (b) => fill(b, '**a'),
  'identical sentences': (b) => fill(b, 'The quick brown fox jumps over the lazy dog. '),
  'identical sentences, paras': (b) => fill(b, (i) => (i % 2000 === 1999 ? '\n\n' : 'The cat sat on the mat. ')),
  'identical lines': (b) => fill(b, 'Alice: the same line again and again.\n'),
  'repeated word': (b) => fill(b, 'the '),
  'repeated word, lines': (b) => fill(b, 'the the the the the the the the\n'),
  'near-identical names': (b) =>
    fill(b, (i) => `Speaker${String.fromCharCode(97 + (i % 26))}${i % 97}: Hello there, Jonathan${i % 1000} Smithe${i % 7}.\n`),
  'many speakers': (b) => fill(b, (i) => `Person ${i}: hi.\n`),
  'short turns': (b) => fill(b, (i) => `${i % 2 ? 'A' : 'B'}: x\n`),
  'blank lines': (b) => fill(b, '\n'),
  'CRLF only': (b) => fill(b, '\r\n'),
  'CR only': (b) => fill(b, '\r'),
  'U+2028 runs': (b) => fill(b, '\u2028'),
  'U+2028 words': (b) => fill(b, 'a\u2028'),
  'one line of Han': (b) => fill(b, '我们的研究表明这个问题很重要'),
  'Han sentences': (b) => fill(b, '我们的研究表明这个问题很重要。'),
  'one line of Hangul': (b) => fill(b, '우리의연구는이문제가중요하다'),
  'one line of Latin word': (b) => fill(b, 'abcdefghij'),
  'one long word per line': (b) => fill(b, 'x'.repeat(100_000) + '\n'),
  'mixed scripts': (b) => fill(b, 'Hello 你好 안녕 привет مرحبا '),
  headings: (b) => fill(b, (i) => `# Heading ${i}\n`),
  'deep headings': (b) => fill(b, (i) => `${'#'.repeat((i % 6) + 1)} H\n`),
  'bold lines': (b) => fill(b, '**Bold**\n'),
  'pull quotes': (b) => fill(b, '“A quoted line.”\n—Name\n'),
  'pull quotes, distinct names': (b) =>
    fill(b, (i) => `“A quoted line.”\n—Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg\n`),
  'pull quotes, distinct quotes': (b) => fill(b, (i) => `“Quoted line ${i} here.”\n—Name\n`),
  'pull quotes after paragraphs': (b) =>
    fill(b, (i) => `We built the thing number ${i} together.\n\n“We built the thing number ${i} together.”\n—Anna Berg\n\n`),
  'pull quotes of every length': (b) =>
    fill(
      b,
      (i) => `${'Words the speakers said at length. '.repeat(8)}\n\n“${'Words the speakers said'.slice(0, 8 + (i % 9))}”\n—Anna Berg\n\n`,
    ),
  'speakers with a pull quote each': (b) =>
    fill(
      b,
      (i) =>
        `Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg: in ${i} we built the thing together.\n\n“in ${i} we built the thing together.”\n—Ko${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Zorn\n\n`,
    ),
  "self-introductions I'm": (b) => fill(b, "Hello, I'm Anna Berg.\n"),
  "self-introductions I'm, distinct": (b) =>
    fill(b, (i) => `Hello, I'm Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg.\n`),
  'self-introductions my name is, distinct': (b) =>
    fill(b, (i) => `Hello, my name is Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])}.\n`),
  'speakers introducing others': (b) =>
    fill(
      b,
      (i) =>
        `Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg: Hello, I'm Zu${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Zorn.\n`,
    ),
  'speakers introducing others, alike': (b) =>
    fill(
      b,
      (i) =>
        `Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg: Hello, I'm Ko${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Bolt.\n`,
    ),
  'author fields, introductions': (b) =>
    fill(
      b,
      (i) =>
        `Author: Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg\n\nHello, I'm Zu${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Zorn.\n\n`,
    ),
  'author fields, one introduction': (b) =>
    fill(b, (i) => `Author: Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Berg\n\nHello, I'm Tom Becker.\n\n`),
  'self-introductions 我是': (b) => fill(b, (i) => `你好，我是${[...String(i)].map((d) => '玛丽亚加西安东尼奥'[+d]).join('')}·加西亚。\n`),
  'title, self-introductions': (b) => '# Anna Berg\n\n' + fill(b, "Hello, I'm Tom Becker.\n"),
  'title, distinct self-introductions': (b) =>
    '# Anna Berg\n\n' + fill(b, (i) => `Hello, I'm Ka${i.toString(16).replace(/\d/g, (d) => 'klmnopqrst'[+d])} Becker.\n`),
  'title, distinct self-introductions 我是': (b) =>
    '# 安娜·贝格\n\n' + fill(b, (i) => `你好，我是${[...String(i)].map((d) => '玛丽亚加西安东尼奥'[+d]).join('')}·加西亚。\n`),
  'self-introductions 我叫': (b) => fill(b, (i) => `你好，我叫王${'明华国'[i % 3]}${'丽强伟'[(i >> 2) % 3]}。\n`),
  'code fences open': (b) => fill(b, '```\n'),
  timestamps: (b) => fill(b, '[00:12:34] '),
  'binary-ish': (b) => {
    const r = rng(1);
    return fill(b, () => String.fromCharCode(Math.floor(r() * 0x3000)));
  },
  'random ascii': (b) => {
    const r = rng(2);
    return fill(b, () => String.fromCharCode(32 + Math.floor(r() * 95)) + (r() < 0.01 ? '\n' : ''));
  },
  'random punctuation': (b) => {
    const r = rng(3);
    const marks = '()[]{}“”‘’"\'「」『』《》<>!-*_`#:.,;?';
    return fill(b, () => marks[Math.floor(r() * marks.length)]);
  },
  'lone surrogates': (b) => fill(b, '\ud800a\udc00'),
};

interface Result {
  parseMs: number;
  checkMs: number;
  outlineMs: number;
  outlineMB: number;
  slowest: string;
  rssMB: number;
  /** CPU time of parsing and checking (every thread of the process: the collector's helpers too). */
  cpuMs: number;
}

function child(name: string, mb: number): void {
  const text = CASES[name](mb * MB);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const t = parseTranscript(text);
  const parseMs = performance.now() - t0;
  const perCheck = new Map<string, number>();
  const failed = new Set<string>();
  const checks: Check[] = CHECKS.map((c) => {
    const timed: Check = Object.create(c) as Check;
    timed.run = (ctx, report) => {
      const s = performance.now();
      try {
        c.run(ctx, report);
      } catch (e) {
        // A check that throws is a bug of its own; the bench still measures the others.
        failed.add(`${c.id}: ${(e as Error).message.slice(0, 60)}`);
      }
      perCheck.set(c.id, (perCheck.get(c.id) ?? 0) + performance.now() - s);
    };
    return timed;
  });
  const t1 = performance.now();
  runChecks(text, { checks });
  const checkMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const outlineBytes = JSON.stringify(buildOutline(t)).length;
  const outlineMs = performance.now() - t2;
  const [slowId, slowMs] = [...perCheck].sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
  const result: Result = {
    parseMs,
    checkMs,
    outlineMs,
    outlineMB: outlineBytes / MB,
    slowest: `${slowId} ${(slowMs / 1000).toFixed(2)}s${failed.size ? ` (threw: ${[...failed].join('; ')})` : ''}`,
    rssMB: process.resourceUsage().maxRSS / 1024,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  process.stdout.write(JSON.stringify(result));
}

function measure(name: string, mb: number): Result | 'TIMEOUT' | string {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--case', name, String(mb)], {
    timeout: TIMEOUT_MS,
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  if (r.error || r.signal) return 'TIMEOUT';
  if (r.status !== 0) return `FAILED ${(r.stderr || '').split('\n').find((l) => /Error/.test(l)) ?? r.status}`;
  return JSON.parse(r.stdout) as Result;
}

const s = (ms: number): string => (ms / 1000).toFixed(2);

function main(): void {
  const filter = process.argv[2];
  const names = Object.keys(CASES).filter((n) => !filter || n.includes(filter));
  console.log(
    `${'case'.padEnd(28)} ${'parse 1/5 MB s'.padEnd(16)} ${'check 1/5 MB s'.padEnd(16)} ${'outline 5'.padEnd(11)} ${'peak 5 MB'.padEnd(10)} ${'growth'.padEnd(7)} ${'cpu 5'.padEnd(7)} slowest check (5 MB)`,
  );
  const flagged: string[] = [];
  for (const name of names) {
    const a = measure(name, 1);
    const b = typeof a === 'object' ? measure(name, 5) : a;
    if (typeof a !== 'object' || typeof b !== 'object') {
      const why = typeof a !== 'object' ? `1 MB: ${a}` : `5 MB: ${String(b)}`;
      console.log(`${name.padEnd(28)} ${why}  <<`);
      flagged.push(name);
      continue;
    }
    const totalA = a.parseMs + a.checkMs;
    const totalB = b.parseMs + b.checkMs;
    const growth = totalB / Math.max(totalA, 1);
    const bad = (growth > 6 && totalB > 500) || totalB > 5000 || b.rssMB > 1024;
    if (bad) flagged.push(name);
    console.log(
      `${name.padEnd(28)} ${`${s(a.parseMs)}/${s(b.parseMs)}`.padEnd(16)} ${`${s(a.checkMs)}/${s(b.checkMs)}`.padEnd(16)} ${`${s(b.outlineMs)}/${b.outlineMB.toFixed(0)}MB`.padEnd(11)} ${`${b.rssMB.toFixed(0)} MB`.padEnd(10)} ${`${growth.toFixed(1)}×`.padEnd(7)} ${s(b.cpuMs).padEnd(7)} ${b.slowest}${bad ? '  <<' : ''}`,
    );
  }
  console.log(flagged.length ? `\nflagged (growth > 6×, > 5 s or > 1 GB at 5 MB): ${flagged.join(', ')}` : '\nnothing flagged');
}

// The CLI on every shape at 5 MB, as a user runs it: wall time, peak memory (read by a preloaded exit hook) and exit code.
function cliBounds(filter: string | undefined): void {
  const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'interlinear-adv-'));
  const peak = path.join(dir, 'peak.js');
  writeFileSync(peak, `process.on('exit', () => require('fs').writeSync(2, '\\npeak ' + process.resourceUsage().maxRSS + '\\n'));`);
  const file = path.join(dir, 'case.txt');
  const flagged: string[] = [];
  console.log(`${'case (CLI, 5 MB)'.padEnd(40)} ${'wall s'.padEnd(7)} ${'peak'.padEnd(8)} exit`);
  try {
    for (const name of Object.keys(CASES).filter((n) => !filter || n.includes(filter))) {
      writeFileSync(file, CASES[name](5 * MB));
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--require', peak, cli, 'check', file, '--format', 'json'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
      });
      const wall = performance.now() - t0;
      const peakMB = Number(/peak (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1024;
      const bad = wall > 5000 || !(peakMB <= 1024) || (r.status !== 0 && r.status !== 1);
      if (bad) flagged.push(name);
      console.log(
        `${name.padEnd(40)} ${s(wall).padEnd(7)} ${`${peakMB.toFixed(0)} MB`.padEnd(8)} ${r.status ?? r.signal}${bad ? '  <<' : ''}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(flagged.length ? `\nflagged (> 5 s, > 1 GB or exit not 0/1): ${flagged.join(', ')}` : '\nnothing flagged');
}

const i = process.argv.indexOf('--case');
const w = process.argv.indexOf('--write');
if (i >= 0) child(process.argv[i + 1], Number(process.argv[i + 2]));
else if (w >= 0) writeFileSync(process.argv[w + 3], CASES[process.argv[w + 1]](Number(process.argv[w + 2]) * MB));
else if (process.argv.includes('--cli')) cliBounds(process.argv[process.argv.indexOf('--cli') + 1]);
else main();
