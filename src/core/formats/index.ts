// Subtitle and speech-recognition formats: SRT, WebVTT, Whisper/WhisperX JSON, and transcripts made from them.
export * from './cues';
export * from './timing';
export { parseSrt, writeSrt, SRT_TIMING_EXAMPLE } from './srt';
export { parseVtt, writeVtt, VTT_TIMING_EXAMPLE } from './vtt';
export { parseWhisperJson } from './whisper';
export { cueVoices, renderPrefix, type CuePrefix, type CueVoice, type PrefixKind } from './cueSpeakers';
export {
  layoutCues,
  type CueLayout,
  type CuePiece,
  type CueSpan,
  type TimestampStyle,
  type TranscriptOptions,
  type TranscriptUnit,
} from './layout';
export { readUnits, type ReadUnit } from './readUnits';
export { transcriptToCues, MIN_SHARED, type TranscriptCues } from './fromTranscript';
export { cuesPath, parseCueSidecar, writeCueSidecar, type CueSidecar } from './sidecar';
export { cueCheckText, type CueCheckText } from './checkText';
export * from './convert';
