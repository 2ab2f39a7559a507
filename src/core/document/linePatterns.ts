// Line-shape recognisers for the parser. The regexes come verbatim from linePatterns.json, which is
// generated together with the TextMate grammar (scripts/grammarSource.ts), so the parser and the
// highlighting always agree on what a line is; each function here only reads the regex's groups.
import generated from './linePatterns.json';

/** Where a speaker label sits in its line: the name, the whole label (markup and colon), a timestamp. */
export interface LabelMatch {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Start of the label: its timestamp or markup, after any indentation. */
  readonly labelStart: number;
  /** End of the label including the colon and the spaces after it: turn text starts here. */
  readonly labelEnd: number;
  readonly timestamp?: string;
}

const compile = (source: string) => new RegExp(source, generated.flags.includes('d') ? generated.flags : generated.flags + 'd');
// The label without its stop list, plus the stop list tried at the name: the same lines as the grammar's
// speakerLabel (the agreement test checks it), for a fraction of the regex compilation time.
const SPEAKER = compile(generated.patterns.speakerLabelLoose);
const SPEAKER_STOP = new RegExp(generated.patterns.speakerStop, generated.flags + 'y');
const HEADING = compile(generated.patterns.heading);
const BOLD_HEADING = compile(generated.patterns.boldHeading);
const METADATA = compile(generated.patterns.metadata);
const PULL_QUOTE = compile(generated.patterns.pullQuote);
const ATTRIBUTION = compile(generated.patterns.attribution);
const BLOCKQUOTE = compile(generated.patterns.blockquote);

// Only a line's head can hold a label or a metadata key; bounding the input keeps huge lines linear.
const HEAD = 200;

// The span of a named group, from the regex's `d` (indices) flag.
function span(m: RegExpExecArray, group: string): [number, number] | undefined {
  return m.indices?.groups?.[group] ?? undefined;
}

/** Recognises a speaker-turn label at the start of a line (`**Name**：`, `Name: `, `[00:01] Name:`, …). */
export function matchSpeakerLabel(line: string): LabelMatch | undefined {
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  if (head.indexOf(':') < 0 && head.indexOf('：') < 0) return undefined;
  const m = SPEAKER.exec(head);
  if (!m) return undefined;
  const group = ['boldName', 'innerName', 'name'].find((g) => m.groups?.[g] !== undefined)!;
  const [nameStart, nameEnd] = span(m, group)!;
  SPEAKER_STOP.lastIndex = nameStart;
  if (SPEAKER_STOP.test(head)) return undefined;
  const stamp = ['ts', 'boldTs', 'innerTs', 'nameTs'].map((g) => m.groups?.[g]).find((t) => t !== undefined);
  let labelStart = 0;
  while (line[labelStart] === ' ' || line[labelStart] === '\t') labelStart++;
  return {
    name: line.slice(nameStart, nameEnd),
    nameStart,
    nameEnd,
    labelStart,
    labelEnd: m[0].length,
    ...(stamp ? { timestamp: stamp.replace(/^[[(（]|[\])）]$/gu, '') } : {}),
  };
}

/** An ATX heading (`## Title`) or a line that is bold and nothing else (`**Title**`, level 7). */
export interface HeadingMatch {
  readonly level: number;
  readonly textStart: number;
  readonly textEnd: number;
  readonly bold: boolean;
}

/** Recognises an ATX heading line. */
export function matchHeading(line: string): HeadingMatch | undefined {
  const m = HEADING.exec(line);
  if (!m) return undefined;
  const [s, e] = span(m, 'text') ?? [m[0].length, m[0].length];
  return { level: m.groups!.marks.length, textStart: s, textEnd: e, bold: false };
}

/** Recognises a bold-only line, read as a heading below every `#` level. */
export function matchBoldHeading(line: string): HeadingMatch | undefined {
  const m = BOLD_HEADING.exec(line);
  if (!m) return undefined;
  const [s, e] = span(m, 'text') ?? span(m, 'textU')!;
  return { level: 7, textStart: s, textEnd: e, bold: true };
}

/** A metadata line such as `> 原文：<url>`, `저자 : Name` or `Source: …`. */
export interface MetadataMatch {
  readonly key: string;
  readonly keyStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Recognises a metadata line by its key (a fixed list of header words in several languages). */
export function matchMetadata(line: string): MetadataMatch | undefined {
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  if (head.indexOf(':') < 0 && head.indexOf('：') < 0) return undefined;
  const m = METADATA.exec(line);
  if (!m) return undefined;
  const [keyStart, keyEnd] = span(m, 'key')!;
  const [valueStart, valueEnd] = span(m, 'value')!;
  return { key: line.slice(keyStart, keyEnd), keyStart, valueStart, valueEnd };
}

/** A line wholly inside one pair of quotation marks: returns the span inside the marks. */
export function matchPullQuote(line: string): { textStart: number; textEnd: number } | undefined {
  if (!PULL_QUOTE.test(line)) return undefined;
  let s = 0;
  while (line[s] === ' ' || line[s] === '\t') s++;
  let e = line.length;
  while (line[e - 1] === ' ' || line[e - 1] === '\t') e--;
  return { textStart: s + 1, textEnd: e - 1 };
}

/** An attribution line (`—Name`, `—— Name, role`, `-- Name`): returns the span of the name. */
export function matchAttribution(line: string): { nameStart: number; nameEnd: number } | undefined {
  const m = ATTRIBUTION.exec(line);
  if (!m) return undefined;
  const [nameStart, nameEnd] = span(m, 'text')!;
  return { nameStart, nameEnd };
}

/** A Markdown blockquote line (`> text`). */
export function isBlockquote(line: string): boolean {
  return BLOCKQUOTE.test(line);
}
