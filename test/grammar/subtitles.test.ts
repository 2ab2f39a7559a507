// The SRT and WebVTT grammars (syntaxes/srt.tmLanguage.json, syntaxes/webvtt.tmLanguage.json) tokenised by
// vscode-textmate + vscode-oniguruma, as VS Code does, over the subtitle fixtures of test/fixtures/formats.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../../scripts/repoRoot';
import { dump, lineContains, lineHas, runs, splitLines, type TokenizedLine } from './tokenize';

const GRAMMARS: Record<string, string> = { 'text.srt': 'srt.tmLanguage.json', 'text.vtt': 'webvtt.tmLanguage.json' };

let registry: Promise<vsctm.Registry> | undefined;

// One registry for both grammars (scripts/textmate.ts loads only the transcript grammar).
function loadRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot(), 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    // A second call in one process (scripts/textmate.ts) returns the first one's promise.
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const name = GRAMMARS[scopeName];
        if (!name) return null;
        const file = path.join(repoRoot(), 'syntaxes', name);
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
  })();
  return registry;
}

// Tokenises every line of a text with the grammar of `scope`, the rule stack carried from line to line.
async function tokenize(scope: 'text.srt' | 'text.vtt', text: string): Promise<TokenizedLine[]> {
  const grammar = await (await loadRegistry()).loadGrammar(scope);
  if (!grammar) throw new Error(`grammar ${scope} did not load`);
  let stack = vsctm.INITIAL;
  return splitLines(text).map((line, index) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const tokens = r.tokens.map((t) => ({
      text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
      start: t.startIndex,
      end: Math.min(t.endIndex, line.length),
      scopes: t.scopes,
    }));
    return { line, index, tokens };
  });
}

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'formats', name), 'utf8');

// The first tokenized line whose text is exactly `text`.
function lineOf(lines: readonly TokenizedLine[], text: string): TokenizedLine {
  const line = lines.find((l) => l.line === text);
  assert.ok(line, `no line ${JSON.stringify(text)}`);
  return line;
}

const TIMING = /-->/;
const NUMBER = /^\d+$/;

