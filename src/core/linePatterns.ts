// Line-shape recognisers shared by the parser and (by test) kept in step with the TextMate
// grammar. Each works on one line's text and returns offsets relative to that line.

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

// Only a line's head can hold a label; bounding the regexes' input keeps huge lines linear.
const LABEL_HEAD = 160;

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const LATIN_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const PARTICLE = String.raw`(?:de|da|di|del|della|der|den|du|van|von|le|la|bin|ibn|al|el|dos|das|ten|ter|zu|y)`;
const LATIN_NAME = String.raw`${LATIN_WORD}(?:\s+(?:${PARTICLE}\s+)*${LATIN_WORD}){0,3}`;
const NUMBERED = String.raw`(?:SPEAKER|Speaker|speaker|SPK|Spk)[ _]?\d{1,3}|${LATIN_WORD}\s\d{1,2}`;
const JOINER = '[·・•‧]';
const HAN_NAME = String.raw`\p{sc=Han}{1,6}(?:${JOINER}\p{sc=Han}{1,8}){0,2}`;
const KANA_NAME = String.raw`[\p{sc=Katakana}\p{sc=Hiragana}ー]{1,10}(?:${JOINER}[\p{sc=Katakana}ー]{1,10}){0,2}`;
const HANGUL_NAME = String.raw`\p{sc=Hangul}{1,6}(?:\s\p{sc=Hangul}{1,5})?`;
const NAME = `(?:${NUMBERED}|${LATIN_NAME}|${HAN_NAME}|${KANA_NAME}|${HANGUL_NAME})`;

// A label needs turn text after it; an ASCII colon also needs a space, so `https://` and `12:30` stay prose.
const AFTER_ANY = String.raw`(?::[ \t]+|：[ \t]*)(?=\S)`;

const LABEL = new RegExp(
  String.raw`^(?<lead>[ \t]{0,3}(?:\[(?<ts1>${TIME})\][ \t]*|(?<ts2>${TIME})[ \t]+)?)` +
    '(?:' +
    String.raw`\*\*(?<b1>${NAME})\*\*[ \t]*(?::[ \t]*|：[ \t]*)(?=\S)` +
    String.raw`|\*\*(?<b2>${NAME})[ \t]*[:：]\*\*[ \t]*(?=\S)` +
    String.raw`|(?<p>${NAME})(?:[ \t]*[(（](?<ts3>${TIME})[)）])?[ \t]*(?:${AFTER_ANY})` +
    ')',
  'u',
);

// Plain (unbolded) labels of these words introduce prose, not a person.
const PROSE_LEADS = new Set(
  [
    'note', 'notes', 'nb', 'ps', 'p.s.', 'source', 'sources', 'update', 'edit', 'warning', 'caution', 'important',
    'example', 'examples', 'answer', 'question', 'tip', 'tips', 'hint', 'summary', 'disclaimer', 'step', 'figure',
    'table', 'chapter', 'part', 'episode', 'see', 'also', 'result', 'results', 'conclusion', 'why', 'how', 'what',
    'so', 'and', 'but', 'then', 'now', 'here', 'there', 'yes', 'no', 'well', 'first', 'second', 'finally', 'today',
    'todo', 'fixme', 'http', 'https', 'ftp', 'mailto',
    '注', '注意', '提示', '备注', '例如', '比如', '答案', '问题', '总结', '结论', '原因', '说明', '更新',
    '참고', '주의', '예', '예시', '요약', '결론', '답', '질문',
  ].map((w) => w.toLowerCase()),
);

/** Recognises a speaker-turn label at the start of a line (`**Name**：`, `Name: `, `[00:01] Name:`, …). */
export function matchSpeakerLabel(line: string): LabelMatch | undefined {
  const head = line.length > LABEL_HEAD ? line.slice(0, LABEL_HEAD) : line;
  if (head.indexOf(':') < 0 && head.indexOf('：') < 0) return undefined;
  const m = LABEL.exec(head);
  if (!m || !m.groups) return undefined;
  const g = m.groups;
  const name = g.b1 ?? g.b2 ?? g.p;
  if (g.p !== undefined && PROSE_LEADS.has(name.split(/[\s_]/u)[0].toLowerCase())) return undefined;
  const lead = g.lead.length;
  const nameStart = lead + (g.p === undefined ? 2 : 0);
  return {
    name,
    nameStart,
    nameEnd: nameStart + name.length,
    labelStart: g.lead.length - g.lead.trimStart().length,
    labelEnd: m[0].length,
    timestamp: g.ts1 ?? g.ts2 ?? g.ts3,
  };
}

/** An ATX heading (`## Title`) or a line that is bold and nothing else (`**Title**`). */
export interface HeadingMatch {
  readonly level: number;
  readonly textStart: number;
  readonly textEnd: number;
  readonly bold: boolean;
}

