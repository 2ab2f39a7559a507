import * as vscode from 'vscode';
import { parseTranscript, type TextRange, type Transcript } from '../core/base';
import { LANGUAGE_ID } from './commands';

// Quiet time after the last keystroke before views that follow edits are refreshed.
const SETTLE_MS = 150;

/** Parses each open transcript once per version and shares the result between features. */
export class TranscriptCache implements vscode.Disposable {
  private readonly entries = new Map<string, { doc: vscode.TextDocument; version: number; transcript: Transcript }>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listeners: vscode.Disposable[];

  /** Fires for a transcript once its edits have settled, so followers re-read it once per pause, not per keystroke. */
  readonly onDidSettle = this.changed.event;

  constructor() {
    this.listeners = [
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        this.entries.delete(key);
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isTranscript(e.document) || e.contentChanges.length === 0) return;
        const key = e.document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(
          key,
          setTimeout(() => {
            this.timers.delete(key);
            this.changed.fire(e.document);
          }, SETTLE_MS),
        );
      }),
    ];
  }

  /** The parse of `doc` at its current version. */
  get(doc: vscode.TextDocument): Transcript {
    const key = doc.uri.toString();
    // The same document object too: a closed untitled document's URI and version come back with the next one.
    const hit = this.entries.get(key)?.doc === doc ? this.entries.get(key) : undefined;
    if (hit && hit.version === doc.version) return hit.transcript;
    // The previous parse lets unchanged lines keep their blocks.
    const transcript = parseTranscript(doc.getText(), hit?.transcript);
    // A closed document is not kept: nothing would ever remove it.
    if (!doc.isClosed) this.entries.set(key, { doc, version: doc.version, transcript });
    return transcript;
  }

  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
    this.timers.forEach((t) => clearTimeout(t));
    this.changed.dispose();
    this.entries.clear();
  }
}

/** Whether a document is one Interlinear works on. */
export function isTranscript(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID;
}

/** Converts a core offset range into an editor range. */
export function toRange(doc: vscode.TextDocument, range: TextRange): vscode.Range {
  return new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end));
}
