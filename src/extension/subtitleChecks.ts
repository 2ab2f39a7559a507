import * as path from 'path';
import * as vscode from 'vscode';
import { docsPath, EMPTY_SPEAKER_DECISIONS, preferredFix, type Finding, type TextEdit } from '../core/base';
import { cueCheckText, type CueCheckText, type FormatProblem } from '../core/formats';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { GlossaryStore } from './glossaryStore';
import { loadChecks } from './loadChecks';
import { SECTION, Settings, setting } from './settings';
import { levelsFor, toSeverity } from './severity';
import { SUBTITLE_SELECTOR, parseSubtitles, subtitleFormat } from './subtitleDocuments';
import { toRange } from './transcriptCache';
import { WorkerChecks } from './workerChecks';

/** The diagnostic collection of subtitle files (parse problems and findings in their cue text). */
export const SUBTITLE_COLLECTION = 'interlinear subtitles';

/** The code of a diagnostic for something the subtitle parser refused (a broken timing line, a block that is no cue). */
export const FORMAT_PROBLEM_CODE = 'subtitle-format';

// Quiet time after the last keystroke before a subtitle file is checked again.
const SETTLE_MS = 300;
// Checked text this large is checked in a worker thread, as transcripts are (see FindingsService).
const WORKER_CHARS = 400_000;

// A fix whose edits are ranges of the subtitle file, each inside the text of one cue.
interface FileFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
}

// What the last check of a document found that code actions need: its version, and the fixes of each diagnostic.
interface Checked {
  readonly version: number;
  readonly fixes: readonly { readonly diagnostic: vscode.Diagnostic; readonly fixes: readonly FileFix[] }[];
}

/**
 * Checks SRT and WebVTT files: what the parser refused becomes an error at its line, and the monolingual checks run
 * over the cues' text (`cueCheckText`), their findings shown at the file ranges they map to. A finding that maps to
 * no single cue (it runs from one cue into the next) is logged, not shown; a fix is offered only when every edit of
 * it lands inside one cue's text and adds no line break, so cue numbers and timings are never touched.
 */
