// `npm run test:vscode`: runs out/test/vscode (mocha, see test/vscode/index.ts) inside the
// real extension host of a throwaway code-server, driven by headless Chromium, because
// @vscode/test-electron cannot download a desktop VS Code on this network.
// Exits with the tests' code; a run that exceeds the time limit fails instead of hanging.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, cleanup, cleanupOnSignals, ensureVscode, launchChromium, startServer, workbenchUrl } from './vscodeServer.mjs';

const TIMEOUT_MS = Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 5 * 60_000);
const TESTS_DIR = path.join(ROOT, 'out', 'test', 'vscode');
const WORKSPACE = path.join(ROOT, 'seeds');

let server;
let browser;
let finished = false; // from then on, the server and browser going away is expected

// test/vscode/index.ts puts this before each line it prints, because in code-server the
// extension host's console reaches the page as ordinary workbench log messages.
const LINE_PREFIX = '\u2063interlinear-test\u2063 ';
// Noise that every offline run logs (failed name lookups and downloads) and that means nothing.
const NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|status of 404|vsda/;
const VERBOSE = Boolean(process.env.VSCODE_TEST_VERBOSE);

// Prints the tests' own lines verbatim, so that "N passed, N failed" stays alone on its
// line; other workbench messages only when they are errors (or with VSCODE_TEST_VERBOSE=1).
function forwardConsole(message) {
  const text = message.text();
  const at = text.indexOf(LINE_PREFIX);
  if (at >= 0) console.log(text.slice(at + LINE_PREFIX.length));
  else if (VERBOSE || (message.type() === 'error' && !NOISE.test(text))) {
    console.log(`[workbench ${message.type()}] ${text}`);
  }
}

async function main() {
  for (const [file, hint] of [
    [path.join(ROOT, 'dist', 'extension.js'), 'npm run build'],
    [path.join(TESTS_DIR, 'index.js'), 'npm run compile-tests'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing; run ${hint} first`);
  }
  ensureVscode();

  server = await startServer({ env: { INTERLINEAR_TEST_LINE_PREFIX: LINE_PREFIX } });
  browser = await launchChromium();
  const page = await browser.newPage();

  // The workbench calls window.codeAutomationExit(code) when run() settles.
  const testsDone = new Promise((resolve) => page.exposeFunction('codeAutomationExit', resolve));
  page.on('console', forwardConsole);
  page.on('pageerror', (error) => console.log(`[workbench pageerror] ${error.message}`));

  const url = workbenchUrl(server.port, WORKSPACE, {
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS_DIR,
  });
  console.log(`[test:vscode] code-server on port ${server.port}; opening ${WORKSPACE}`);
  await page.goto(url);

  const code = await Promise.race([
    testsDone,
    server.exited.then((c) => {
      if (!finished) console.log(`[test:vscode] code-server died (exit ${c}):\n${server.logTail()}`);
      return 1;
    }),
    new Promise((resolve) => browser.once('disconnected', () => resolve(1))),
  ]);
  return Number(code) || 0;
}

cleanupOnSignals();

// The hard limit: whatever hangs (server, browser, a test), the run ends and fails.
let watchdog;
const timedOut = new Promise((resolve) => {
  watchdog = setTimeout(() => {
    console.log(`[test:vscode] FAILED: no result within ${TIMEOUT_MS / 1000} s`);
    if (server) console.log(`--- code-server output (end) ---\n${server.logTail().split('\n').slice(-40).join('\n')}`);
    resolve(1);
  }, TIMEOUT_MS);
});

const started = Date.now();
Promise.race([
  main().catch((error) => {
    console.log(`[test:vscode] FAILED: ${error.stack ?? error}`);
    return 1;
  }),
  timedOut,
]).then(async (code) => {
  finished = true;
  clearTimeout(watchdog);
  console.log(`[test:vscode] exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await cleanup();
  process.exit(code);
});