/** Recognises a heading line; bold-only lines count as level-7 (below every `#` level). */
export function matchHeading(line: string): HeadingMatch | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let level = 0;
  while (line.charCodeAt(i + level) === 35 /* # */ && level < 7) level++;
  if (level >= 1 && level <= 6) {
    const after = i + level;
    if (after < line.length && line[after] !== ' ' && line[after] !== '\t') return undefined;
    const [textStart, textEnd] = trimmed(line, after, stripClosingHashes(line, after));
    return { level, textStart, textEnd, bold: false };
  }
  if (level === 0 && /^\s*(\*\*|__)(?=\S)/.test(line.slice(0, 8))) {
    const [s, e] = trimmed(line, 0, line.length);
    const marker = line.slice(s, s + 2);
    if (e - s > 4 && line.slice(e - 2, e) === marker && line.indexOf(marker, s + 2) === e - 2) {
      return { level: 7, textStart: s + 2, textEnd: e - 2, bold: true };
    }
  }
  return undefined;
}

// End of an ATX heading's text before an optional closing run of `#`.
function stripClosingHashes(line: string, from: number): number {
  let end = line.length;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > from && line[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === from || line[hashes - 1] === ' ' || line[hashes - 1] === '\t')) return hashes;
  return end;
}

// Trims white space from both ends of line[start, end).
function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return [start, end];
}

/** A metadata line such as `> 原文：<url>`, `저자 : Name` or `Source: …`. */
export interface MetadataMatch {
  readonly key: string;
  readonly keyStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

const METADATA_KEYS = [
  'source', 'original', 'original article', 'original url', 'url', 'link', 'author', 'authors', 'by', 'translator',
  'translated by', 'translation', 'date', 'published', 'publisher', 'speaker', 'speakers', 'host', 'guest', 'guests',
  'interviewer', 'interviewee', 'title', 'event', 'recorded', 'duration', 'language', 'transcript', 'transcribed by',
  '原文', '原文链接', '原文地址', '原文标题', '来源', '出处', '作者', '原作者', '译者', '翻译', '校对', '审校', '编辑',
  '日期', '发布', '发布时间', '链接', '嘉宾', '主持人', '原題', '出典', '著者', '翻訳',
  '원문', '원문 링크', '출처', '저자', '역자', '번역', '제공', '작성자', '날짜', '발행', '링크', '진행', '게스트',
];
const METADATA = new RegExp(
  String.raw`^(?<lead>[ \t]{0,3}(?:>[ \t]?)?)(?<key>${METADATA_KEYS.map((k) => k.replace(/ /g, '[ \\t]')).join('|')})[ \t]*[:：][ \t]*`,
  'iu',
);

/** Recognises a metadata line; the key comes from a fixed, language-spread list of header words. */
export function matchMetadata(line: string): MetadataMatch | undefined {
  const m = METADATA.exec(line.length > LABEL_HEAD ? line.slice(0, LABEL_HEAD) : line);
  if (!m || !m.groups) return undefined;
  let valueEnd = line.length;
  while (valueEnd > m[0].length && /\s/.test(line[valueEnd - 1])) valueEnd--;
  return { key: m.groups.key, keyStart: m.groups.lead.length, valueStart: m[0].length, valueEnd };
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '「': '」', '『': '』', '”': '“' };

/** A line wholly inside one pair of quotation marks: returns the span inside the marks. */
export function matchPullQuote(line: string): { textStart: number; textEnd: number } | undefined {
  const [s, e] = trimmed(line, 0, line.length);
  if (e - s < 3) return undefined;
  const close = QUOTE_PAIRS[line[s]];
  if (close === undefined || line[e - 1] !== close) return undefined;
  // Two quotations on one line ("a" and "b") are prose, not a pull quote.
  if (line.slice(s + 1, e - 1).includes(close)) return undefined;
  return { textStart: s + 1, textEnd: e - 1 };
}

const ATTRIBUTION = /^[ \t]*(?:—{1,2}|―{1,2}|–|--)[ \t]*(?=\S)/u;
const ATTRIBUTION_MAX = 80;

/** An attribution line (`—Name`, `—— Name, role`, `-- Name`): returns the span of the name. */
export function matchAttribution(line: string): { nameStart: number; nameEnd: number } | undefined {
  if (line.length > ATTRIBUTION_MAX + 4) return undefined;
  const m = ATTRIBUTION.exec(line);
  if (!m) return undefined;
  const [nameStart, nameEnd] = trimmed(line, m[0].length, line.length);
  // Sentence punctuation inside says this is a dash-led sentence, not a byline.
  if (/[。！？!?；;]/u.test(line.slice(nameStart, nameEnd))) return undefined;
  return { nameStart, nameEnd };
}

/** A Markdown blockquote line (`> text`). */
export function isBlockquote(line: string): boolean {
  return /^[ \t]{0,3}>/.test(line);
}
