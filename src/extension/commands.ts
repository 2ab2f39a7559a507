// Command ids in one table, free of the vscode import so a plain-Node test can hold it against the manifest.

/** Every command the extension contributes to the palette. */
export const COMMANDS = {
  treatAsTranscript: 'interlinear.treatAsTranscript',
  nextSpeakerTurn: 'interlinear.nextSpeakerTurn',
  previousSpeakerTurn: 'interlinear.previousSpeakerTurn',
  goToSpeaker: 'interlinear.goToSpeaker',
  mergeSpeakers: 'interlinear.mergeSpeakers',
  splitSpeaker: 'interlinear.splitSpeaker',
  toggleSpeakerColors: 'interlinear.toggleSpeakerColors',
  addToGlossary: 'interlinear.addToGlossary',
  acceptFindings: 'interlinear.acceptFindings',
  checkWorkspace: 'interlinear.checkWorkspace',
  openParallelView: 'interlinear.openParallelView',
  startTranslation: 'interlinear.startTranslation',
  draftTranslation: 'interlinear.draftTranslation',
  exportMarkdown: 'interlinear.exportMarkdown',
  exportBilingual: 'interlinear.exportBilingual',
  writeEdition: 'interlinear.writeEdition',
  convertToTranscript: 'interlinear.convertToTranscript',
  exportSubtitles: 'interlinear.exportSubtitles',
  addNote: 'interlinear.addNote',
  createNote: 'interlinear.notes.create',
  replyNote: 'interlinear.notes.reply',
  editNote: 'interlinear.notes.edit',
  saveNote: 'interlinear.notes.save',
  cancelNoteEdit: 'interlinear.notes.cancelEdit',
  deleteNoteComment: 'interlinear.notes.deleteComment',
  deleteNote: 'interlinear.notes.delete',
  resolveNote: 'interlinear.notes.resolve',
  reopenNote: 'interlinear.notes.reopen',
  setNoteCategory: 'interlinear.notes.setCategory',
  filterNotes: 'interlinear.notes.filter',
  clearNotesFilter: 'interlinear.notes.clearFilter',
  revealNote: 'interlinear.notes.reveal',
} as const;

/** Commands run by quick fixes and other UI only, left out of the palette and the manifest. */
export const INTERNAL_COMMANDS = {
  ignoreInDocument: '_interlinear.ignoreInDocument',
  offerGlossaryTerm: '_interlinear.offerGlossaryTerm',
} as const;

/** The language id transcripts open with. */
export const LANGUAGE_ID = 'transcript';
