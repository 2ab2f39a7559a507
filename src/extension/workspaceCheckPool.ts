import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Finding } from '../core/base';
import type { CheckRequest, CheckResponse } from './checkWorker';

/** One file of a workspace check: its size, and how to read it with everything that shapes its check. */
export interface PoolJob {
  readonly key: string;
  readonly size: number;
  /** Read when the file's turn comes, so that only the files being checked are in memory. */
  load(): Promise<CheckRequest | Error>;
}

/** A file's findings and the text they were found in. */
export interface Checked {
  readonly findings: Finding[];
  readonly text: string;
}

/**
 * Checks many files in worker threads (dist/checkWorker.js, the worker that checks large open documents), one
 * file per worker at a time, largest first, leaving a core to the editor. `stop` ends the run: the workers are
 * terminated and the promise resolves with what was done.
 */
export class WorkspaceCheckPool {
  private readonly workers: Worker[] = [];
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(private readonly extensionPath: string) {}

  /** Runs `jobs`; `onFindings` hears each file's findings with the text they are in (or its failure) as it is done. */
  async run(jobs: readonly PoolJob[], onFindings: (key: string, outcome: Checked | Error) => void): Promise<void> {
    const queue = [...jobs].sort((a, b) => b.size - a.size);
    const count = Math.max(1, Math.min(queue.length, (os.availableParallelism?.() ?? os.cpus().length) - 1));
    const stoppedRun = new Promise<void>((resolve) => (this.wake = resolve));
    const lanes = Array.from({ length: count }, async () => {
      const worker = new Worker(path.join(this.extensionPath, 'dist', 'checkWorker.js'));
      this.workers.push(worker);
      try {
        for (let job = queue.shift(); job && !this.stopped; job = queue.shift()) {
          const request = await job.load();
          if (this.stopped) return;
          if (request instanceof Error) {
            onFindings(job.key, request);
            continue;
          }
          const answer = await Promise.race([ask(worker, request), stoppedRun.then(() => undefined)]);
          if (answer === undefined || this.stopped) return;
          onFindings(job.key, answer.ok ? { findings: answer.findings, text: request.text } : new Error(answer.error));
        }
      } finally {
        void worker.terminate();
      }
    });
    await Promise.all(lanes);
  }

  /** Stops the run: no more findings are reported. */
  stop(): void {
    this.stopped = true;
    this.wake?.();
    this.workers.forEach((w) => void w.terminate());
  }
}

// Sends one request to a worker and waits for its answer (a worker that dies answers with the error).
function ask(worker: Worker, request: CheckRequest): Promise<CheckResponse> {
  return new Promise((resolve) => {
    const done = (response: CheckResponse) => {
      worker.off('message', done);
      worker.off('error', failed);
      resolve(response);
    };
    const failed = (error: Error) => done({ ok: false, error: error.message });
    worker.on('message', done);
    worker.on('error', failed);
    worker.postMessage(request);
  });
}
