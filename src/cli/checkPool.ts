import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Baseline, FindingRecord, Glossary, Level } from '../core';
import { UsageError } from './args';
import { CHECK_WORKER, type WorkerReply, type WorkerRequest, type WorkerSetup } from './checkWorker';

/** One file of the run, in the files' order. */
export interface PoolFile {
  readonly file: string;
  /** Its size, which decides when it is handed out (largest first: the last file to finish is then a small one). */
  readonly size: number;
  /** Its text when the caller kept it; else the worker reads the file. */
  readonly text: string | undefined;
  readonly baseline: Baseline | undefined;
}

/** What every file shares. */
export interface PoolOptions {
  readonly glossary: Glossary;
  readonly levels: Readonly<Record<string, Level>> | undefined;
  /** How many threads check at once. */
  readonly jobs: number;
}

/**
 * Checks files in worker threads, one file per worker at a time, and hands each file's records to `onRecords`
 * as they come (in no particular order). Rejects on the first failure (an unreadable file as a UsageError, a
 * failing check as an internal error) and stops every worker either way.
 */
export function checkInWorkers(
  files: readonly PoolFile[],
  options: PoolOptions,
  onRecords: (index: number, records: readonly FindingRecord[]) => void,
): Promise<void> {
  const order = files.map((_, i) => i).sort((a, b) => files[b].size - files[a].size || a - b);
  const setup: WorkerSetup = { [CHECK_WORKER]: true, glossary: options.glossary, levels: options.levels };
  // The workers run the CLI's own entry (dist/cli.js, from its code cache), which sees workerData and serves checks.
  const entry = path.join(__dirname, 'cli.js');
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let failed = false;
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      // Answers already on their way after a failure are dropped: nothing more is reported.
      if (failed) return;
      failed = true;
      workers.forEach((w) => void w.terminate());
      reject(error);
    };
    const handOut = (worker: Worker) => {
      if (next >= order.length) return;
      const index = order[next++];
      const { file, text, baseline } = files[index];
      worker.postMessage({ index, file, text, baseline } satisfies WorkerRequest);
    };
    const count = Math.min(options.jobs, files.length);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(entry, { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if (!reply.ok) return fail(reply.unreadable ? new UsageError(reply.unreadable) : workerError(reply.error));
        onRecords(reply.index, reply.records);
        if (++done === files.length) {
          workers.forEach((w) => void w.terminate());
          resolve();
        } else handOut(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => done < files.length && fail(new Error(`a check worker stopped (exit code ${code})`)));
      handOut(worker);
    }
  });
}

// A failure inside a worker, rebuilt with the worker's message and stack (the CLI prints them as an internal error).
function workerError(failure: { message: string; stack?: string } | undefined): Error {
  const error = new Error(failure?.message ?? 'a check worker failed');
  if (failure?.stack) error.stack = failure.stack;
  return error;
}
