import * as vscode from 'vscode';
import { decodeText, docsPath, LineIndex, MAX_FILE_BYTES, tooLarge, type Finding, type Glossary, type TextRange } from '../core/base';
import type { BaselineStore } from './baselineStore';
import { COMMANDS } from './commands';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { FindingsService } from './findingsService';
import type { GlossaryStore } from './glossaryStore';
import { loadChecks } from './loadChecks';
import type { PeopleService } from './peopleService';
import { Settings, setting } from './settings';
import { levelsFor, toSeverity } from './severity';
import { WorkspaceCheckPool, type Checked, type PoolJob } from './workspaceCheckPool';
import { findWorkspaceTranscripts } from './workspaceTranscripts';

/** What "Check Workspace" may be given (by a test, or another extension): a token that cancels the run. */
export interface CheckWorkspaceOptions {
  readonly token?: vscode.CancellationToken;
}

/** What a run of "Check Workspace" did. */
export interface CheckWorkspaceResult {
  readonly files: number;
  readonly checked: number;
  readonly cancelled: boolean;
}

/**
 * "Interlinear: Check Workspace": checks every transcript of the workspace in worker threads, with progress and
 * cancellation, and lists the findings of files not open in the Problems panel (a collection of their own; an
 * open file shows the live findings of the findings service, which replace these as soon as it is checked).
 */
export function registerWorkspaceCheck(
  findings: FindingsService,
  glossary: GlossaryStore,
  baseline: BaselineStore,
  people: PeopleService,
  extensionUri: vscode.Uri,
): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-workspace`);
  // The files the last run covered: one closed after its live findings replaced the run's is checked again from disk.
  let covered = new Set<string>();
  const show = (uri: vscode.Uri, result: Checked | Error) => {
    // A file opened meanwhile has live findings: these would only repeat them.
    if (findings.get(uri)) return;
    if (result instanceof Error) collection.set(uri, [unreadable(result)]);
    else collection.set(uri, toDiagnostics(result.findings, result.text, extensionUri));
  };
  const recheck = async (uri: vscode.Uri) => {
    const pool = new WorkspaceCheckPool(extensionUri.fsPath);
    await pool.run(await jobsFor([uri], await glossary.get(), baseline, people), (key, result) => show(vscode.Uri.parse(key), result));
  };
  const run = async (options?: CheckWorkspaceOptions): Promise<CheckWorkspaceResult> =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Interlinear: checking the workspace', cancellable: true },
      async (progress, shown) => {
        const cancelled = () => shown.isCancellationRequested || options?.token?.isCancellationRequested === true;
        const uris = (await findWorkspaceTranscripts(shown)).filter((u) => setting<string>(Settings.run, 'onType', u) !== 'off');
        const pool = new WorkspaceCheckPool(extensionUri.fsPath);
        const stops = [shown.onCancellationRequested(() => pool.stop()), options?.token?.onCancellationRequested(() => pool.stop())];
        let checked = 0;
        try {
          if (cancelled()) return { files: uris.length, checked, cancelled: true };
          const jobs = await jobsFor(uris, await glossary.get(), baseline, people);
          covered = new Set(uris.map((u) => u.toString()));
          await pool.run(jobs, (key, result) => {
            checked++;
            progress.report({ message: `${checked}/${uris.length} files`, increment: 100 / uris.length });
            show(vscode.Uri.parse(key), result);
          });
        } finally {
          stops.forEach((s) => s?.dispose());
        }
        return { files: uris.length, checked, cancelled: cancelled() };
      },
    );
  return vscode.Disposable.from(
    collection,
    // Once a file is checked live, its live findings stand for it: theirs are newer than the workspace run's. Closed
    // again, it is the file on disk that the Problems panel should show.
    findings.onDidChangeFindings((uri) => {
      if (findings.get(uri)) collection.delete(uri);
      else if (covered.has(uri.toString())) void recheck(uri);
    }),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, run),
  );
}

// A job per file: its size now (the largest go first), its text and baseline when its turn comes.
async function jobsFor(
  uris: readonly vscode.Uri[],
  glossary: Glossary,
  baseline: BaselineStore,
  people: PeopleService,
): Promise<PoolJob[]> {
  await people.ready();
  const ids = loadChecks().CHECKS.map((c) => c.id);
  return Promise.all(
    uris.map(async (uri) => {
      const size = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        (s) => s.size,
        () => 0,
      );
      const load = async () => {
        if (size > MAX_FILE_BYTES) return new Error(`${vscode.workspace.asRelativePath(uri)} ${tooLarge(size)}`);
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch (error) {
          return new Error(`cannot read ${vscode.workspace.asRelativePath(uri)} (${(error as Error).message})`);
        }
        const decoded = decodeText(bytes);
        if (!decoded.ok) return new Error(`${vscode.workspace.asRelativePath(uri)} ${decoded.reason}`);
        return {
          text: decoded.text,
          glossary,
          baseline: await baseline.forUri(uri),
          levels: levelsFor(uri, ids),
          speakerDecisions: people.decisionsFor(uri),
        };
      };
      return { key: uri.toString(), size, load };
    }),
  );
}

// The diagnostics of a file not open: ranges from its text, codes linked to the checks' docs pages.
function toDiagnostics(findings: readonly Finding[], text: string, extensionUri: vscode.Uri): vscode.Diagnostic[] {
  const index = new LineIndex(text);
  const range = (r: TextRange) => {
    const [start, end] = [index.positionAt(r.start), index.positionAt(r.end)];
    return new vscode.Range(start.line, start.character, end.line, end.character);
  };
  return findings.map((f) => {
    const d = new vscode.Diagnostic(range(f.range), f.message, toSeverity(f.level === 'off' ? 'hint' : f.level));
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.checkId, target: vscode.Uri.joinPath(extensionUri, docsPath(f.checkId)) };
    return d;
  });
}

// A file the run could not check, said where its findings would be.
function unreadable(error: Error): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `Interlinear could not check this file: ${error.message}`,
    vscode.DiagnosticSeverity.Warning,
  );
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}
