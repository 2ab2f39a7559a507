// Shared by the extension-host tests, the screenshot check and `npm start`: a real VS Code
// (code-server; see the README, "How the tests run a real VS Code") on loopback, the Chromium
// that drives it, and the one cleanup() that ends both.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so that no checkout path is hard-coded. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, 'tools', 'vscode');
const ENTRY = path.join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings that keep every run alike: no welcome page, no trust prompt, a fixed theme. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // The seeds folder sits inside this repository; do not ask about it in every screenshot.
  'git.openRepositoryInParentFolders': 'never',
};

/** Chromium flags: root needs --no-sandbox; the rest stop calls to a network we cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Runs scripts/setupVscode.sh, which returns at once when everything is already built. */
export function ensureVscode() {
  const result = spawnSync('bash', [path.join(ROOT, 'scripts', 'setupVscode.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`scripts/setupVscode.sh failed (exit ${result.status})`);
}

/**
 * Builds interlinear.vsix with `npm run package` (production build + vsce) and returns its
 * path: what users install, so it also checks the packaging (.vscodeignore, manifest).
 */
export function packageExtension() {
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status})`);
  return path.join(ROOT, 'interlinear.vsix');
}

/** Loads playwright-core from tools/vscode, where setupVscode.sh installed it. */
export function loadPlaywright() {
  return createRequire(path.join(TOOLS, 'package.json'))('playwright-core');
}

// What cleanup() must end: the browsers launched and the shut-downs of the code-servers started here.
const browsers = new Set();
const serverShutDowns = new Set();

/** Launches headless Debian Chromium; cleanup() closes it. */
export async function launchChromium() {
  const browser = await loadPlaywright().chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  browsers.add(browser);
  browser.once('disconnected', () => browsers.delete(browser));
  return browser;
}

/**
 * Ends everything started through this module: closes the browsers, then stops every code-server
 * (its whole process group) and deletes its temporary profile. Each step gives up after 10 s, so a
 * hung browser or server cannot keep the caller from exiting. Safe to call more than once.
 */
export async function cleanup() {
  const bounded = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  await Promise.all([...browsers].map((browser) => bounded(browser.close().catch(() => {}))));
  browsers.clear();
  await Promise.all([...serverShutDowns].map((shutDown) => bounded(shutDown())));
}

/**
 * On SIGINT, SIGTERM or SIGHUP: cleanup(), then exit with `code`. Returns that same stop for other
 * reasons to end the process (`npm start` when its parent dies); `onStop(reason)` runs first, once.
 */
export function cleanupOnSignals({ code = 130, onStop } = {}) {
  let stopping;
  const stop = (reason) =>
    (stopping ??= (async () => {
      onStop?.(reason);
      await cleanup();
      process.exit(code);
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  return stop;
}

/** Resolves a loopback port nobody listens on (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves true when `port` on 127.0.0.1 can be bound right now. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The workbench URL for `folder`, optionally with VS Code's `payload` parameter, which is how
 * code-server takes extensionDevelopmentPath / extensionTestsPath (it has no such flags).
 */
export function workbenchUrl(port, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/**
 * Starts code-server on 127.0.0.1 without auth. By default the user-data dir is a fresh temp
 * dir that cleanup() deletes; pass `userDataDir` to keep one (npm start). `vsix` is installed
 * (replacing any older copy) before the server starts. Resolves once the
 * server logs "HTTP server listening"; rejects on exit or after `timeoutMs`. `env` is added to
 * the server's environment, which its extension host inherits.
 */
export async function startServer({ port, userDataDir, folder, vsix, env: extraEnv = {}, timeoutMs = 60_000, echo = false } = {}) {
  if (!fs.existsSync(ENTRY)) throw new Error('code-server is not installed; run bash scripts/setupVscode.sh');
  port ??= await freePort();
  const temporary = !userDataDir;
  userDataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-vscode-'));
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (temporary || !fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify(DEFAULT_SETTINGS, null, 2) + '\n');
  }
  const extensionsDir = path.join(userDataDir, 'extensions');

  // Drop variables of any VS Code we might run inside, so this server does not talk to it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_')));
  // Otherwise code-server writes a default config with a password to ~/.config/code-server.
  env.CODE_SERVER_CONFIG = path.join(userDataDir, 'code-server.yaml');
  Object.assign(env, extraEnv);

  const dirs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  let child;
  let exited = Promise.resolve(null);
  let stopping;
  // The one shut-down of this server, on a failed start and by cleanup(): ends the whole
  // process group (TERM, then KILL after 5 s; the server may exit before its children) and
  // deletes a temporary profile.
  const shutDown = () =>
    (stopping ??= (async () => {
      if (child) {
        killGroup(child.pid, 'SIGTERM');
        const killer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
        killGroup(child.pid, 'SIGKILL');
      }
      process.off('exit', onExit);
      serverShutDowns.delete(shutDown);
      if (temporary) fs.rmSync(userDataDir, { recursive: true, force: true });
    })());
  // When the process ends without cleanup() (an uncaught error), the same, synchronously.
  const onExit = () => {
    if (child) killGroup(child.pid, 'SIGKILL');
    if (temporary) fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  serverShutDowns.add(shutDown);

  if (vsix) {
    const install = spawnSync(process.execPath, [ENTRY, ...dirs, '--install-extension', vsix, '--force'], {
      env,
      encoding: 'utf8',
    });
    if (install.status !== 0) {
      await shutDown();
      throw new Error(`installing ${vsix} failed:\n${install.stdout}${install.stderr}`);
    }
  }

  const args = [
    ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    ...dirs,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  if (folder) args.push(folder);
  // Its own process group, so that shutDown() ends the extension host and helpers with it.
  child = spawn(process.execPath, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const tail = [];

  try {
    await waitForListening(child, tail, timeoutMs, echo);
  } catch (error) {
    await shutDown();
    throw error;
  }

  return {
    port,
    userDataDir,
    pid: child.pid,
    /** Resolves with the exit code when the server dies on its own (or cleanup() ends it). */
    exited,
    /** The last lines code-server printed, for error reports. */
    logTail: () => tail.join('\n'),
  };
}

// Resolves when code-server logs "HTTP server listening"; keeps its last lines in `tail`.
function waitForListening(child, tail, timeoutMs, echo) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`code-server did not start within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}\n--- code-server output ---\n${tail.join('\n')}`));
    };
    const onData = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        tail.push(line);
        if (tail.length > 200) tail.shift();
        if (echo) console.log(`[code-server] ${line}`);
        if (line.includes('HTTP server listening')) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`code-server exited early (code ${code}, signal ${signal})`)));
  });
}

// Signals a whole process group; a group that is already gone is fine.
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}