suite('Subtitle grammars', () => {
  suite('SRT', () => {
    test('Should declare the scope text.srt and put every scope on a standard root ending in .srt', () => {
      assertScopes('srt.tmLanguage.json', 'text.srt', '.srt');
    });

    test('Should give cue numbers, timings and speaker prefixes their scopes in interview.srt', async () => {
      const lines = await tokenize('text.srt', fixture('interview.srt'));
      let cues = 0;
      for (const line of lines) {
        if (NUMBER.test(line.line)) {
          cues++;
          assert.deepStrictEqual(runs(line, 'constant.numeric.integer.cue-number'), [line.line], dump(line));
        } else assert.ok(!lineHas(line, 'constant.numeric.integer.cue-number'), dump(line));
        if (TIMING.test(line.line)) {
          assert.deepStrictEqual(runs(line, 'constant.other.timestamp'), [line.line.slice(0, 12), line.line.slice(17, 29)], dump(line));
          assert.deepStrictEqual(runs(line, 'keyword.operator.arrow'), ['-->'], dump(line));
        }
        if (TIMING.test(line.line) || NUMBER.test(line.line)) assert.ok(!lineContains(line, 'speaker'), dump(line));
        const prefix = /^\[(SPEAKER_\d+)\]:/.exec(line.line);
        assert.deepStrictEqual(runs(line, 'entity.name.tag.speaker'), prefix ? [prefix[1]] : [], dump(line));
      }
      assert.strictEqual(cues, 6);
      assert.deepStrictEqual(runs(lineOf(lines, '[SPEAKER_01]: <i>Exactly.</i>'), 'entity.name.tag.srt'), ['i', 'i']);
    });

    test('Should tell speaker prefixes from text that only looks like one', async () => {
      const lines = await tokenize('text.srt', fixture('speakers.srt'));
      const speakers = (text: string) => runs(lineOf(lines, text), 'entity.name.tag.speaker');
      assert.deepStrictEqual(speakers('MARA: Welcome back.'), ['MARA']);
      assert.deepStrictEqual(speakers('Paris: a city, not a speaker.'), []);
      assert.deepStrictEqual(speakers('[Music]'), []);
      assert.deepStrictEqual(speakers('[Jonas]: {\\an8}<font color="#ffcc00">Hello</font> &amp; more.'), ['Jonas']);
      assert.deepStrictEqual(speakers('DR. WOLF: Good evening.'), ['DR. WOLF']);
      assert.deepStrictEqual(speakers('<v Mara>A voice tag in SRT.</v>'), ['Mara']);
      // A number alone in a cue's text is text, not the next cue's number.
      assert.ok(!lineHas(lineOf(lines, '42'), 'constant.numeric'), dump(lineOf(lines, '42')));
      const coordinates = lineOf(lines, '00:00:01,000 --> 00:00:02,500 X1:100 X2:500 Y1:20 Y2:80');
      assert.deepStrictEqual(runs(coordinates, 'entity.other.attribute-name.setting'), ['X1', 'X2', 'Y1', 'Y2']);
      const tagged = lineOf(lines, '[Jonas]: {\\an8}<font color="#ffcc00">Hello</font> &amp; more.');
      assert.deepStrictEqual(runs(tagged, 'entity.other.attribute-name.override'), ['{\\an8}']);
      assert.deepStrictEqual(runs(tagged, 'entity.name.tag.srt'), ['font', 'font']);
      assert.deepStrictEqual(runs(tagged, 'constant.character.entity'), ['&amp;']);
    });

    test('Should mark a broken timing line invalid, and nothing in a sound cue', async () => {
      const lines = await tokenize('text.srt', fixture('broken.srt'));
      assert.deepStrictEqual(runs(lineOf(lines, '00:00:03,000 -> 00:00:04,000'), 'invalid.illegal.timing'), [
        '00:00:03,000 -> 00:00:04,000',
      ]);
      assert.ok(!lineHas(lineOf(lines, 'This timing line is broken.'), 'invalid'));
      assert.ok(!lines.some((l) => l.line !== '00:00:03,000 -> 00:00:04,000' && lineHas(l, 'invalid')));
      assert.deepStrictEqual(runs(lineOf(lines, '00:00:01,000 --> 00:00:02,000'), 'keyword.operator.arrow'), ['-->']);
    });
  });

  suite('WebVTT', () => {
    test('Should declare the scope text.vtt and put every scope on a standard root ending in .vtt', () => {
      assertScopes('webvtt.tmLanguage.json', 'text.vtt', '.vtt');
    });

    test('Should give the header, NOTE and STYLE blocks, timings and voices their scopes in interview.vtt', async () => {
      const lines = await tokenize('text.vtt', fixture('interview.vtt'));
      assert.deepStrictEqual(runs(lines[0], 'keyword.other.signature'), ['WEBVTT']);
      assert.deepStrictEqual(runs(lineOf(lines, 'Kind: captions'), 'keyword.other.metadata.key'), ['Kind']);
      assert.deepStrictEqual(runs(lineOf(lines, 'Language: en'), 'string.unquoted.metadata.value'), [' en']);
      for (const text of [
        'NOTE This file was written for the tests; no one said any of it.',
        'STYLE',
        '::cue(v[voice="Mara"]) { color: yellow }',
        'NOTE the next cue overlaps the one before',
      ])
        assert.deepStrictEqual(runs(lineOf(lines, text), 'comment.block'), [text]);
      assert.deepStrictEqual(runs(lineOf(lines, 'intro'), 'entity.name.label.cue-identifier'), ['intro']);
      const settings = lineOf(lines, '00:00.500 --> 00:03.200 align:start position:10%');
      assert.deepStrictEqual(runs(settings, 'constant.other.timestamp'), ['00:00.500', '00:03.200']);
      assert.deepStrictEqual(runs(settings, 'entity.other.attribute-name.setting'), ['align', 'position']);
      assert.deepStrictEqual(runs(settings, 'string.unquoted.setting'), ['start', '10%']);
      const voices = lines.flatMap((l) => runs(l, 'entity.name.tag.speaker'));
      assert.deepStrictEqual(voices, ['Mara', 'Mara', 'Jonas', 'Mara', '이서연', 'Jonas']);
      for (const line of lines)
        if (TIMING.test(line.line)) {
          assert.ok(!lineContains(line, 'speaker'), dump(line));
          assert.deepStrictEqual(runs(line, 'keyword.operator.arrow'), ['-->'], dump(line));
        }
      assert.deepStrictEqual(runs(lineOf(lines, '<v.loud Jonas>Why not?</v>'), 'entity.other.attribute-name.class'), ['.loud']);
      assert.ok(!lines.some((l) => lineHas(l, 'invalid')));
    });

    test('Should read regions, karaoke timestamps, bracket prefixes and broken timings in blocks.vtt', async () => {
      const lines = await tokenize('text.vtt', fixture('blocks.vtt'));
      assert.deepStrictEqual(runs(lines[0], 'string.unquoted.description'), ['- blocks and settings']);
      assert.deepStrictEqual(runs(lineOf(lines, 'id:fred width:40%'), 'comment.block.region'), ['id:fred width:40%']);
      assert.deepStrictEqual(runs(lineOf(lines, 'over two lines'), 'comment.block.note'), ['over two lines']);
      const voice = lineOf(lines, '<v.loud.fast Mara Lenz>Hello <00:00:01.500><c.yellow>there</c>.</v>');
      assert.deepStrictEqual(runs(voice, 'entity.name.tag.speaker'), ['Mara Lenz']);
      assert.deepStrictEqual(runs(voice, 'constant.other.timestamp.inline'), ['00:00:01.500']);
      assert.deepStrictEqual(runs(voice, 'entity.name.tag.vtt'), ['c', 'c', 'v']);
      const bracket = lineOf(lines, '[SPEAKER_03]: Sure &lt;really&gt;.');
      assert.deepStrictEqual(runs(bracket, 'entity.name.tag.speaker'), ['SPEAKER_03']);
      assert.deepStrictEqual(runs(bracket, 'constant.character.entity'), ['&lt;', '&gt;']);
      // NOTE inside a cue is the cue's text, not a comment.
      assert.ok(!lineHas(lineOf(lines, 'NOTE is text here'), 'comment'));
      assert.deepStrictEqual(runs(lineOf(lines, '00:00:03.000 -> 00:00:04.000'), 'invalid.illegal.timing'), [
        '00:00:03.000 -> 00:00:04.000',
      ]);
      assert.deepStrictEqual(runs(lineOf(lines, 'second'), 'entity.name.label.cue-identifier'), ['second']);
      assert.deepStrictEqual(runs(lineOf(lines, '00:00:05.000 --> bad'), 'invalid.illegal.timing'), ['00:00:05.000 --> bad']);
      assert.ok(!lineHas(lineOf(lines, 'Broken after an identifier.'), 'invalid'));
    });

    test('Should mark broken.vtt\u2019s broken timing invalid and keep a WEBVTT line after the top as text', async () => {
      const lines = await tokenize('text.vtt', fixture('broken.vtt'));
      assert.deepStrictEqual(runs(lineOf(lines, '00:00:03.000 --> 00:00:4.000'), 'invalid.illegal.timing'), [
        '00:00:03.000 --> 00:00:4.000',
      ]);
      const late = await tokenize('text.vtt', '\nWEBVTT\n');
      assert.ok(!lineHas(late[1], 'keyword.other.signature'), dump(late[1]));
    });
  });
});

interface Node {
  [key: string]: unknown;
}

// Every object in a grammar, depth first.
function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value !== null && typeof value === 'object') {
    yield value as Node;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

// The grammar's scope name, and every scope on a root themes colour, ending in the language's suffix.
function assertScopes(file: string, scopeName: string, suffix: string): void {
  const grammar = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'syntaxes', file), 'utf8')) as Node;
  assert.strictEqual(grammar.scopeName, scopeName);
  const roots = /^(comment|constant|entity|invalid|keyword|markup|meta|punctuation|string|variable)\./;
  const names = [...nodes(grammar)].flatMap((n) =>
    n === grammar ? [] : (['name', 'contentName'] as const).flatMap((k) => (typeof n[k] === 'string' ? [n[k] as string] : [])),
  );
  assert.ok(names.length > 10);
  for (const name of names) {
    assert.match(name, roots, name);
    assert.ok(name.endsWith(suffix), name);
  }
}
