/**
 * "checked 37/200 files" on one line of a terminal, rewritten in place at most ten times a second and only once
 * a run has lasted half a second (a quick run does not flicker), erased at the end so the report stands alone.
 * Made only when stderr is a terminal: a pipe or a log file never gets it.
 */
export class Progress {
  private readonly started = Date.now();
  private shownAt = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
  ) {}

  /** Says how many files are done. */
  update(done: number): void {
    const now = Date.now();
    if (now - this.started < 500 || now - this.shownAt < 100) return;
    this.shownAt = now;
    this.shown = true;
    this.write(`\rinterlinear: checked ${done}/${this.total} files`);
  }

  /** Erases the line, if it was shown. */
  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
