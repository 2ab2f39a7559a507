// Tokenizes text line by line with the grammar as VS Code loads it (scripts/textmate.ts), and reads the
// seeds and grammar fixtures.

import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../../scripts/repoRoot';
import { loadGrammar } from '../../scripts/textmate';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly line: string;
  /** 0-based line number. */
  readonly index: number;
  readonly tokens: readonly Token[];
}

/** Splits text into lines the way VS Code does (LF, CRLF or CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Tokenizes every line of `text`, carrying the rule stack from line to line. */
export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const grammar = await loadGrammar();
  let stack = vsctm.INITIAL;
  return splitLines(text).map((line, index) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const tokens = r.tokens.map((t) => ({
      text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
      start: t.startIndex,
      end: Math.min(t.endIndex, line.length),
      scopes: t.scopes,
    }));
    return { line, index, tokens };
  });
}

/** Tokenizes a single line (fresh rule stack). */
export async function tokenizeLine(line: string): Promise<TokenizedLine> {
  return (await tokenize(line))[0];
}

/** Does some scope of the token start with `prefix` (`markup.heading`) or equal it? */
export function hasScope(token: Token, prefix: string): boolean {
  return token.scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
}

/** Does some scope of the token contain `fragment` anywhere (`speaker`)? */
export function scopeContains(token: Token, fragment: string): boolean {
  return token.scopes.some((s) => s.includes(fragment));
}

/** Texts of the maximal runs of adjacent tokens carrying a scope starting with `prefix`. */
export function runs(line: TokenizedLine, prefix: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let lastEnd = -1;
  for (const t of line.tokens) {
    if (t.text.length === 0) continue;
    if (hasScope(t, prefix)) {
      current = current !== undefined && t.start === lastEnd ? current + t.text : (flush(), t.text);
      lastEnd = t.end;
    } else flush();
  }
  flush();
  return out;

  function flush(): void {
    if (current !== undefined) out.push(current);
    current = undefined;
  }
}

/** Does any token of the line carry a scope starting with `prefix`? */
export function lineHas(line: TokenizedLine, prefix: string): boolean {
  return line.tokens.some((t) => hasScope(t, prefix));
}

/** Does any token of the line carry a scope containing `fragment`? */
export function lineContains(line: TokenizedLine, fragment: string): boolean {
  return line.tokens.some((t) => scopeContains(t, fragment));
}

/** Reads a seed document by its numeric prefix (`000`). */
export function readSeed(prefix: string): string {
  const dir = path.join(repoRoot(), 'seeds');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix + '_'));
  if (!file) throw new Error(`seed ${prefix} not found in ${dir}`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

/** Reads a file of test/fixtures/grammar. */
export function readFixture(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'grammar', name), 'utf8');
}

/** A compact dump of a line's tokens, for assertion messages. */
export function dump(line: TokenizedLine): string {
  return line.tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.filter((s) => s !== 'text.transcript').join(' ')}`).join('\n');
}
