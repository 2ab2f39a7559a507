import { matchSpeakerLabel } from '../document/linePatterns';
import type { Cue } from './cues';

/** How a cue names its speaker in its own text. */
export type PrefixKind = 'voice' | 'bracket' | 'colon';

/** A speaker prefix in a cue's text; offsets are into `Cue.text`. */
export interface CuePrefix {
  readonly kind: PrefixKind;
  readonly speaker: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Where the spoken text starts (after the prefix and the blanks after it). */
  readonly textStart: number;
  /** Where the spoken text ends: before a closing `</v>`, else the end of the text. */
  readonly textEnd: number;
}

// `<v Name>` or `<v.class Name>`, WebVTT's voice span.
const VOICE = /^<v(?:\.[^\s.>]+)*[ \t]+([^>\n]*?)[ \t]*>[ \t]*/;
// `[SPEAKER_00]`, `[SPEAKER_00]:` or `[Name]:` (`[Music]` alone is a sound, not a speaker).
const BRACKET = /^\[([\p{L}][\p{L}\p{M}\p{N} _.'’-]{0,39})\](:?)[ \t]*(?=\S)/u;
const NUMBERED_SPEAKER = /^speaker[ _-]?\d+$/i;
const LOWERCASE = /\p{Ll}/u;

// The prefix a cue's first line starts with, before the file-wide test of `Name:` prefixes.
function prefixOf(text: string): CuePrefix | undefined {
  const voice = VOICE.exec(text);
  if (voice) {
    const nameStart = text.indexOf(voice[1], 2);
    const closed = text.endsWith('</v>') && text.indexOf('<v', 1) < 0;
    return {
      kind: 'voice',
      speaker: voice[1],
      nameStart,
      nameEnd: nameStart + voice[1].length,
      textStart: voice[0].length,
      textEnd: closed ? text.length - 4 : text.length,
    };
  }
  const bracket = BRACKET.exec(text);
  if (bracket && (bracket[2] || NUMBERED_SPEAKER.test(bracket[1])))
    return {
      kind: 'bracket',
      speaker: bracket[1],
      nameStart: 1,
      nameEnd: 1 + bracket[1].length,
      textStart: bracket[0].length,
      textEnd: text.length,
    };
  const firstLine = text.split('\n', 1)[0];
  const label = matchSpeakerLabel(firstLine);
  if (label && label.labelStart === 0 && label.nameStart === 0 && !label.timestamp)
    return { kind: 'colon', speaker: label.name, nameStart: 0, nameEnd: label.nameEnd, textStart: label.labelEnd, textEnd: text.length };
  return undefined;
}

/** Each cue's speaker and the prefix that names it. */
export interface CueVoice {
  /** The cue's own prefix, when its text has one. */
  readonly prefix?: CuePrefix;
  /** Who speaks: the prefix's name, the cue's `speaker`, or the speaker of the cue before when a `Name:` or `[Name]` prefix named them. */
  readonly speaker?: string;
}

/**
 * Finds the speakers of cues. `<v Name>` and `[SPEAKER_00]`/`[Name]:` prefixes always name one; `Name:` does when the
 * name is written without lower-case letters (`NAME:`, `SPEAKER_01:`) or starts two cues or more, so a cue opening
 * with "Paris: …" stays text. A cue without a prefix after a `Name:` or `[Name]` one is the same speaker's (subtitles
 * name a speaker when they change); after a voice tag it has none.
 */
export function cueVoices(cues: readonly Cue[]): CueVoice[] {
  const prefixes = cues.map((c) => (c.speaker === undefined ? prefixOf(c.text) : undefined));
  const colonNames = new Map<string, number>();
  for (const p of prefixes) if (p?.kind === 'colon') colonNames.set(p.speaker, (colonNames.get(p.speaker) ?? 0) + 1);
  const voices: CueVoice[] = [];
  let carried: string | undefined;
  for (let i = 0; i < cues.length; i++) {
    let prefix = prefixes[i];
    if (prefix?.kind === 'colon' && LOWERCASE.test(prefix.speaker) && colonNames.get(prefix.speaker)! < 2) prefix = undefined;
    const speaker = prefix?.speaker ?? cues[i].speaker ?? carried;
    carried = prefix ? (prefix.kind === 'voice' ? undefined : prefix.speaker) : cues[i].speaker === undefined ? carried : undefined;
    voices.push(prefix ? { prefix, speaker } : speaker === undefined ? {} : { speaker });
  }
  return voices;
}

/** A cue's text as written to a file: a speaker not in the text goes in front, as `<v Name>` (WebVTT) or `[Name]: ` (SRT). */
export function renderPrefix(cue: Cue, format: 'srt' | 'vtt'): string {
  if (cue.speaker === undefined) return cue.text;
  return format === 'vtt' ? `<v ${cue.speaker}>${cue.text}` : `[${cue.speaker}]: ${cue.text}`;
}
