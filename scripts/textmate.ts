// syntaxes/transcript.tmLanguage.json loaded with vscode-textmate + vscode-oniguruma, the engine VS Code uses:
// shared by `npm run bench` and the grammar tests.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { GRAMMAR_PATH } from './grammarSource';
import { repoRoot } from './repoRoot';

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** The grammar as VS Code would load it (read from disk once per process). */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot(), 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.transcript') return null;
        const file = GRAMMAR_PATH();
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const grammar = await registry.loadGrammar('text.transcript');
    if (!grammar) throw new Error('grammar text.transcript did not load');
    return grammar;
  })();
  return grammarPromise;
}
