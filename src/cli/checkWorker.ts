// The worker side of `interlinear check` over many files (see checkPool.ts): the same bundle as the CLI,
// started by the pool with `workerData` that says so; it checks the files it is handed until it is stopped.
import { parentPort, workerData } from 'worker_threads';
import { provideLexiconOnce } from './lexiconFile';
import { NodeFileSystem, readTextFile, runChecks, toRecords, type Baseline, type FindingRecord, type Glossary, type Level } from '../core';

/** Marks the `workerData` of a check worker. */
export const CHECK_WORKER = 'interlinear.checkWorker';

/** What every file of the run shares, sent once when the worker starts. */
export interface WorkerSetup {
  readonly [CHECK_WORKER]: true;
  readonly glossary: Glossary;
  readonly levels: Readonly<Record<string, Level>> | undefined;
}

/** One file to check: its text when the pool read it, else the worker reads it. */
export interface WorkerRequest {
  readonly index: number;
  readonly file: string;
  readonly text: string | undefined;
  readonly baseline: Baseline | undefined;
}

/** A file's records, or why it has none: unreadable (a usage error), or a failure of the checks (an internal error). */
export type WorkerReply =
  | { readonly index: number; readonly ok: true; readonly records: FindingRecord[] }
  | { readonly index: number; readonly ok: false; readonly unreadable?: string; readonly error?: { message: string; stack?: string } };

/** Whether this thread was started as a check worker. */
export function isCheckWorker(): boolean {
  return typeof workerData === 'object' && workerData !== null && CHECK_WORKER in workerData;
}

/** Serves check requests until the pool terminates the thread. */
export function serveChecks(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort!;
  const project = new NodeFileSystem(process.cwd());
  port.on('message', (request: WorkerRequest) => {
    void answer(project, setup, request).then((reply) => port.postMessage(reply));
  });
}

// Checks one file; never rejects.
async function answer(project: NodeFileSystem, setup: WorkerSetup, request: WorkerRequest): Promise<WorkerReply> {
  const { index, file } = request;
  try {
    let text = request.text;
    if (text === undefined) {
      const read = await readTextFile(project, file);
      if (!read.ok) return { index, ok: false, unreadable: `${file}: ${read.reason}` };
      text = read.text;
    }
    provideLexiconOnce();
    const findings = runChecks(text, { glossary: setup.glossary, baseline: request.baseline, levels: setup.levels });
    return { index, ok: true, records: toRecords(file, text, findings) };
  } catch (error) {
    const failure = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    return { index, ok: false, error: failure };
  }
}
