// `npm start`: the extension as users get it (interlinear.vsix, installed) in a real VS Code
// (code-server) on 127.0.0.1, with the seeds folder open. Settings, open editors and
// installed extensions persist in .vscode-test/start between runs. Ctrl-C stops it all.
//
// PORT picks the port; otherwise 8080, or any free port when 8080 is taken.
import path from 'node:path';
import {
  ROOT,
  cleanup,
  cleanupOnSignals,
  ensureVscode,
  freePort,
  packageExtension,
  portIsFree,
  startServer,
  workbenchUrl,
} from './vscodeServer.mjs';

const WORKSPACE = path.join(ROOT, 'seeds');
const USER_DATA = path.join(ROOT, '.vscode-test', 'start');

async function choosePort() {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!Number.isInteger(port) || !(await portIsFree(port))) throw new Error(`PORT=${process.env.PORT} is not a free port`);
    return port;
  }
  return (await portIsFree(8080)) ? 8080 : freePort();
}

async function main() {
  let stopping = false;
  const stop = cleanupOnSignals({
    code: 0,
    onStop: (reason) => {
      stopping = true;
      console.log(`\n[start] ${reason}: stopping code-server`);
    },
  });

  const vsix = packageExtension();
  ensureVscode();
  const server = await startServer({ port: await choosePort(), userDataDir: USER_DATA, folder: WORKSPACE, vsix });
  // `kill <npm's pid>` ends npm and its shell but does not reach us (Ctrl-C reaches the
  // whole terminal group); notice being orphaned instead of leaving the server running.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop('parent exited'), 1000).unref();

  console.log('');
  console.log(`  Interlinear in VS Code (code-server): ${workbenchUrl(server.port, WORKSPACE)}`);
  console.log(`  Profile and logs: ${path.relative(ROOT, USER_DATA)}/   Stop with Ctrl-C.`);
  console.log('  Try the parallel view: open demo/interview.zh.transcript.md, then Ctrl+Alt+P (Interlinear: Open Parallel View).');
  console.log('');

  const code = await server.exited;
  if (!stopping) {
    console.log(`[start] code-server exited on its own (code ${code}):\n${server.logTail()}`);
    await cleanup();
    process.exit(code || 1);
  }
}

main().catch((error) => {
  console.error(`[start] ${error.stack ?? error}`);
  process.exit(1);
});