export function registerSubtitleChecks(
  glossary: GlossaryStore,
  output: vscode.LogOutputChannel,
  extensionUri: vscode.Uri,
): vscode.Disposable {
  const checks = new SubtitleChecks(glossary, output, extensionUri);
  return vscode.Disposable.from(
    checks,
    vscode.languages.registerCodeActionsProvider(SUBTITLE_SELECTOR, checks, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

class SubtitleChecks implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection(SUBTITLE_COLLECTION);
  private readonly checked = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  // Findings already logged as not shown, per document, so a re-check after each pause does not repeat them.
  private readonly logged = new Map<string, Set<string>>();
  private readonly workers: WorkerChecks;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly glossary: GlossaryStore,
    private readonly output: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.workers = new WorkerChecks(extensionUri);
    const recheckAll = () => vscode.workspace.textDocuments.forEach((d) => void this.check(d));
    this.disposables = [
      this.collection,
      this.workers,
      vscode.workspace.onDidOpenTextDocument((d) => void this.check(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && subtitleFormat(e.document) && runMode(e.document) === 'onType') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => runMode(d) === 'onSave' && void this.check(d)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && recheckAll()),
      glossary.onDidChange(recheckAll),
    ];
    // The first check loads the checks bundle: after activation, not during it.
    setImmediate(recheckAll);
  }

  /** Parses and checks a subtitle document and publishes the result, unless it changed meanwhile. */
  async check(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const parsed = parseSubtitles(doc);
    if (!parsed || runMode(doc) === 'off') return this.forget(doc.uri);
    const version = doc.version;
    const diagnostics = parsed.problems.map((p) => problemDiagnostic(doc, p));
    const checkText = cueCheckText(parsed.file);
    const findings = await this.run(doc, checkText.text);
    if (!findings || doc.isClosed || doc.version !== version) return;
    const fixes: { diagnostic: vscode.Diagnostic; fixes: FileFix[] }[] = [];
    for (const finding of findings) {
      const shown = this.toDiagnostic(doc, checkText, finding);
      if (!shown) continue;
      diagnostics.push(shown.diagnostic);
      if (shown.fixes.length) fixes.push(shown);
    }
    this.checked.set(key, { version, fixes });
    this.collection.set(doc.uri, diagnostics);
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.checked.get(doc.uri.toString());
    // Fix ranges are those of the version checked: after an edit, none until the re-check a pause later.
    if (!checked || checked.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      // The diagnostics handed back are copies: found again by range, message and code.
      const entry = checked.fixes.find((e) => sameDiagnostic(e.diagnostic, diagnostic));
      for (const fix of entry?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(doc.uri, toRange(doc, edit.range), edit.newText);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
    }
    return actions;
  }

  // The findings of the checked text: in a worker when it is large; undefined when a newer run replaced this one or it failed.
  private async run(doc: vscode.TextDocument, text: string): Promise<Finding[] | undefined> {
    try {
      const glossary = await this.glossary.get();
      const { CHECKS, runChecks } = loadChecks();
      const levels = levelsFor(
        doc.uri,
        CHECKS.map((c) => c.id),
      );
      if (text.length >= WORKER_CHARS)
        return await this.workers.run(doc.uri.toString(), text, {
          glossary,
          baseline: undefined,
          speakerDecisions: EMPTY_SPEAKER_DECISIONS,
          levels,
        });
      return runChecks(text, { glossary, levels });
    } catch (error) {
      this.output.error(`Subtitles: could not check ${doc.uri.toString(true)}: ${(error as Error).stack ?? error}`);
      return undefined;
    }
  }

  // A finding at its file range with the fixes that keep to one cue's text, or undefined when it maps to no single cue.
  private toDiagnostic(
    doc: vscode.TextDocument,
    checkText: CueCheckText,
    f: Finding,
  ): { diagnostic: vscode.Diagnostic; fixes: FileFix[] } | undefined {
    const range = checkText.toFileRange(f.range);
    if (!range) {
      this.logUnmapped(doc, checkText, f);
      return undefined;
    }
    const d = new vscode.Diagnostic(toRange(doc, range), f.message, toSeverity(f.level === 'off' ? 'hint' : f.level));
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.checkId, target: vscode.Uri.joinPath(this.extensionUri, docsPath(f.checkId)) };
    const related = f.related.flatMap((r) => {
      const at = r.inOtherDocument ? undefined : checkText.toFileRange(r.range);
      return at ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, toRange(doc, at)), r.message)] : [];
    });
    if (related.length) d.relatedInformation = related;
    const preferred = preferredFix(f);
    const fixes = f.fixes.flatMap((fix) => {
      const edits = toFileEdits(checkText, fix.edits);
      return edits ? [{ title: fix.title, edits, preferred: fix === preferred }] : [];
    });
    return { diagnostic: d, fixes };
  }

  // Says once per document and finding that it is not shown, and why.
  private logUnmapped(doc: vscode.TextDocument, checkText: CueCheckText, f: Finding): void {
    const text = checkText.text.slice(f.range.start, f.range.end);
    const key = `${f.checkId}\u0000${f.range.start}\u0000${text}`;
    const seen = this.logged.get(doc.uri.toString()) ?? new Set<string>();
    this.logged.set(doc.uri.toString(), seen);
    if (seen.has(key)) return;
    seen.add(key);
    const excerpt = text.length > 60 ? text.slice(0, 57) + '…' : text;
    this.output.info(
      `Subtitles: ${path.posix.basename(doc.uri.path)}: a ${f.checkId} finding on "${excerpt}" runs across cues or outside their text; not shown`,
    );
  }

  // Checks a document once typing pauses.
  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.check(doc), SETTLE_MS),
    );
  }

  // Drops everything kept for a document and its diagnostics.
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.workers.cancel(key);
    this.checked.delete(key);
    this.logged.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

/**
 * The edits of a fix as file edits, or undefined when one of them leaves a cue's text or adds a line break (which
 * could end the cue or start a timing line): such a fix is not offered.
 */
function toFileEdits(checkText: CueCheckText, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    if (/[\r\n]|-->/.test(edit.newText)) return undefined;
    const range = checkText.toFileRange(edit.range);
    if (!range) return undefined;
    out.push({ range, newText: edit.newText });
  }
  return out;
}

// An error at the line of something the parser refused (the first line when the problem has none).
function problemDiagnostic(doc: vscode.TextDocument, problem: FormatProblem): vscode.Diagnostic {
  const line = problem.line > 0 && problem.line <= doc.lineCount ? problem.line - 1 : 0;
  const d = new vscode.Diagnostic(doc.lineAt(line).range, problem.message, vscode.DiagnosticSeverity.Error);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = FORMAT_PROBLEM_CODE;
  return d;
}

// Whether two diagnostics are the same one (one may be the copy code actions receive).
function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
  return a.range.isEqual(b.range) && a.message === b.message && code(a) === code(b);
}

// When a document is checked: `onType`, `onSave` or `off` (the transcripts' setting).
function runMode(doc: vscode.TextDocument): string {
  return setting<string>(Settings.run, 'onType', doc.uri);
}
