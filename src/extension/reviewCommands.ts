import * as vscode from 'vscode';
import type { BaselineStore } from './baselineStore';
import { COMMANDS } from './commands';
import type { FindingsService } from './findingsService';
import { isTranscript } from './transcriptCache';

/** "Accept Current Findings": the current findings of the active transcript into the baseline. */
export function registerReviewCommands(findings: FindingsService, baseline: BaselineStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.acceptFindings, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !isTranscript(doc)) {
        void vscode.window.showInformationMessage('Interlinear: open a transcript to accept its findings.');
        return;
      }
      const current = await findings.unbaselinedFindings(doc);
      let target: vscode.Uri | undefined;
      try {
        target = await baseline.accept(doc, current);
      } catch (error) {
        void vscode.window.showErrorMessage(`Interlinear: ${(error as Error).message}`);
        return;
      }
      if (!target) {
        void vscode.window.showWarningMessage('Interlinear: the baseline lives in a workspace folder; open the file inside one.');
        return;
      }
      void vscode.window.showInformationMessage(
        `Interlinear: ${current.length} current findings accepted into ${vscode.workspace.asRelativePath(target)}.`,
      );
    }),
  );
}
