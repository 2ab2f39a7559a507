import * as vscode from 'vscode';
import { BaselineStore } from './baselineStore';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerExportCommands } from './exportCommands';
import { FindingsService } from './findingsService';
import { registerGlossaryCommands } from './glossaryCommands';
import { GlossaryStore } from './glossaryStore';
import { registerLanguageAssociation } from './languageAssociation';
import { registerNoteActions } from './noteActions';
import { registerNotesPanel } from './notesPanel';
import { NotesStore } from './notesStore';
import { PeopleService } from './peopleService';
import { registerOutline } from './outline';
import { registerParallelView } from './parallelView';
import { RestatedSentences } from './restatedSentences';
import { registerReviewCommands } from './reviewCommands';
import { registerReviewNotes } from './reviewNotes';
import { loadChecks } from './loadChecks';
import { registerSpeakerColors } from './speakerColors';
import { registerSpeakerCompletion } from './speakerCompletion';
import { registerSpeakerHighlights } from './speakerHighlights';
import { registerSpeakerHover } from './speakerHover';
import { registerSpeakerRename } from './speakerRename';
import { registerSpeakerWorkspaceSymbols } from './speakerWorkspaceSymbols';
import { registerSpeakerNavigation } from './speakerNavigation';
import { registerSpeakerDecisions } from './speakerDecisions';
import { registerStartTranslation } from './startTranslation';
import { registerStatusBar } from './statusBar';
import { registerSubtitleChecks } from './subtitleChecks';
import { registerSubtitleCommands } from './subtitleCommands';
import { registerSubtitleOutline } from './subtitleOutline';
import { TranscriptCache } from './transcriptCache';
import { registerWorkspaceCheck } from './workspaceCheck';

/** What the extension offers other extensions (and its integration tests): the review notes of open documents. */
export interface InterlinearApi {
  readonly notes: NotesStore;
  /** The people of open transcripts and the user's decisions about them. */
  readonly people: PeopleService;
  /** The transcript summary the status bar shows. */
  readonly statusText: () => string;
  /** The speaker labels an editor shows in each palette colour, as last painted. */
  readonly speakerColours: (editor: vscode.TextEditor) => readonly (readonly vscode.Range[])[];
}

/** Activates Interlinear: shared stores first, then each feature registers itself and returns its disposer. */
export function activate(context: vscode.ExtensionContext): InterlinearApi {
  const output = vscode.window.createOutputChannel('Interlinear', { log: true });
  const version = String(context.extension.packageJSON.version);
  output.info(
    `Interlinear ${version} activating (VS Code ${vscode.version}, ${vscode.workspace.workspaceFolders?.length ?? 0} workspace folder(s)).`,
  );
  const cache = new TranscriptCache();
  const glossary = new GlossaryStore(output);
  const baseline = new BaselineStore(output);
  const notes = new NotesStore(output);
  const people = new PeopleService(cache, glossary, output);
  const findings = new FindingsService(cache, glossary, baseline, people, context.extensionUri, output);
  const restated = new RestatedSentences();
  const statusBar = registerStatusBar(cache, people);
  const speakerColours = registerSpeakerColors(cache, people);
  context.subscriptions.push(
    output,
    cache,
    glossary,
    baseline,
    people,
    findings,
    restated,
    registerDiagnostics(findings, context.extensionUri, restated),
    registerLanguageAssociation(),
    registerOutline(cache, people, output),
    registerSpeakerNavigation(cache, people),
    registerSpeakerDecisions(cache, people),
    speakerColours.disposable,
    registerSpeakerRename(cache),
    registerSpeakerCompletion(cache, glossary),
    registerSpeakerHover(cache, glossary, () => loadChecks().speakerVariants),
    registerSpeakerHighlights(cache),
    registerSpeakerWorkspaceSymbols(cache),
    statusBar,
    registerCodeActions(findings, baseline, output),
    registerReviewCommands(findings, baseline),
    registerGlossaryCommands(glossary, output),
    registerWorkspaceCheck(findings, glossary, baseline, people, context.extensionUri),
    registerParallelView(context.extensionUri, output, glossary, restated),
    registerStartTranslation(glossary),
    notes,
    registerReviewNotes(notes),
    registerNotesPanel(notes),
    registerNoteActions(),
    registerExportCommands(glossary, notes, output, version),
    registerSubtitleChecks(glossary, output, context.extensionUri),
    registerSubtitleOutline(),
    registerSubtitleCommands(output),
  );
  output.info('Interlinear activated.');
  return { notes, people, statusText: statusBar.text, speakerColours: speakerColours.colours };
}

/** Nothing to tear down beyond the subscriptions VS Code disposes. */
export function deactivate(): void {}
