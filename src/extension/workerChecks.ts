import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { Finding } from '../core/base';
import type { CheckRequest, CheckResponse } from './checkWorker';

/** Checks large documents in a worker thread, one run per document at a time; a newer run cancels the older. */
export class WorkerChecks implements vscode.Disposable {
  private readonly running = new Map<string, Worker>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The findings of `text`, or undefined when a newer run for the same document replaced this one. */
  run(key: string, text: string, options: Omit<CheckRequest, 'text'>): Promise<Finding[] | undefined> {
    this.cancel(key);
    const worker = new Worker(path.join(this.extensionUri.fsPath, 'dist', 'checkWorker.js'));
    this.running.set(key, worker);
    return new Promise((resolve, reject) => {
      const finish = () => {
        if (this.running.get(key) === worker) this.running.delete(key);
        void worker.terminate();
      };
      worker.once('message', (response: CheckResponse) => {
        finish();
        if (response.ok) resolve(response.findings);
        else reject(new Error(response.error));
      });
      worker.once('error', (error) => {
        finish();
        reject(error);
      });
      // A terminated (cancelled) worker exits without answering.
      worker.once('exit', () => resolve(undefined));
      worker.postMessage({ text, ...options } satisfies CheckRequest);
    });
  }

  /** Stops the run for a document, if any. */
  cancel(key: string): void {
    const worker = this.running.get(key);
    this.running.delete(key);
    void worker?.terminate();
  }

  dispose(): void {
    for (const key of [...this.running.keys()]) this.cancel(key);
  }
}
