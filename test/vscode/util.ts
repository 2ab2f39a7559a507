import * as path from 'path';
import * as vscode from 'vscode';

/** The repository root, from the compiled test's location (out/test/vscode). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The URI of a seed by its numeric prefix ("000"). */
export async function seedUri(prefix: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`**/seeds/${prefix}_*.txt`, undefined, 1);
  if (uri) return uri;
  const fs = await import('fs');
  const name = fs.readdirSync(path.join(repoRoot, 'seeds')).find((n) => n.startsWith(prefix + '_'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return vscode.Uri.file(path.join(repoRoot, 'seeds', name));
}

/**
 * Resolves with the first event value that satisfies `predicate`, or rejects after `ms`.
 * `check` runs once at once, for states reached before the listener was attached.
 */
export function waitFor<T, R>(
  event: vscode.Event<T>,
  predicate: (value: T) => R | undefined,
  ms: number,
  check?: () => R | undefined,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const early = check?.();
    if (early !== undefined) {
      resolve(early);
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
    const listener = event((value) => {
      const result = predicate(value);
      if (result === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(result);
    });
  });
}

/** Opens a seed and waits until it has switched to the transcript language. */
export async function openTranscript(prefix: string): Promise<vscode.TextEditor> {
  const uri = await seedUri(prefix);
  const same = (doc: vscode.TextDocument) => (doc.uri.toString() === uri.toString() && doc.languageId === 'transcript' ? doc : undefined);
  const ready = waitFor(vscode.workspace.onDidOpenTextDocument, same, 10_000, () => vscode.workspace.textDocuments.find((d) => same(d)));
  await vscode.workspace.openTextDocument(uri);
  const doc = await ready;
  return vscode.window.showTextDocument(doc);
}

/** Counts symbols of a kind in a symbol tree. */
export function countSymbols(symbols: readonly vscode.DocumentSymbol[], kind: vscode.SymbolKind): number {
  return symbols.reduce((n, s) => n + (s.kind === kind ? 1 : 0) + countSymbols(s.children, kind), 0);
}

/** Whether a file or folder exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
