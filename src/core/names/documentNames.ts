// The places where a transcript names its people on purpose: speaker labels, bylines under pull
// quotes, the title when it is a name, and header fields such as Author/作者/저자. Prose mentions are
// left to the checks, which know which spellings to look for.
import type { Block, SpeakerLabel, Transcript } from '../document/model';
import { isSpace } from '../document/parse';
import { perTranscript } from '../document/perTranscript';
import { countWord, isPersonShaped } from './nameShapes';
import type { TextRange } from '../text/offsets';
import { RecentCache } from '../text/recentCache';

/** Where a name stands: a turn's label, a byline, or the title or a header field. */
export type NameRole = 'label' | 'attribution' | 'header';

/** One deliberate mention of a person. */
export interface NameOccurrence {
  readonly name: string;
  readonly range: TextRange;
  readonly role: NameRole;
  /** Index into `Transcript.turns`, for labels. */
  readonly turn?: number;
  /** For headers: the title or a field naming the author or a speaker (not a translator or editor). */
  readonly speaker?: boolean;
  /** Where it was found, for messages: "label", "byline", "title" or the header key. */
  readonly source: string;
}

// Header keys whose value is the person who speaks or writes the text, and keys naming other contributors.
const SPEAKER_KEYS = new Set([
  'author',
  'authors',
  'by',
  'speaker',
  'speakers',
  'host',
  'guest',
  'guests',
  'interviewer',
  'interviewee',
  '作者',
  '原作者',
  '嘉宾',
  '主持人',
  '著者',
  '저자',
  '작성자',
  '진행',
  '게스트',
]);
const CONTRIBUTOR_KEYS = new Set([
  'translator',
  'translated by',
  'transcribed by',
  '译者',
  '翻译',
  '校对',
  '审校',
  '编辑',
  '翻訳',
  '역자',
  '번역',
]);

// Role words used as labels instead of names; they are nobody's spelling of a name.
const ROLE_LABELS = new Set([
  'speaker',
  'host',
  'guest',
  'interviewer',
  'interviewee',
  'moderator',
  'presenter',
  'audience',
  'q',
  'a',
  'question',
  'answer',
  'narrator',
  'voice',
  'moderador',
  'entrevistador',
  'invitado',
  'moderateur',
  'modérateur',
  'invité',
  'gast',
  'moderator',
  'publikum',
  '主持人',
  '记者',
  '嘉宾',
  '问',
  '答',
  '观众',
  '旁白',
  '司会',
  '聞き手',
  '사회자',
  '기자',
  '질문',
  '답변',
  '청중',
  '진행자',
]);

const LIST_SEPARATOR = /[,，、;；&/]|\s+(?:and|und|et|y|e|和|与|及|및)\s+/u;
// The separator captured, so that splitting keeps it and offsets can be counted: compiled once, not per field.
const LIST_SPLIT = new RegExp(`(${LIST_SEPARATOR.source})`, 'u');

/** Whether a label is a role ("Host", "Q", "主持人") or numbered ("Speaker 2") rather than a person's name. */
export function isRoleLabel(name: string): boolean {
  if (/\d/u.test(name)) return true;
  // Longer than every role word, with no white space around it to trim, a label is a name: lower-casing never
  // shortens a text, and a document of a hundred thousand distinct labels made as many strings to look up.
  if (name.length > LONGEST_ROLE_LABEL && !isSpace(name.charCodeAt(0)) && !isSpace(name.charCodeAt(name.length - 1))) return false;
  return ROLE_LABELS.has(name.trim().toLowerCase());
}

const LONGEST_ROLE_LABEL = Math.max(...[...ROLE_LABELS].map((r) => r.length));

const RECENT_LABELS = 64;

/** Every deliberate name in the transcript, in document order (both name checks read them: computed once per parse). */
export const documentNames: (t: Transcript) => readonly NameOccurrence[] = perTranscript(collect);

/**
 * A turn's label as a name occurrence: the turn and its label, the rest read from the label. A document of a million
 * turns has a million of these, one small object each rather than an occurrence and its range.
 */
