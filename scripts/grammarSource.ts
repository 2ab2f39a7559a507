// Source of syntaxes/transcript.tmLanguage.json and of src/core/document/linePatterns.json (the
// equivalent JavaScript regexes, for the core parser). Both are generated from the fragments below
// so that every line construct is written once. `npm run generate` writes both; a unit test fails while
// either differs from this module's output, and test/grammar/linePatterns.agreement.test.ts checks
// that the JS regexes classify every line of the fixtures and seeds exactly as the grammar does.
//
// Fragments are written in Oniguruma syntax that is also valid JavaScript `u`-flag syntax, except
// for script properties: Oniguruma's `\p{Han}` is `\p{sc=Han}` in JavaScript (see `toJs`). No
// `\b`, `\w`, `\d`, `\s` or `\h` is used where their meaning differs between the two engines.

import * as path from 'path';
import { repoRoot } from './repoRoot';

// ---------------------------------------------------------------------------------------------
// Word lists

/** Latin words that open prose labels ("Note: …", "Step 1: …"), never a speaker's name. */
export const LATIN_PROSE_LABELS: readonly string[] = [
  'Note',
  'Notes',
  'NB',
  'N.B.',
  'PS',
  'P.S.',
  'PPS',
  'P.P.S.',
  'Update',
  'Updated',
  'Edit',
  'Edited',
  'Warning',
  'Caution',
  'Important',
  'Attention',
  'Disclaimer',
  'Example',
  'Examples',
  'Question',
  'Questions',
  'Answer',
  'Answers',
  'Tip',
  'Tips',
  'Hint',
  'Summary',
  'TL;DR',
  'TLDR',
  'Conclusion',
  'Result',
  'Results',
  'Step',
  'Chapter',
  'Part',
  'Section',
  'Figure',
  'Fig.',
  'Table',
  'Appendix',
  'Episode',
  'See',
  'Also',
  'Re',
  'Fwd',
  'Subject',
  'From',
  'To',
  'Cc',
  'Bcc',
  'TODO',
  'FIXME',
  'HTTP',
  'HTTPS',
  'FTP',
  'Mailto',
  // Function words: a capitalised sentence opener is not a name.
  'The',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'My',
  'Our',
  'Your',
  'His',
  'Her',
  'Their',
  'In',
  'On',
  'At',
  'For',
  'Of',
  'With',
  'And',
  'But',
  'Or',
  'So',
  'If',
  'When',
  'Where',
  'Why',
  'How',
  'What',
  'Which',
  'Then',
  'Now',
  'Here',
  'There',
  'Yes',
  'No',
  'Well',
  'First',
  'Second',
  'Third',
  'Finally',
  'Today',
  'However',
  'Therefore',
  'Because',
  // French prose labels, written with a space before the colon ("Remarque : …").
  'Remarque',
  'Remarques',
  'Exemple',
  'Exemples',
  'Réponse',
  'Résumé',
  'Voir',
  'Chapitre',
  'Partie',
  'Étape',
  'Astuce',
  'Avertissement',
  'Rappel',
  'Définition',
];

/** Han (Chinese) words that open prose labels; matched as a prefix of the would-be name. */
export const HAN_PROSE_LABELS: readonly string[] = [
  '注',
  '备注',
  '附注',
  '提示',
  '警告',
  '例',
  '比如',
  '示例',
  '答案',
  '问题',
  '总结',
  '小结',
  '结论',
  '原因',
  '说明',
  '更新',
  '编者按',
  '按',
  '附',
  '参考',
  '参见',
  '要点',
  '重点',
  '以下',
  '如下',
  '总之',
  '然后',
  '于是',
  '另外',
  '此外',
  '首先',
  '其次',
  '最后',
  '所以',
  '因',
  '但',
  '如果',
  '我',
  '你',
  '您',
  '他',
  '她',
  '它',
  '这',
  '這',
];

