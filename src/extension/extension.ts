import * as vscode from 'vscode';
import { registerLanguageAssociation } from './languageAssociation';
import { registerOutline } from './outline';
import { registerSpeakerColors } from './speakerColors';
import { registerSpeakerNavigation } from './speakerNavigation';
import { registerStatusBar } from './statusBar';
import { TranscriptCache } from './transcriptCache';

/** Activates Interlinear: one shared parse cache, then each feature registers itself and returns its disposer. */
export function activate(context: vscode.ExtensionContext): void {
  const cache = new TranscriptCache();
  context.subscriptions.push(
    cache,
    registerLanguageAssociation(),
    registerOutline(cache),
    registerSpeakerNavigation(cache),
    registerSpeakerColors(cache),
    registerStatusBar(cache),
  );
}

/** Nothing to tear down beyond the subscriptions VS Code disposes. */
export function deactivate(): void {}
