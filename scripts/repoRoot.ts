import * as fs from 'fs';
import * as path from 'path';

// Searched rather than counted from __dirname: the compiled file runs from out/, from the parallel test builds'
// out-c/ and the like, or from another tsconfig's output, each at its own depth.
/** The repository root: the nearest folder above this file that holds package.json and syntaxes/. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'syntaxes'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`repository root not found above ${__dirname}`);
    dir = up;
  }
}
