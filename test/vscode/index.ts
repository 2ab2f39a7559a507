// Entry point of the extension-host tests, on the @vscode/test-electron contract: VS Code
// requires this module from extensionTestsPath and awaits run(). The same file serves
// scripts/runVscodeTests.mjs (code-server here) and test-electron on a desktop machine.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

// In code-server, extension-host output reaches the runner mixed with the workbench's own
// log, so scripts/runVscodeTests.mjs asks (through the environment the extension host
// inherits) for a marker before each line of ours. Under test-electron it is unset.
const linePrefix = process.env.INTERLINEAR_TEST_LINE_PREFIX ?? '';

// Prints text line by line, each behind the marker.
function print(text: string): void {
  for (const line of text.split('\n')) console.log(linePrefix + line);
}

/** Runs every `*.test.js` compiled next to this file; rejects if any test failed or none ran. */
export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => print(format(...args));
  // INTERLINEAR_TEST_GREP runs only the matching tests (the extension host inherits the runner's environment).
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, grep: process.env.INTERLINEAR_TEST_GREP });
  for (const file of findTests(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        // CI reads this exact line; keep it alone on its line.
        print(`${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else if (passed === 0) reject(new Error('no extension-host test ran'));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}

// Lists compiled test files below dir, sorted so that the order is the same on every run.
function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}