class LabelName implements NameOccurrence {
  declare readonly role: 'label';
  declare readonly source: 'label';
  readonly #label: SpeakerLabel;
  constructor(
    readonly turn: number,
    label: SpeakerLabel,
  ) {
    this.#label = label;
  }
  get name(): string {
    return this.#label.name;
  }
  get range(): TextRange {
    return this.#label.nameRange;
  }
}
Object.defineProperty(LabelName.prototype, 'role', { value: 'label', enumerable: true });
Object.defineProperty(LabelName.prototype, 'source', { value: 'label', enumerable: true });

function collect(t: Transcript): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  // Labels, bylines and header fields are met in document order, block by block: only the title is placed, before
  // the first name not ahead of it.
  const title = titleName(t);
  const titleStart = title ? title.range.start : -1;
  let titled = !title;
  const add = (o: NameOccurrence) => {
    if (!titled && titleStart <= o.range.start) {
      out.push(title!);
      titled = true;
    }
    out.push(o);
  };
  // The labels of recent turns: a transcript alternates between a few speakers. Kept small, since a map of every
  // label of a document of distinct labels costs more to fill and search than telling each label again.
  const roles = new RecentCache(RECENT_LABELS, isRoleLabel);
  // Each turn block opens the next of `Transcript.turns`.
  let turn = 0;
  // Indexed: a for-of makes an iterator result per block until it is optimised, megabytes for a long document.
  const blocks = t.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'turn') {
      if (!roles.get(b.speaker.name)) add(new LabelName(turn, b.speaker));
      turn++;
    } else if (b.kind === 'attribution') {
      const name = firstListItem(b.name);
      if (isPersonShaped(name, true))
        add({
          name,
          range: { start: b.nameRange.start, end: b.nameRange.start + name.length },
          role: 'attribution',
          source: 'byline',
        });
    } else if (b.kind === 'metadata') {
      const key = b.key.toLowerCase().replace(/\s+/g, ' ');
      if (!SPEAKER_KEYS.has(key) && !CONTRIBUTOR_KEYS.has(key)) continue;
      for (const item of listItems(b.value, b.valueRange.start)) {
        // Written out, not spread: a spread copies through a slow path, and a document may have a header per line.
        if (isPersonShaped(item.name, true))
          add({ name: item.name, range: item.range, role: 'header', speaker: SPEAKER_KEYS.has(key), source: b.key });
      }
    }
  }
  if (!titled) out.push(title!);
  return out;
}

// The title, when the whole title is a person's name (as in "Name" on the first line of a talk transcript).
function titleName(t: Transcript): NameOccurrence | undefined {
  const name = t.title;
  if (!isPersonShaped(name) || namesATopic(t.text, name)) return undefined;
  const block: Block | undefined = t.blocks.find((b) => b.kind === 'heading') ?? t.blocks.find((b) => b.kind !== 'blank');
  if (!block) return undefined;
  const at = t.text.indexOf(name, block.contentRange.start);
  if (at < 0 || at + name.length > block.contentRange.end) return undefined;
  return { name, range: { start: at, end: at + name.length }, role: 'header', speaker: true, source: 'title' };
}

// Whether a capitalised title ("Building Better Teams", "Solar Panels") names a topic, not a person: its
// words also occur in lower case, or on their own, in the text. A person's name recurs, if at all, whole.
function namesATopic(text: string, title: string): boolean {
  const words = title.split(/[ \t]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (words.length === 0) return false;
  const whole = countWord(text, title, Infinity);
  const lower = words.filter((w) => countWord(text, w.toLowerCase(), 1) > 0).length;
  return lower * 2 > words.length || words.some((w) => countWord(text, w, whole + 3) >= whole + 3);
}

// A byline's name without the role or affiliation after it ("Name, CTO at …").
function firstListItem(text: string): string {
  const cut = text.search(/[,，、(（|/]/u);
  return (cut < 0 ? text : text.slice(0, cut)).replace(/[*_\s]+$/u, '');
}

// The names listed in a header value, each with its offsets.
function listItems(value: string, base: number): { name: string; range: TextRange }[] {
  const out: { name: string; range: TextRange }[] = [];
  let at = 0;
  for (const piece of value.split(LIST_SPLIT)) {
    if (piece === undefined) continue;
    const lead = piece.length - piece.trimStart().length;
    const name = piece.trim();
    if (name && !LIST_SEPARATOR.test(piece)) out.push({ name, range: { start: base + at + lead, end: base + at + lead + name.length } });
    at += piece.length;
  }
  return out;
}