/** Hangul words that are prose labels; matched as the whole would-be name. */
export const HANGUL_PROSE_LABELS: readonly string[] = [
  '참고',
  '주',
  '주의',
  '경고',
  '예',
  '예시',
  '요약',
  '결론',
  '질문',
  '답변',
  '팁',
  '메모',
  '추신',
  '업데이트',
  '수정',
  '단계',
  '정리',
  '그리고',
  '하지만',
  '그래서',
];

/**
 * Keys of metadata lines (`Source: …`, `> 原文：<url>`, `저자 : …`). Roles that name speakers
 * (host, guest, 主持人, 嘉宾, 사회자…) are deliberately absent: those lines are turns.
 */
export const LATIN_METADATA_KEYS: readonly string[] = [
  'Source',
  'Sources',
  'Original',
  'Original article',
  'Original text',
  'Original post',
  'Original URL',
  'Original link',
  'Author',
  'Authors',
  'By',
  'Written by',
  'Translator',
  'Translators',
  'Translated by',
  'Translation',
  'Editor',
  'Edited by',
  'Proofreader',
  'Reviewer',
  'Published',
  'Publisher',
  'Date',
  'URL',
  'Link',
  'Via',
  'Credit',
  'Credits',
  'Tag',
  'Tags',
  'Category',
  'Categories',
  'License',
  'Licence',
  'Copyright',
  'Title',
  'Transcribed by',
  'Transcript by',
  'Recorded',
  'Duration',
  'Language',
];
export const HAN_METADATA_KEYS: readonly string[] = [
  '原文',
  '原文链接',
  '原文地址',
  '原文标题',
  '英文原文',
  '原标题',
  '原题',
  '原載',
  '原载',
  '来源',
  '出处',
  '作者',
  '原作者',
  '本文作者',
  '译者',
  '翻译',
  '译文',
  '校对',
  '审校',
  '编辑',
  '责任编辑',
  '责编',
  '整理',
  '日期',
  '发布时间',
  '发布日期',
  '链接',
  '标签',
  '分类',
  '转载',
  '版权',
];
export const HANGUL_METADATA_KEYS: readonly string[] = [
  '원문',
  '원문 링크',
  '원제',
  '출처',
  '저자',
  '글쓴이',
  '역자',
  '번역',
  '제공',
  '작성자',
  '작성일',
  '편집',
  '감수',
  '날짜',
  '링크',
  '태그',
  '발행',
  '발행일',
];

/** Particles allowed between the capitalised words of a Latin name (`Ludwig van Beethoven`). */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'del',
  'della',
  'der',
  'den',
  'des',
  'van',
  'von',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'ten',
  'ter',
  'zu',
  'y',
];

// ---------------------------------------------------------------------------------------------
// Fragments (Oniguruma syntax; `toJs` converts)

