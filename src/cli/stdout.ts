import { writeSync } from 'fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes `s` to the standard output before returning, calling `failed` on an error (EPIPE from a reader that
 * stopped, ENOSPC). Not through `process.stdout`: to a pipe it queues in memory whatever the reader has not taken
 * yet, so a 200 MB report piped into a slower reader held all 200 MB (and more) until the end of the run. A pipe
 * left non-blocking by whoever shares it answers EAGAIN while full: the write waits a millisecond and goes on.
 */
export function writeStdout(s: string | Uint8Array, failed: (error: NodeJS.ErrnoException) => void): void {
  if (process.platform === 'win32') {
    // Windows consoles want UTF-16 through the stream; its pipes block already.
    process.stdout.write(s, (error) => error && failed(error));
    return;
  }
  const bytes = typeof s === 'string' ? Buffer.from(s) : s;
  for (let at = 0; at < bytes.length;) {
    try {
      at += writeSync(1, bytes, at);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== 'EAGAIN') return failed(e);
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/** Calls `done` once everything written is out (at once but on Windows, where the console's stream may still hold some). */
export function afterStdout(done: () => void): void {
  if (process.platform === 'win32') process.stdout.write('', () => done());
  else done();
}
