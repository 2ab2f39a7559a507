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

// Compiled without the `d` (indices) flag: V8 builds the indices of every group of every match in a slow path,
// about a microsecond a line, the bulk of a parse. Each reader below finds a group's start from the shape of the
// regex instead (what may stand before the group), and the unit tests check it against the indices. The named
// groups are compiled as numbered ones too: a match then builds no `groups` object, which halves its cost.
interface LineRegex {
  readonly re: RegExp;
  /** Each named group's number. */
  readonly group: Readonly<Record<string, number>>;
}

function compile(source: string, extraFlags = ''): LineRegex {
  const group: Record<string, number> = {};
  let out = '';
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + source[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      const named = /^\(\?<([A-Za-z_]\w*)>/.exec(source.slice(i, i + 40));
      if (named) {
        group[named[1]] = ++count;
        out += '(';
        i += named[0].length - 1;
        continue;
      }
      if (source[i + 1] !== '?') count++;
    }
    out += c;
  }
  return { re: new RegExp(out, generated.flags.replace('d', '') + extraFlags), group };
}

// The label without its stop list, plus the stop list tried at the name: the same lines as the grammar's
// speakerLabel (the agreement test checks it), for a fraction of the regex compilation time.
const SPEAKER = compile(generated.patterns.speakerLabelLoose);
const SPEAKER_STOP = compile(generated.patterns.speakerStop, 'y').re;
const HEADING = compile(generated.patterns.heading);
const BOLD_HEADING = compile(generated.patterns.boldHeading);
const METADATA = compile(generated.patterns.metadata);
const PULL_QUOTE = compile(generated.patterns.pullQuote).re;
const ATTRIBUTION = compile(generated.patterns.attribution);
const BLOCKQUOTE = compile(generated.patterns.blockquote).re;

// The group numbers the readers use.
const [S_TS, S_BOLD_NAME, S_BOLD_TS, S_INNER_NAME, S_INNER_TS, S_NAME, S_NAME_TS] = (
  ['ts', 'boldName', 'boldTs', 'innerName', 'innerTs', 'name', 'nameTs'] as const
).map((g) => SPEAKER.group[g]);
const [H_MARKS, H_TEXT] = [HEADING.group.marks, HEADING.group.text];
const [B_TEXT, B_TEXT_U] = [BOLD_HEADING.group.text, BOLD_HEADING.group.textU];
const [M_KEY, M_VALUE] = [METADATA.group.key, METADATA.group.value];
const [A_DASH, A_TEXT] = [ATTRIBUTION.group.dash, ATTRIBUTION.group.text];

// The metadata keys, blanks inside them as one space, read from the regex's `key` group (a list of words). A line
// whose text before its colon is no key is no metadata line, and is not matched (every label line has a colon).
// Undefined, and every line matched, should the group ever hold more than words.
const METADATA_KEYS = ((source: string): ReadonlySet<string> | undefined => {
  const from = source.indexOf('(?<key>') + '(?<key>'.length;
  const to = source.indexOf(')', from);
  if (from < '(?<key>'.length || to < 0) return undefined;
  const keys = source
    .slice(from, to)
    .split('|')
    .map((k) => k.replace(/\[ \\t\]\+/g, ' '));
  return keys.every((k) => /^[^\\[\]()?*+{}.^$|]+$/u.test(k)) ? new Set(keys) : undefined;
})(generated.patterns.metadata);

// Only a line's head can hold a label or a metadata key; bounding the input keeps huge lines linear.
const HEAD = 200;

// Every line regex starts `^[ \t]{0,3}`: the number of spaces and tabs a line starts with, 4 meaning "too many".
function indentOf(line: string): number {
  let k = 0;
  while (k < 4 && (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9)) k++;
  return k;
}

// The first character after the indentation, or -1 when the line is indented too far for any line shape: the
// regexes that need a given character there are not run on other lines (most lines of a transcript).
function markAt(line: string): number {
  const k = indentOf(line);
  return k < 4 ? line.charCodeAt(k) : -1;
}

