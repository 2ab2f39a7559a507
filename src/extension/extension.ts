import * as vscode from 'vscode';
import { BaselineStore } from './baselineStore';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerExportCommands } from './exportCommands';
import { FindingsService } from './findingsService';
import { GlossaryStore } from './glossaryStore';
import { registerLanguageAssociation } from './languageAssociation';
import { registerOutline } from './outline';
import { registerParallelView } from './parallelView';
import { registerReviewCommands } from './reviewCommands';
import { registerSpeakerColors } from './speakerColors';
import { registerSpeakerNavigation } from './speakerNavigation';
import { registerStartTranslation } from './startTranslation';
import { registerStatusBar } from './statusBar';
import { TranscriptCache } from './transcriptCache';

/** Activates Interlinear: shared stores first, then each feature registers itself and returns its disposer. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Interlinear', { log: true });
  const cache = new TranscriptCache();
  const glossary = new GlossaryStore(output);
  const baseline = new BaselineStore(output);
  const findings = new FindingsService(cache, glossary, baseline, context.extensionUri);
  context.subscriptions.push(
    output,
    cache,
    glossary,
    baseline,
    findings,
    registerDiagnostics(findings, context.extensionUri),
    registerLanguageAssociation(),
    registerOutline(cache),
    registerSpeakerNavigation(cache),
    registerSpeakerColors(cache),
    registerStatusBar(cache),
    registerCodeActions(findings),
    registerReviewCommands(findings, baseline),
    registerParallelView(context.extensionUri, output, glossary),
    registerStartTranslation(glossary),
    registerExportCommands(glossary, output, String(context.extension.packageJSON.version)),
  );
}

/** Nothing to tear down beyond the subscriptions VS Code disposes. */
export function deactivate(): void {}
