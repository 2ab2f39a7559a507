// Hand-made cases: test/fixtures/grammar/forms.transcript holds positive and negative lines for
// every construct, each preceded by one-line comments stating what the grammar must give it:
//
//   speaker: NAME          the speaker scope covers exactly NAME (and nothing else on the line)
//   no-speaker             no scope on the line mentions `speaker`
//   quote / no-quote       the line is / is not a pull quote (`markup.quote.pull`)
//   attribution: TEXT      the attribution scope covers TEXT; no speaker scope
//   no-attribution
//   heading N: TEXT        `markup.heading.N`, the section name is TEXT (may be empty)
//   bold-heading: TEXT     `markup.heading.bold`, the section name is TEXT
//   no-heading             no `markup.heading` scope
//   metadata: KEY | VALUE  `meta.metadata`, key and value scopes cover KEY and VALUE
//   no-metadata
//   blockquote             `markup.quote` (not a pull quote)
//   links: URL URL …       the `markup.underline.link` runs, in order
//   no-link
//   code / bold / italic / timestamp: A | B …   the content runs of that scope, in order
//   no-italic / no-timestamp

import * as assert from 'assert';
import { TokenizedLine, dump, lineContains, lineHas, readFixture, runs, tokenize } from './tokenize';

interface Expectation {
  readonly kind: string;
  readonly arg: string;
}

interface Case {
  readonly line: TokenizedLine;
  readonly expectations: readonly Expectation[];
}

const ANNOTATION = /^<!-- ([a-z-]+(?: [1-6])?)(?::(.*?))? -->$/;
const KINDS = new Set([
  'speaker',
  'no-speaker',
  'quote',
  'no-quote',
  'attribution',
  'no-attribution',
  'bold-heading',
  'no-heading',
  'metadata',
  'no-metadata',
  'blockquote',
  'links',
  'no-link',
  'code',
  'bold',
  'italic',
  'no-italic',
  'timestamp',
  'no-timestamp',
]);

/** Groups the fixture's lines with the annotations above them. */
function cases(lines: readonly TokenizedLine[]): Case[] {
  const out: Case[] = [];
  let pending: Expectation[] = [];
  for (const line of lines) {
    const m = ANNOTATION.exec(line.line);
    if (m) {
      // A misspelt kind would otherwise make the annotation an ordinary line and its expectation vanish.
      assert.ok(KINDS.has(m[1]) || /^heading [1-6]$/.test(m[1]), `line ${line.index + 1}: unknown annotation ${m[1]}`);
      pending.push({ kind: m[1], arg: (m[2] ?? '').replace(/^ /, '') });
      continue;
    }
    if (pending.length > 0) {
      out.push({ line, expectations: pending });
      pending = [];
    }
  }
  assert.strictEqual(pending.length, 0, 'annotations at the end of the fixture have no line');
  return out;
}

/** Runs of a scope without its punctuation (`**`, `` ` ``, `[` …): the content the scope marks. */
function content(line: TokenizedLine, prefix: string): string[] {
  const stripped: TokenizedLine = {
    ...line,
    tokens: line.tokens.filter((t) => !t.scopes.some((s) => s.startsWith('punctuation.'))),
  };
  return runs(stripped, prefix);
}

const list = (arg: string, sep: RegExp): string[] => (arg.trim() === '' ? [] : arg.split(sep).map((s) => s.trim()));

