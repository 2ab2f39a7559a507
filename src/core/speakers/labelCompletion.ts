// Speaker labels to complete at the start of a turn, written the way this document writes its labels
// (`**Name**：`, `Name: `, `[00:12:34] Name: `), the speaker most likely to answer first.
import { blockAt } from '../document/blocks';
import type { Transcript, Turn } from '../document/model';
import { lastStartingAt, type TextRange } from '../text/offsets';

/** A piece of a label: literal markup, the speaker's name, or a timestamp to fill in (its suggested value). */
export type LabelPart = { readonly text: string } | { readonly name: true } | { readonly timestamp: string };

/** One speaker to complete: the label's parts with the name filled in, and its plain text. */
export interface LabelCompletionItem {
  readonly name: string;
  readonly turns: number;
  /** The label to insert: literal text and timestamp parts (the name is literal here). */
  readonly parts: readonly LabelPart[];
  /** The label as plain text, for filtering and display. */
  readonly text: string;
}

/** What to complete at an offset: a whole label at the start of a line, or the name inside an existing label. */
export interface LabelCompletions {
  readonly kind: 'label' | 'name';
  /** The text the chosen item replaces (what was typed so far). */
  readonly range: TextRange;
  /** Whether to filter by the label's text (markup typed) rather than by the name. */
  readonly filterByLabel: boolean;
  /** Best first. */
  readonly items: readonly LabelCompletionItem[];
}

// The style is read from the first turns: a document keeps one style, and a million turns need not all be read.
const STYLE_SAMPLE = 2000;
// A label is short: a longer start of a line is prose being written, not a label.
const MAX_TYPED = 48;
// How far back the previous different speaker is looked for.
const LOOK_BACK = 64;
// What never stands in a typed label: sentence punctuation, a full-width colon, an ASCII colon before a space.
const NOT_A_LABEL = /[。!?！？，,；;：#>“”"「」]|:\s/u;
const NAME = '\u0001';
const STAMP = '\u0002';

/** The label style most turns use, as parts (`**`, name, `**：`); undefined without turns. */
export function labelStyle(t: Transcript): LabelPart[] | undefined {
  const counts = new Map<string, { uses: number; stamp: string }>();
  const turns = t.turns;
  for (let i = 0; i < turns.length && i < STYLE_SAMPLE; i++) {
    const template = labelTemplate(t.text, turns[i]);
    const seen = counts.get(template.key);
    if (seen) seen.uses++;
    else counts.set(template.key, { uses: 1, stamp: template.stamp });
  }
  let best: [string, { uses: number; stamp: string }] | undefined;
  for (const entry of counts) if (!best || entry[1].uses > best[1].uses) best = entry;
  if (!best) return undefined;
  const [key, { stamp }] = best;
  const parts: LabelPart[] = [];
  for (const piece of key.split(/(\u0001|\u0002)/u)) {
    if (piece === NAME) parts.push({ name: true });
    else if (piece === STAMP) parts.push({ timestamp: stamp });
    else if (piece) parts.push({ text: piece });
  }
  return parts;
}

// A turn's label with its name and timestamp marked, and the timestamp as written.
function labelTemplate(text: string, turn: Turn): { key: string; stamp: string } {
  const { nameRange, labelRange, timestamp } = turn.speaker;
  const before = text.slice(labelRange.start, nameRange.start);
  const after = text.slice(nameRange.end, labelRange.end);
  if (!timestamp) return { key: before + NAME + after, stamp: '' };
  const inBefore = before.indexOf(timestamp);
  if (inBefore >= 0)
    return { key: before.slice(0, inBefore) + STAMP + before.slice(inBefore + timestamp.length) + NAME + after, stamp: timestamp };
  const inAfter = after.indexOf(timestamp);
  if (inAfter >= 0)
    return { key: before + NAME + after.slice(0, inAfter) + STAMP + after.slice(inAfter + timestamp.length), stamp: timestamp };
  return { key: before + NAME + after, stamp: '' };
}

/** The speakers to offer at `offset`: in a label's name, or at the start of a line that is not yet a turn. */
export function labelCompletions(t: Transcript, offset: number): LabelCompletions | undefined {
  if (t.speakers.length === 0 || t.blocks.length === 0) return undefined;
  const block = t.blocks[blockAt(t.blocks, offset)];
  if (block.kind === 'turn') {
    const { nameRange, key } = block.speaker;
    if (offset < nameRange.start || offset > nameRange.end) return undefined;
    const items = ranked(t, offset)
      .filter((s) => s.key !== key)
      .map((s) => ({ name: s.name, turns: s.turns.length, parts: [{ text: s.name }], text: s.name }));
    return { kind: 'name', range: nameRange, filterByLabel: false, items };
  }
  if (block.kind === 'metadata' || block.kind === 'attribution' || block.kind === 'quote') return undefined;
  const start = typedStart(t.text, offset);
  if (start === undefined) return undefined;
  const typed = t.text.slice(start, offset);
  if (typed.length > MAX_TYPED || NOT_A_LABEL.test(typed)) return undefined;
  const style = labelStyle(t);
  if (!style) return undefined;
  const stamp = previousTimestamp(t, offset);
  const items = ranked(t, offset).map((s) => {
    const parts = style.map((p): LabelPart =>
      'name' in p ? { text: s.name } : 'timestamp' in p ? { timestamp: stamp ?? p.timestamp } : p,
    );
    const text = parts.map((p) => ('text' in p ? p.text : 'timestamp' in p ? p.timestamp : s.name)).join('');
    return { name: s.name, turns: s.turns.length, parts, text };
  });
  return { kind: 'label', range: { start, end: offset }, filterByLabel: typed !== '' && !/^\p{L}/u.test(typed), items };
}

// Where a label being typed starts: the line's start after up to three spaces of indentation (as a label may have).
function typedStart(text: string, offset: number): number | undefined {
  let start = offset;
  while (start > 0 && offset - start <= MAX_TYPED && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') return undefined;
  for (let k = 0; k < 3 && start < offset && text[start] === ' '; k++) start++;
  return start;
}

// Speakers, the one likely to speak next first: the last different speaker before the previous turn (people take
// turns), then by how often they speak, and the previous turn's speaker last.
function ranked(t: Transcript, offset: number) {
  const turns = t.turns;
  const last = turns.length > 0 && turns[0].range.start <= offset ? lastStartingAt(turns, offset) : -1;
  const previous = last >= 0 ? turns[last].speaker.key : undefined;
  let likely: string | undefined;
  for (let i = last - 1; i >= 0 && i >= last - LOOK_BACK && !likely; i--)
    if (turns[i].speaker.key !== previous) likely = turns[i].speaker.key;
  const rank = (key: string) => (key === likely ? 0 : key === previous ? 2 : 1);
  return [...t.speakers].sort((a, b) => rank(a.key) - rank(b.key) || b.turns.length - a.turns.length);
}

// The timestamp of the nearest turn before `offset` that has one.
function previousTimestamp(t: Transcript, offset: number): string | undefined {
  const turns = t.turns;
  if (turns.length === 0 || turns[0].range.start > offset) return undefined;
  for (let i = lastStartingAt(turns, offset); i >= 0 && i >= lastStartingAt(turns, offset) - LOOK_BACK; i--) {
    const stamp = turns[i].speaker.timestamp;
    if (stamp) return stamp;
  }
  return undefined;
}
