import * as path from 'path';
import * as vscode from 'vscode';
import type { MemoryUnit } from '../core/memory/fuzzy';
import type { HostMessage } from '../shared/protocol';
import { draftTranslation, type Draft } from './draftTranslation';
import type { GlossaryStore } from './glossaryStore';
import { loadAlign } from './loadAlign';
import type { ParallelModel } from './parallelModel';

// TMX files larger than this are left out of the memory (and said so in the log).
const MAX_TMX_BYTES = 50 * 1024 * 1024;
const MAX_TMX_FILES = 50;
const MATCHES = 3;
const MIN_SCORE = 50;

type Suggestions = Extract<HostMessage, { type: 'suggestions' }>;

/**
 * What the parallel view offers a translator for the selected row: the glossary's terms in its original, and the
 * translation memory's closest matches — from the workspace's TMX files and from the view's own aligned rows — and
 * writing a match into the translation in place of the row's sentences there (one undoable edit).
 */
export class TranslationHelp {
  private tmx: Promise<MemoryUnit[]> | undefined;
  private last: Suggestions | undefined;

  constructor(
    private readonly model: ParallelModel,
    private readonly glossary: GlossaryStore,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** The suggestions for a row, to post to the page. */
  async suggest(row: number): Promise<Suggestions | undefined> {
    const [from, into] = this.model.languages;
    const [source, target] = this.model.rowCells(row);
    if (!source || !into) return undefined;
    const { TranslationMemory, glossaryHints } = loadAlign();
    const memory = new TranslationMemory([...(await this.tmxUnits()), ...this.ownUnits(row)]);
    const terms = glossaryHints(source, await this.glossary.get(), from, into);
    const matches = memory
      .matches(source, MATCHES, MIN_SCORE, (u) => u.target === target && u.source === source)
      .map((m) => ({ score: m.score, source: m.diff, target: m.unit.target, origin: m.unit.origin }));
    this.last = { type: 'suggestions', row, terms, matches };
    return this.last;
  }

  /** Writes a suggested match into the translation: over the row's sentences there, or after the row before it. */
  async insert(row: number, match: number): Promise<void> {
    const chosen = this.last?.row === row ? this.last.matches[match] : undefined;
    if (chosen) await this.write(row, chosen.target);
  }

  /** Asks the language model VS Code offers for a draft of the row, and writes it as a match would be written. */
  async draft(row: number): Promise<Draft> {
    const [from, into] = this.model.languages;
    const [source] = this.model.rowCells(row);
    if (!source || !into) return { none: 'empty' };
    const { glossaryHints } = loadAlign();
    const terms = glossaryHints(source, await this.glossary.get(), from, into);
    const draft = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Drafting a translation…', cancellable: true },
      (_, token) => draftTranslation(source, from, into, terms, token),
    );
    if ('text' in draft) await this.write(row, draft.text);
    else if (draft.none === 'no-model')
      void vscode.window.showInformationMessage(
        'Draft Translation needs a language model that VS Code offers to extensions (vscode.lm), as a chat extension you have installed and signed in to provides. None is available, so nothing was sent anywhere.',
      );
    return draft;
  }

  // Writes text into the translation over the row's sentences there, or after the row before it.
  private async write(row: number, text: string): Promise<void> {
    const doc = this.model.docs[1]?.doc;
    if (!doc) return;
    const range = this.model.rowRanges(row)[1];
    const edit = new vscode.WorkspaceEdit();
    let at: vscode.Range;
    if (range) at = new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end));
    else {
      let before: number | undefined;
      for (let r = row - 1; r >= 0 && before === undefined; r--) before = this.model.rowRanges(r)[1]?.end;
      const position = doc.positionAt(before ?? 0);
      at = new vscode.Range(position, position);
    }
    const spaced = !range && at.start.character > 0 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
    edit.replace(doc.uri, at, spaced ? ` ${text}` : text);
    await vscode.workspace.applyEdit(edit);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Two, preserveFocus: true, preview: false });
    const end = doc.positionAt(doc.offsetAt(at.start) + (spaced ? 1 : 0) + text.length);
    editor.selection = new vscode.Selection(at.start, end);
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  // Pairs of the view itself: a sentence said again is translated as before.
  private ownUnits(row: number): MemoryUnit[] {
    const origin = path.posix.basename(this.model.docs[1]?.doc.uri.path ?? '');
    const out: MemoryUnit[] = [];
    for (let r = 0; r < this.model.rowCount; r++) {
      if (r === row) continue;
      const [source, target] = this.model.rowCells(r);
      if (source && target) out.push({ source, target, origin });
    }
    return out;
  }

  // The workspace's TMX files, read once per view, as units between the view's two languages.
  private tmxUnits(): Promise<MemoryUnit[]> {
    return (this.tmx ??= this.readTmx());
  }

  private async readTmx(): Promise<MemoryUnit[]> {
    const [from, into] = this.model.languages;
    const { parseTmx, variantIn } = loadAlign();
    const out: MemoryUnit[] = [];
    for (const uri of await vscode.workspace.findFiles('**/*.tmx', '**/node_modules/**', MAX_TMX_FILES)) {
      try {
        if ((await vscode.workspace.fs.stat(uri)).size > MAX_TMX_BYTES) {
          this.output.warn(`Translation memory: ${uri.fsPath} is over ${MAX_TMX_BYTES / 2 ** 20} MB and was left out.`);
          continue;
        }
        const memory = parseTmx(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
        for (const p of memory.problems) this.output.warn(`Translation memory: ${uri.fsPath}: ${p}`);
        const origin = path.posix.basename(uri.path);
        for (const u of memory.units) {
          const source = variantIn(u, from);
          const target = variantIn(u, into);
          if (source && target) out.push({ source, target, origin });
        }
      } catch (error) {
        this.output.warn(`Translation memory: ${uri.fsPath} could not be read: ${(error as Error).message}`);
      }
    }
    return out;
  }
}
