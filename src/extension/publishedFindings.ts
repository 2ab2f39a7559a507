import * as vscode from 'vscode';
import { carryFindings, LineIndex, type Finding, type TextRange } from '../core/base';

/** The findings of one document as last checked, with the text they were found in. */
export class PublishedFindings {
  private index: LineIndex | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly text: string,
    readonly findings: readonly Finding[],
  ) {}

  /** An offset range of the checked text as an editor range (valid for the checked version). */
  range(range: TextRange): vscode.Range {
    const index = (this.index ??= new LineIndex(this.text));
    const [start, end] = [index.positionAt(range.start), index.positionAt(range.end)];
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }

  /**
   * Findings mapped onto the document's current text: as published when it did not change since, else
   * carried across the edit (those it touched left out), so fixes never land on shifted text.
   */
  current(findings: readonly Finding[] = this.findings): Finding[] {
    if (this.document.version === this.version) return [...findings];
    return carryFindings(this.text, this.document.getText(), findings);
  }
}