// Escapes regex syntax characters; `-` and `/` are left alone (`\-` is invalid outside a class under `u`).
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Note` → `Note|NOTE|note`: Title, UPPER and lower forms, longest first. */
function caseVariants(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w.toUpperCase());
    out.add(w.toLowerCase());
    out.add(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return [...out];
}

/** Alternation of literal words, longest first, spaces matching any run of blanks. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escapeRe(w).replace(/ /g, '[ \\t]+'))
    .join('|');
}

/** `12:34`, `1:02:03`, `00:12:34.567`, `00:12:34,5`. */
export const TIME = '[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]{1,3})?';
const TS_OPEN = '[\\[(（]';
const TS_CLOSE = '[\\])）]';
/** Timestamp before a label: `[00:12:34] `, `(00:12) `, `00:12:34 `. */
export const TS_PREFIX = `${TS_OPEN}${TIME}${TS_CLOSE}|${TIME}(?=[ \\t])`;
/** Timestamp after a name: `Name (00:12):`, `Name [00:12:34]:`, `名字（00:12）：`. */
export const TS_SUFFIX = `${TS_OPEN}${TIME}${TS_CLOSE}`;

const LATIN_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
const PARTICLE = `(?:${alternation(NAME_PARTICLES)})`;
/** Up to four capitalised words, particles allowed between them: `J. R. Smith`, `Charles de Gaulle`. */
const LATIN_NAME = `${LATIN_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${LATIN_WORD}){0,3}`;
/** `SPEAKER_01`, `Speaker 2`, `Guest-3`, `P1`. */
const NUMBERED_NAME = `${LATIN_WORD}[ _\\-]?[0-9]{1,3}`;
const JOINER = '[·・•‧\\-]';
/** Up to 8 Han characters, `·`-joined parts allowed (`维克托·法尔奇`); a name does not end in a verb of saying or 是. */
const HAN_NAME = `\\p{Han}{1,8}(?:${JOINER}\\p{Han}{1,8}){0,3}(?<![说說道曰是])(?:[A-Z]|[0-9]{1,2})?`;
const KANA_NAME = `[\\p{Katakana}\\p{Hiragana}ー]{1,10}(?:${JOINER}[\\p{Katakana}ー]{1,10}){0,2}`;
/** One Hangul word of up to 6 syllables (`김철수`, `사회자`); two-word phrases are prose. */
const HANGUL_NAME = '\\p{Hangul}{1,6}(?:[A-Z]|[0-9]{1,2})?';
export const NAME = `(?:${NUMBERED_NAME}|${LATIN_NAME}|${HAN_NAME}|${KANA_NAME}|${HANGUL_NAME})`;

const LATIN_STOPS = alternation(caseVariants([...LATIN_PROSE_LABELS, ...LATIN_METADATA_KEYS.map((k) => k.split(' ')[0])]));
const HAN_STOPS = alternation([...HAN_PROSE_LABELS, ...HAN_METADATA_KEYS]);
const HANGUL_STOPS = alternation([...HANGUL_PROSE_LABELS, ...HANGUL_METADATA_KEYS.filter((k) => !k.includes(' '))]);
/** Negative lookahead put before a name: prose labels and metadata keys are not speakers. */
export const NOT_PROSE_LABEL =
  `(?!(?:${LATIN_STOPS})(?![\\p{L}\\p{M}\\p{N}'’.\\-])` +
  `|(?:${HAN_STOPS})` +
  `|第[0-9零一二三四五六七八九十百千两〇]+[章节部篇回集期课讲条步]` +
  `|(?:${HANGUL_STOPS})(?![\\p{L}\\p{M}\\p{N}]))`;

/**
 * Turn text starts here: a character that is not blank. (vscode-textmate matches against the line
 * plus "\n", so the newline must be excluded too.)
 */
const TEXT_AHEAD = '(?=[^ \\t\\n])';
/**
 * French puts a space (often a no-break or narrow no-break one) before a colon: `Leila : …`. The two no-break spaces
 * are written as themselves, which Oniguruma and JavaScript read alike.
 */
const SPACE_BEFORE_COLON = '[ \\t\u00a0\u202f]?';
/** After a colon: an ASCII colon needs a blank, a full-width one does not; then turn text. */
const AFTER_COLON = `(?:(?<=：)[ \\t]*|[ \\t]+)${TEXT_AHEAD}`;
const INDENT = '[ \\t]{0,3}';

export const METADATA_KEYS = alternation([...caseVariants(LATIN_METADATA_KEYS), ...HAN_METADATA_KEYS, ...HANGUL_METADATA_KEYS]);

/** Quotation-mark pairs that make a whole line a pull quote (`”…“` is a common MT mirror). */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['”', '“'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
];
const quoteBody = (open: string, close: string): string => `[^${escapeRe(open === close ? close : open + close)}]+`;

/** Dashes that open an attribution line; `---` stays a rule. */
export const ATTRIBUTION_DASH = '——|—|――|―|--(?!-)|–';
/** Attribution text: starts like a name or a title, at most 80 characters, no sentence punctuation. */
export const ATTRIBUTION_TEXT = `(?=[\\p{L}*_《「“"'(\\[@])[^。！？!?；;]{1,80}?`;

const URL_STOP = '\\s<>"\'“”‘’（）【】「」『』《》，。、；：！？';
/** A bare URL; balanced `(…)` belong to it, trailing sentence punctuation and closing brackets do not. */
export const BARE_URL =
  `(?<![\\p{L}\\p{N}@/])(?:(?:https?|ftp)://|www\\.)(?:[^${URL_STOP}()]|\\([^${URL_STOP}()]*\\))*` +
  `(?:[^${URL_STOP}().,;:!?\\]}*_]|\\([^${URL_STOP}()]*\\))`;

// ---------------------------------------------------------------------------------------------
// Whole-line regexes (grammar flavour, numbered captures)

export const METADATA = `^${INDENT}(?:(>)[ \\t]?)?(${METADATA_KEYS})[ \\t]*([:：])[ \\t]*(.*?)[ \\t]*$`;
export const headingRe = (level: number): string => `^${INDENT}(#{${level}})(?!#)(?:[ \\t]+(.*?))?(?:[ \\t]+(#+))?[ \\t]*$`;
export const BOLD_HEADING_STARS = `^${INDENT}((\\*\\*)(?=[^ \\t*])((?:(?!\\*\\*).)+?)(?<=[^ \\t*])(\\*\\*))[ \\t]*$`;
export const BOLD_HEADING_UNDERSCORES = `^${INDENT}((__)(?=[^ \\t_])((?:(?!__).)+?)(?<=[^ \\t_])(__))[ \\t]*$`;
export const pullQuoteRe = (open: string, close: string): string =>
  `^${INDENT}(${escapeRe(open)})(${quoteBody(open, close)})(${escapeRe(close)})[ \\t]*$`;
export const ATTRIBUTION = `^${INDENT}(${ATTRIBUTION_DASH})[ \\t]*(${ATTRIBUTION_TEXT})[ \\t]*$`;
export const BLOCKQUOTE = `^${INDENT}((?:>[ \\t]?)+)(.*)$`;

// ---------------------------------------------------------------------------------------------
// Regexes with numbered captures, built from parts so that the numbers follow the structure

interface Cap {
  readonly key: string;
  readonly parts: readonly Part[];
}
type Part = string | Cap;
const cap = (key: string, ...parts: Part[]): Cap => ({ key, parts });

/** Flattens parts into a regex source and the capture key of every group number (1-based). */
export function compileParts(parts: readonly Part[]): { source: string; keys: string[] } {
  const keys: string[] = [];
  const walk = (ps: readonly Part[]): string =>
    ps
      .map((p) => {
        if (typeof p === 'string') return p;
        keys.push(p.key);
        return `(${walk(p.parts)})`;
      })
      .join('');
  const source = walk(parts);
  return { source, keys };
}

const tsPrefixParts: Part[] = [
  '(?:',
  cap('tsOpen', TS_OPEN),
  cap('time', TIME),
  cap('tsClose', TS_CLOSE),
  '|',
  cap('time', `${TIME}(?=[ \\t])`),
  ')[ \\t]*',
];
const tsSuffixParts: Part[] = ['(?:[ \\t]*', cap('tsOpen', TS_OPEN), cap('time', TIME), cap('tsClose', TS_CLOSE), ')?'];

/** `**Name**：text`, `**Name** (00:12): text`. */
export const SPEAKER_BOLD_OUTSIDE = compileParts([
  `^${INDENT}`,
  cap(
    'label',
    '(?:',
    ...tsPrefixParts,
    ')?',
    cap('bold', cap('star', '\\*\\*'), NOT_PROSE_LABEL, cap('name', NAME), cap('star', '\\*\\*')),
    ...tsSuffixParts,
    SPACE_BEFORE_COLON,
    cap('colon', '[:：]'),
  ),
  AFTER_COLON,
  cap('text', '.*'),
  '$',
]);
/** `**Name:** text`, `**Q：**text`. */
export const SPEAKER_BOLD_INSIDE = compileParts([
  `^${INDENT}`,
  cap(
    'label',
    '(?:',
    ...tsPrefixParts,
    ')?',
    cap('bold', cap('star', '\\*\\*'), NOT_PROSE_LABEL, cap('name', NAME), ...tsSuffixParts, cap('colon', '[:：]'), cap('star', '\\*\\*')),
  ),
  `[ \\t]*${TEXT_AHEAD}`,
  cap('text', '.*'),
  '$',
]);
/** `Name: text`, `名字：text`, `[00:12:34] Name: text`, `Name (00:12): text`, `SPEAKER_01: text`. */
export const SPEAKER_PLAIN = compileParts([
  `^${INDENT}`,
  cap(
    'label',
    '(?:',
    ...tsPrefixParts,
    ')?',
    NOT_PROSE_LABEL,
    cap('name', NAME),
    ...tsSuffixParts,
    SPACE_BEFORE_COLON,
    cap('colon', '[:：]'),
  ),
  AFTER_COLON,
  cap('text', '.*'),
  '$',
]);

// ---------------------------------------------------------------------------------------------
// JavaScript flavour

/** Converts a fragment from Oniguruma to JavaScript (`u` flag) syntax. */
export function toJs(onig: string): string {
  return onig.replace(/\\p\{(Han|Hangul|Katakana|Hiragana)\}/g, '\\p{sc=$1}');
}

/**
 * The line regexes for the core parser, JavaScript syntax, flag `u`, named groups. Each matches
 * exactly the lines the grammar gives the construct's scope (checked by the agreement test).
 */
export function jsLinePatterns(): Record<string, string> {
  const J = toJs;
  const stop = J(NOT_PROSE_LABEL);
  const name = J(NAME);
  const pullQuote = QUOTE_PAIRS.map(([o, c]) => `${escapeRe(o)}${quoteBody(o, c)}${escapeRe(c)}`).join('|');
  const label = (stopAt: string) =>
    `^${INDENT}(?:(?<ts>${TS_PREFIX})[ \\t]*)?(?:` +
    `\\*\\*${stopAt}(?<boldName>${name})\\*\\*(?:[ \\t]*(?<boldTs>${TS_SUFFIX}))?${SPACE_BEFORE_COLON}[:：]${AFTER_COLON}` +
    `|\\*\\*${stopAt}(?<innerName>${name})(?:[ \\t]*(?<innerTs>${TS_SUFFIX}))?[:：]\\*\\*[ \\t]*${TEXT_AHEAD}` +
    `|${stopAt}(?<name>${name})(?:[ \\t]*(?<nameTs>${TS_SUFFIX}))?${SPACE_BEFORE_COLON}[:：]${AFTER_COLON})`;
  return {
    // Compiling the stop list three times costs V8 tens of milliseconds per process: the parser uses the
    // label without it plus `speakerStop` tried at the name (the same lines, checked by the agreement test).
    speakerLabelLoose: label(''),
    speakerStop: stop.slice('(?!'.length, -1),
    speakerLabel: label(stop),
    pullQuote: `^${INDENT}(?:${pullQuote})[ \\t]*$`,
    attribution: `^${INDENT}(?<dash>${ATTRIBUTION_DASH})[ \\t]*(?<text>${J(ATTRIBUTION_TEXT)})[ \\t]*$`,
    heading: `^${INDENT}(?<marks>#{1,6})(?!#)(?:[ \\t]+(?<text>.*?))?(?:[ \\t]+#+)?[ \\t]*$`,
    boldHeading:
      `^${INDENT}(?:\\*\\*(?=[^ \\t*])(?<text>(?:(?!\\*\\*).)+?)(?<=[^ \\t*])\\*\\*` +
      `|__(?=[^ \\t_])(?<textU>(?:(?!__).)+?)(?<=[^ \\t_])__)[ \\t]*$`,
    metadata: `^${INDENT}(?:>[ \\t]?)?(?<key>${METADATA_KEYS})[ \\t]*[:：][ \\t]*(?<value>.*?)[ \\t]*$`,
    blockquote: `^${INDENT}(?:>[ \\t]?)+(?<text>.*)$`,
    timestamp: TIME,
    url: J(BARE_URL),
  };
}

// ---------------------------------------------------------------------------------------------
// The grammar

type Captures = Record<string, { name?: string; patterns?: { include: string }[] }>;
interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: (Rule | { include: string })[];
}

const S = '.transcript';
const inline = [{ include: '#inline' }];

function speakerCaptures(keys: readonly string[]): Captures {
  const byKey: Record<string, Captures[string]> = {
    label: { name: `meta.speaker-label${S}` },
    tsOpen: { name: `punctuation.definition.timestamp.begin${S}` },
    time: { name: `constant.numeric.timestamp${S}` },
    tsClose: { name: `punctuation.definition.timestamp.end${S}` },
    bold: { name: `markup.bold${S}` },
    star: { name: `punctuation.definition.bold${S}` },
    name: { name: `entity.name.tag.speaker${S}` },
    colon: { name: `punctuation.separator.speaker${S}` },
    text: { name: `meta.speaker-turn.text${S}`, patterns: inline },
  };
  const out: Captures = {};
  keys.forEach((key, i) => {
    const c = byKey[key];
    if (!c) throw new Error(`no scope for capture ${key}`);
    out[String(i + 1)] = c;
  });
  return out;
}

export function buildGrammar(): Record<string, unknown> {
  const repository: Record<string, Rule> = {
    comment: {
      name: `comment.block${S}`,
      begin: '<!--',
      end: '-->',
      beginCaptures: { 0: { name: `punctuation.definition.comment.begin${S}` } },
      endCaptures: { 0: { name: `punctuation.definition.comment.end${S}` } },
    },
    heading: {
      patterns: [1, 2, 3, 4, 5, 6].map((n) => ({
        name: `markup.heading.${n}${S}`,
        match: headingRe(n),
        captures: {
          1: { name: `punctuation.definition.heading${S}` },
          2: { name: `entity.name.section${S}`, patterns: inline },
          3: { name: `punctuation.definition.heading${S}` },
        },
      })),
    },
    bold_heading: {
      patterns: [BOLD_HEADING_STARS, BOLD_HEADING_UNDERSCORES].map((match) => ({
        name: `markup.heading.bold${S}`,
        match,
        captures: {
          1: { name: `markup.bold${S}` },
          2: { name: `punctuation.definition.bold${S}` },
          3: { name: `entity.name.section${S}`, patterns: inline },
          4: { name: `punctuation.definition.bold${S}` },
        },
      })),
    },
    metadata: {
      name: `meta.metadata${S}`,
      match: METADATA,
      captures: {
        1: { name: `punctuation.definition.quote.begin${S}` },
        2: { name: `keyword.other.metadata.key${S}` },
        3: { name: `punctuation.separator.key-value${S}` },
        4: { name: `string.unquoted.metadata.value${S}`, patterns: inline },
      },
    },
    speaker_turn: {
      patterns: [SPEAKER_BOLD_OUTSIDE, SPEAKER_BOLD_INSIDE, SPEAKER_PLAIN].map((r) => ({
        name: `meta.speaker-turn${S}`,
        match: r.source,
        captures: speakerCaptures(r.keys),
      })),
    },
    pull_quote: {
      patterns: QUOTE_PAIRS.map(([open, close]) => ({
        name: `markup.quote.pull${S}`,
        match: pullQuoteRe(open, close),
        captures: {
          1: { name: `punctuation.definition.quote.begin${S}` },
          2: { name: `string.quoted.other.pull${S}`, patterns: inline },
          3: { name: `punctuation.definition.quote.end${S}` },
        },
      })),
    },
    attribution: {
      name: `meta.attribution${S}`,
      match: ATTRIBUTION,
      captures: {
        1: { name: `punctuation.definition.attribution${S}` },
        2: { name: `markup.italic.attribution${S}`, patterns: inline },
      },
    },
    blockquote: {
      name: `markup.quote${S}`,
      match: BLOCKQUOTE,
      captures: {
        1: { name: `punctuation.definition.quote.begin${S}` },
        2: { patterns: inline },
      },
    },
    inline: {
      patterns: [
        { include: '#escape' },
        { include: '#inline_code' },
        { include: '#url' },
        { include: '#bold' },
        { include: '#italic' },
        { include: '#timestamp' },
      ],
    },
    escape: {
      name: `constant.character.escape${S}`,
      match: '\\\\[\\\\`*_{}\\[\\]()#+\\-.!<>]',
    },
    inline_code: {
      patterns: [
        {
          name: `markup.inline.raw.string${S}`,
          match: '(``)((?:[^`]|`(?!`))+?)(``)',
          captures: { 1: { name: `punctuation.definition.raw${S}` }, 3: { name: `punctuation.definition.raw${S}` } },
        },
        {
          name: `markup.inline.raw.string${S}`,
          match: '(`)([^`]+)(`)',
          captures: { 1: { name: `punctuation.definition.raw${S}` }, 3: { name: `punctuation.definition.raw${S}` } },
        },
      ],
    },
    url: {
      patterns: [
        {
          name: `meta.link.autolink${S}`,
          match: '(<)((?:(?:https?|ftp)://|mailto:|www\\.)[^\\s<>]+)(>)',
          captures: {
            1: { name: `punctuation.definition.link.begin${S}` },
            2: { name: `markup.underline.link${S}` },
            3: { name: `punctuation.definition.link.end${S}` },
          },
        },
        {
          name: `meta.link.inline${S}`,
          match: '(\\[)([^\\[\\]]*)(\\])(\\()[ \\t]*([^\\s()]+)(?:[ \\t]+("[^"]*"))?[ \\t]*(\\))',
          captures: {
            1: { name: `punctuation.definition.link.title.begin${S}` },
            2: { name: `string.other.link.title${S}` },
            3: { name: `punctuation.definition.link.title.end${S}` },
            4: { name: `punctuation.definition.metadata${S}` },
            5: { name: `markup.underline.link${S}` },
            6: { name: `string.other.link.description.title${S}` },
            7: { name: `punctuation.definition.metadata${S}` },
          },
        },
        { name: `markup.underline.link${S}`, match: BARE_URL },
      ],
    },
    bold: {
      patterns: [
        {
          name: `markup.bold${S}`,
          match: '(\\*\\*)(?=[^\\s*])((?:[^*\\\\]|\\\\.|\\*(?!\\*))+?)(?<=[^\\s\\\\])(\\*\\*)',
          captures: {
            1: { name: `punctuation.definition.bold${S}` },
            2: { patterns: [{ include: '#escape' }, { include: '#inline_code' }, { include: '#url' }, { include: '#italic' }] },
            3: { name: `punctuation.definition.bold${S}` },
          },
        },
        {
          name: `markup.bold${S}`,
          match: '(?<![\\p{L}\\p{N}_])(__)(?=[^\\s_])((?:[^_\\\\]|\\\\.|_(?!_))+?)(?<=[^\\s\\\\])(__)(?![\\p{L}\\p{N}_])',
          captures: {
            1: { name: `punctuation.definition.bold${S}` },
            2: { patterns: [{ include: '#escape' }, { include: '#inline_code' }, { include: '#url' }, { include: '#italic' }] },
            3: { name: `punctuation.definition.bold${S}` },
          },
        },
      ],
    },
    italic: {
      patterns: [
        {
          name: `markup.italic${S}`,
          match: '(?<![*\\\\])(\\*)(?=[^\\s*])((?:[^*\\\\]|\\\\.)+?)(?<=[^\\s*\\\\])(\\*)(?!\\*)',
          captures: {
            1: { name: `punctuation.definition.italic${S}` },
            2: { patterns: [{ include: '#escape' }, { include: '#inline_code' }, { include: '#url' }] },
            3: { name: `punctuation.definition.italic${S}` },
          },
        },
        {
          name: `markup.italic${S}`,
          match: '(?<![\\p{L}\\p{N}_\\\\])(_)(?=[^\\s_])((?:[^_\\\\]|\\\\.)+?)(?<=[^\\s_\\\\])(_)(?![\\p{L}\\p{N}_])',
          captures: {
            1: { name: `punctuation.definition.italic${S}` },
            2: { patterns: [{ include: '#escape' }, { include: '#inline_code' }, { include: '#url' }] },
            3: { name: `punctuation.definition.italic${S}` },
          },
        },
      ],
    },
    timestamp: {
      patterns: [
        {
          match: `(${TS_OPEN})(${TIME})(${TS_CLOSE})`,
          captures: {
            1: { name: `punctuation.definition.timestamp.begin${S}` },
            2: { name: `constant.numeric.timestamp${S}` },
            3: { name: `punctuation.definition.timestamp.end${S}` },
          },
        },
        { name: `constant.numeric.timestamp${S}`, match: `^${INDENT}${TIME}(?=[ \\t]|$)` },
        {
          name: `constant.numeric.timestamp${S}`,
          match: '(?<![0-9:.,])[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,3})?(?![0-9:])',
        },
      ],
    },
  };

  return {
    information_for_contributors: ['Generated by scripts/grammarSource.ts: edit that file, then run `npm run generate`.'],
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Transcript',
    scopeName: 'text.transcript',
    patterns: [
      { include: '#comment' },
      { include: '#heading' },
      { include: '#metadata' },
      { include: '#speaker_turn' },
      { include: '#bold_heading' },
      { include: '#pull_quote' },
      { include: '#attribution' },
      { include: '#blockquote' },
      { include: '#inline' },
    ],
    repository,
  };
}

/** The grammar file's text: two-space JSON, trailing newline. */
export function grammarText(): string {
  return JSON.stringify(buildGrammar(), null, 2) + '\n';
}

export const GRAMMAR_PATH = (): string => path.join(repoRoot(), 'syntaxes', 'transcript.tmLanguage.json');
export const LINE_PATTERNS_PATH = (): string => path.join(repoRoot(), 'src', 'core', 'document', 'linePatterns.json');

/** The grammar's precedence among whole-line constructs: the first that matches a line wins. */
export const PRECEDENCE = ['heading', 'metadata', 'speakerLabel', 'boldHeading', 'pullQuote', 'attribution', 'blockquote'] as const;

/** src/core/document/linePatterns.json: the JS regexes, for the core parser to use verbatim. */
export function linePatternsText(): string {
  const doc = {
    information_for_contributors: [
      'Generated by scripts/grammarSource.ts (with the grammar; `npm run generate`): JavaScript regexes that classify a line',
      'exactly as syntaxes/transcript.tmLanguage.json does. Compile each with new RegExp(source, flags) and try',
      'them in `precedence` order on one line (no trailing newline); the first that matches is the line kind.',
    ],
    flags: 'u',
    precedence: PRECEDENCE,
    groups: {
      speakerLabel:
        'name = boldName ?? innerName ?? name (the text the grammar scopes as the speaker); ts = timestamp before ' +
        'the label, brackets included; boldTs/innerTs/nameTs = timestamp after the name; the match ends where the turn text starts',
      heading: 'marks = the #s (level = marks.length); text = the title, undefined when empty',
      boldHeading: 'text (for **…**) or textU (for __…__) = the title without the marks',
      metadata: 'key, value (value may be empty)',
      attribution: 'dash, text = the attributed name/source',
      blockquote: 'text after the > marks',
      pullQuote: 'none: the whole line minus the outer quotation marks and blanks is the quote',
    },
    patterns: jsLinePatterns(),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