// The index after the run of spaces and tabs at `at`.
function skipBlanks(line: string, at: number): number {
  while (at < line.length && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at++;
  return at;
}

/** Recognises a speaker-turn label at the start of a line (`**Name**：`, `Name: `, `[00:01] Name:`, …). */
export function matchSpeakerLabel(line: string): LabelMatch | undefined {
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  if (head.indexOf(':') < 0 && head.indexOf('：') < 0) return undefined;
  if (indentOf(head) > 3) return undefined;
  const m = SPEAKER.re.exec(head);
  if (!m) return undefined;
  const name = m[S_BOLD_NAME] ?? m[S_INNER_NAME] ?? m[S_NAME];
  // Before the name stand only blanks, a timestamp's digits, brackets and punctuation, and `**`; a name starts with
  // a capital, an ideograph, kana or Hangul: its first occurrence in the match is where the group matched.
  const nameStart = m[0].indexOf(name);
  const nameEnd = nameStart + name.length;
  SPEAKER_STOP.lastIndex = nameStart;
  if (SPEAKER_STOP.test(head)) return undefined;
  const stamp = m[S_TS] ?? m[S_BOLD_TS] ?? m[S_INNER_TS] ?? m[S_NAME_TS];
  const labelStart = skipBlanks(line, 0);
  return stamp
    ? { name, nameStart, nameEnd, labelStart, labelEnd: m[0].length, timestamp: stamp.replace(/^[[(（]|[\])）]$/gu, '') }
    : { name, nameStart, nameEnd, labelStart, labelEnd: m[0].length };
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
  if (markAt(line) !== 0x23 /* # */) return undefined;
  const m = HEADING.re.exec(line);
  if (!m) return undefined;
  const [marks, text] = [m[H_MARKS], m[H_TEXT]];
  if (text === undefined) return { level: marks.length, textStart: m[0].length, textEnd: m[0].length, bold: false };
  // The blanks after the marks are taken greedily and the title lazily: the title starts after all of them.
  const s = skipBlanks(line, indentOf(line) + marks.length);
  return { level: marks.length, textStart: s, textEnd: s + text.length, bold: false };
}

/** Recognises a bold-only line, read as a heading below every `#` level. */
export function matchBoldHeading(line: string): HeadingMatch | undefined {
  const c = markAt(line);
  if (c !== 0x2a /* * */ && c !== 0x5f /* _ */) return undefined;
  const m = BOLD_HEADING.re.exec(line);
  if (!m) return undefined;
  const text = m[B_TEXT] ?? m[B_TEXT_U];
  const s = indentOf(line) + 2;
  return { level: 7, textStart: s, textEnd: s + text.length, bold: true };
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
  if (METADATA_KEYS && !METADATA_KEYS.has(textBeforeColon(head))) return undefined;
  const m = METADATA.re.exec(line);
  if (!m) return undefined;
  const [key, value] = [m[M_KEY], m[M_VALUE]];
  // Only blanks and `>` stand before the key, which starts with a letter.
  const keyStart = m[0].indexOf(key);
  // Blanks, the colon and blanks, taken greedily before the lazy value.
  const valueStart = skipBlanks(line, skipBlanks(line, keyStart + key.length) + 1);
  return { key, keyStart, valueStart, valueEnd: valueStart + value.length };
}

// The text where a metadata key would stand, up to the first colon, blanks around it dropped and blanks inside it
// as one space ('' when the line is indented too far): the key itself on a metadata line.
function textBeforeColon(head: string): string {
  let at = indentOf(head);
  if (at > 3) return '';
  if (head.charCodeAt(at) === 0x3e /* > */) at++;
  if (head.charCodeAt(at) === 32 || head.charCodeAt(at) === 9) at++;
  let colon = head.indexOf(':', at);
  const wide = head.indexOf('：', at);
  if (colon < 0 || (wide >= 0 && wide < colon)) colon = wide;
  let end = colon;
  while (end > at && (head.charCodeAt(end - 1) === 32 || head.charCodeAt(end - 1) === 9)) end--;
  const text = head.slice(at, end);
  // Most texts have single spaces, if any: only a tab or a run of blanks is replaced.
  return text.indexOf('\t') < 0 && text.indexOf('  ') < 0 ? text : text.replace(/[ \t]+/g, ' ');
}

/** A line wholly inside one pair of quotation marks: returns the span inside the marks. */
export function matchPullQuote(line: string): { textStart: number; textEnd: number } | undefined {
  const c = markAt(line);
  if (c !== 0x201c && c !== 0x201d && c !== 0x22 && c !== 0x300c && c !== 0x300e) return undefined; // “ ” " 「 『
  if (!PULL_QUOTE.test(line)) return undefined;
  let s = 0;
  while (line[s] === ' ' || line[s] === '\t') s++;
  let e = line.length;
  while (line[e - 1] === ' ' || line[e - 1] === '\t') e--;
  return { textStart: s + 1, textEnd: e - 1 };
}

/** An attribution line (`—Name`, `—— Name, role`, `-- Name`): returns the span of the name. */
export function matchAttribution(line: string): { nameStart: number; nameEnd: number } | undefined {
  const c = markAt(line);
  if (c !== 0x2014 && c !== 0x2015 && c !== 0x2d && c !== 0x2013) return undefined; // — ― - –
  const m = ATTRIBUTION.re.exec(line);
  if (!m) return undefined;
  const [dash, text] = [m[A_DASH], m[A_TEXT]];
  // The name must start with a letter or a mark, never a blank: it starts after all the blanks after the dash.
  const nameStart = skipBlanks(line, indentOf(line) + dash.length);
  return { nameStart, nameEnd: nameStart + text.length };
}

/** A Markdown blockquote line (`> text`). */
export function isBlockquote(line: string): boolean {
  return markAt(line) === 0x3e /* > */ && BLOCKQUOTE.test(line);
}