function check(line: TokenizedLine, e: Expectation): void {
  const why = `line ${line.index + 1}: ${JSON.stringify(line.line)}\n${dump(line)}`;
  const heading = /^heading ([1-6])$/.exec(e.kind);
  if (heading) {
    assert.ok(lineHas(line, `markup.heading.${heading[1]}`), why);
    assert.deepStrictEqual(content(line, 'entity.name.section'), list(e.arg, /\n/), why);
    return;
  }
  switch (e.kind) {
    case 'speaker':
      assert.deepStrictEqual(runs(line, 'entity.name.tag.speaker'), [e.arg], why);
      assert.deepStrictEqual(runs(line, 'punctuation.separator.speaker').length, 1, why);
      assert.ok(lineHas(line, 'meta.speaker-turn.text'), why);
      break;
    case 'no-speaker':
      assert.ok(!lineContains(line, 'speaker'), why);
      break;
    case 'quote':
      assert.ok(
        line.tokens.every((t) => lineHas({ ...line, tokens: [t] }, 'markup.quote.pull') || t.text.trim() === ''),
        why,
      );
      assert.ok(lineHas(line, 'string.quoted.other.pull'), why);
      break;
    case 'no-quote':
      assert.ok(!lineHas(line, 'markup.quote.pull'), why);
      break;
    case 'attribution':
      assert.deepStrictEqual(runs(line, 'markup.italic.attribution'), [e.arg], why);
      assert.ok(!lineContains(line, 'speaker'), why);
      break;
    case 'no-attribution':
      assert.ok(!lineContains(line, 'attribution'), why);
      break;
    case 'bold-heading':
      assert.ok(lineHas(line, 'markup.heading.bold'), why);
      assert.deepStrictEqual(content(line, 'entity.name.section'), [e.arg], why);
      break;
    case 'no-heading':
      assert.ok(!lineHas(line, 'markup.heading'), why);
      break;
    case 'metadata': {
      const [key, value] = e.arg.split(' | ');
      assert.ok(lineHas(line, 'meta.metadata'), why);
      assert.deepStrictEqual(runs(line, 'keyword.other.metadata.key'), [key], why);
      assert.deepStrictEqual(runs(line, 'string.unquoted.metadata.value'), value.trim() ? [value] : [], why);
      break;
    }
    case 'no-metadata':
      assert.ok(!lineHas(line, 'meta.metadata'), why);
      break;
    case 'blockquote':
      assert.ok(lineHas(line, 'markup.quote') && !lineHas(line, 'markup.quote.pull'), why);
      break;
    case 'links':
      assert.deepStrictEqual(runs(line, 'markup.underline.link'), list(e.arg, / +/), why);
      break;
    case 'no-link':
      assert.ok(!lineHas(line, 'markup.underline.link'), why);
      break;
    case 'code':
      assert.deepStrictEqual(content(line, 'markup.inline.raw'), list(e.arg, / \| /), why);
      break;
    case 'bold':
      assert.deepStrictEqual(content(line, 'markup.bold'), list(e.arg, / \| /), why);
      break;
    case 'italic':
      assert.deepStrictEqual(content(line, 'markup.italic'), list(e.arg, / \| /), why);
      break;
    case 'no-italic':
      assert.ok(!lineHas(line, 'markup.italic'), why);
      break;
    case 'timestamp':
      assert.deepStrictEqual(runs(line, 'constant.numeric.timestamp'), list(e.arg, / \| /), why);
      break;
    case 'no-timestamp':
      assert.ok(!lineHas(line, 'constant.numeric.timestamp'), why);
      break;
    default:
      assert.fail(`unknown expectation ${e.kind}`);
  }
}

const DESCRIBE: Record<string, (arg: string) => string> = {
  speaker: (a) => `the speaker ${JSON.stringify(a)}`,
  'no-speaker': () => 'no speaker',
  quote: () => 'a pull quote',
  'no-quote': () => 'no pull quote',
  attribution: (a) => `the attribution ${JSON.stringify(a)}`,
  'no-attribution': () => 'no attribution',
  'bold-heading': (a) => `the bold heading ${JSON.stringify(a)}`,
  'no-heading': () => 'no heading',
  metadata: (a) => `the metadata ${JSON.stringify(a)}`,
  'no-metadata': () => 'no metadata',
  blockquote: () => 'a blockquote',
  links: (a) => `the links ${a}`,
  'no-link': () => 'no link',
  code: (a) => `the inline code ${JSON.stringify(a)}`,
  bold: (a) => `the bold ${JSON.stringify(a)}`,
  italic: (a) => `the italic ${JSON.stringify(a)}`,
  'no-italic': () => 'no italic',
  timestamp: (a) => `the timestamps ${a}`,
  'no-timestamp': () => 'no timestamp',
};

function describe(e: Expectation): string {
  const h = /^heading ([1-6])$/.exec(e.kind);
  if (h) return `a level-${h[1]} heading ${JSON.stringify(e.arg)}`;
  return DESCRIBE[e.kind](e.arg);
}

suite('Grammar: hand-made forms (test/fixtures/grammar/forms.transcript)', function () {
  this.timeout(20_000);
  const text = readFixture('forms.transcript');
  // Test names come from the fixture, so they are known before the grammar loads.
  const plain = text.split(/\r\n|\r|\n/);
  let tokenized: TokenizedLine[] = [];
  suiteSetup(async () => {
    tokenized = await tokenize(text);
  });

  const planned = cases(plain.map((line, index) => ({ line, index, tokens: [] })));
  for (const c of planned) {
    for (const e of c.expectations) {
      const shown = c.line.line.length > 50 ? c.line.line.slice(0, 50) + '…' : c.line.line;
      test(`Should scope ${describe(e)} in line ${c.line.index + 1}: ${shown}`, () => {
        check(tokenized[c.line.index], e);
      });
    }
  }

  test('Should scope the annotation comments and region markers as comments', () => {
    const comments = tokenized.filter((line) => line.line.startsWith('<!--') && line.line.endsWith('-->'));
    assert.ok(comments.length > 100, `${comments.length} comment lines`);
    for (const line of comments) {
      assert.ok(
        line.tokens.every((t) => t.scopes.includes('comment.block.transcript')),
        dump(line),
      );
    }
  });

  test('Should have a case for every kind of expectation', () => {
    const seen = new Set(planned.flatMap((c) => c.expectations.map((e) => e.kind.replace(/ [1-6]$/, ''))));
    for (const k of KINDS) assert.ok(seen.has(k), `no case of ${k}`);
    assert.ok(seen.has('heading'));
  });
});
