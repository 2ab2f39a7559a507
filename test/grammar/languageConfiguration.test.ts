// language-configuration.json, read and compiled the way VS Code does: a regex given as a string is
// `new RegExp(value, '')`, one given as {pattern, flags} is `new RegExp(pattern, flags)`; the word
// pattern is then re-made global keeping its `u` flag (ensureValidWordDefinition).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../scripts/repoRoot';

type RegexValue = string | { pattern: string; flags?: string };
interface LanguageConfiguration {
  comments?: { lineComment?: string; blockComment?: [string, string] };
  brackets?: [string, string][];
  autoClosingPairs?: { open: string; close: string; notIn?: string[] }[];
  autoCloseBefore?: string;
  surroundingPairs?: [string, string][];
  folding?: { markers?: { start: RegexValue; end: RegexValue } };
  wordPattern?: RegexValue;
  onEnterRules?: { beforeText: RegexValue; afterText?: RegexValue; action: { indent: string; appendText?: string } }[];
}

const config = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** VS Code's LanguageConfigurationFileHandler._parseRegex. */
function parseRegex(value: RegexValue): RegExp {
  return typeof value === 'string' ? new RegExp(value, '') : new RegExp(value.pattern, value.flags);
}

/** VS Code's ensureValidWordDefinition. */
function wordRegex(): RegExp {
  assert.ok(config.wordPattern, 'no wordPattern');
  const re = parseRegex(config.wordPattern);
  let flags = 'g';
  if (re.ignoreCase) flags += 'i';
  if (re.multiline) flags += 'm';
  if (re.unicode) flags += 'u';
  return new RegExp(re.source, flags);
}

const words = (text: string): string[] => text.match(wordRegex()) ?? [];

suite('Language configuration', () => {
  test('Should compile the word pattern with the u flag, as VS Code does', () => {
    const re = wordRegex();
    assert.ok(re.unicode && re.global);
    assert.strictEqual(re.test(''), false, 'must not match the empty string');
    assert.strictEqual(words(' \t，。：').length, 0);
  });

  const cases: [string, string[]][] = [
    ['维克托·法尔奇：我有个问题', ['维克托·法尔奇', '我有个问题']],
    ['DevOps工具和K8s', ['DevOps', '工具和', 'K8s']],
    ['김철수: 안녕하세요, Mike Loukides', ['김철수', '안녕하세요', 'Mike', 'Loukides']],
    ["O'Brien and O’Neil don't", ["O'Brien", 'and', 'O’Neil', "don't"]],
    ['Jean-Pierre Vautour, well-known', ['Jean-Pierre', 'Vautour', 'well-known']],
    ['SPEAKER_01 at 3.14 and -2.5', ['SPEAKER_01', 'at', '3.14', 'and', '-2.5']],
    ['Müller José Łukasz', ['Müller', 'José', 'Łukasz']],
    ['サトウ・ユキ：はい', ['サトウ・ユキ', 'はい']],
    ['a--b — c', ['a', 'b', 'c']],
    ['**Damien Duportal**：没错！', ['Damien', 'Duportal', '没错']],
  ];
  for (const [text, expected] of cases) {
    test(`Should split ${JSON.stringify(text)} into words ${expected.join(' | ')}`, () => {
      assert.deepStrictEqual(words(text), expected);
    });
  }

  test('Should compile the folding markers and match <!-- #region --> / <!-- #endregion -->', () => {
    const markers = config.folding?.markers;
    assert.ok(markers);
    const start = parseRegex(markers.start);
    const end = parseRegex(markers.end);
    for (const line of ['<!-- #region -->', '<!-- #region Speakers -->', '  <!--#region x-->', '<!-- region -->']) {
      assert.ok(start.test(line), line);
      assert.ok(!end.test(line), line);
    }
    for (const line of ['<!-- #endregion -->', '<!-- endregion -->', ' <!--#endregion Speakers-->']) {
      assert.ok(end.test(line), line);
      assert.ok(!start.test(line), line);
    }
    assert.ok(!start.test('<!-- #regional news -->'));
    assert.ok(!start.test('Speaker: <!-- #region -->'));
  });

  test('Should declare the HTML block comment', () => {
    assert.deepStrictEqual(config.comments?.blockComment, ['<!--', '-->']);
  });

  test('Should include the CJK brackets, and only well-formed pairs, in brackets', () => {
    const brackets = config.brackets ?? [];
    for (const pair of [
      ['（', '）'],
      ['【', '】'],
      ['《', '》'],
      ['「', '」'],
      ['『', '』'],
      ['(', ')'],
      ['[', ']'],
    ]) {
      assert.ok(
        brackets.some(([o, c]) => o === pair[0] && c === pair[1]),
        pair.join(''),
      );
    }
    for (const [open, close] of brackets) assert.notStrictEqual(open, close);
    // ’ is also the apostrophe of "don’t": as a bracket it would leave most English lines unbalanced.
    assert.ok(!brackets.some(([o, c]) => o === '‘' || c === '’'));
  });

  test('Should auto-close and surround with the CJK quotes and brackets', () => {
    const auto = (config.autoClosingPairs ?? []).map((p) => p.open + p.close);
    const surround = (config.surroundingPairs ?? []).map(([o, c]) => o + c);
    for (const pair of ['“”', '‘’', '「」', '『』', '（）', '【】', '《》', '()', '[]', '""']) {
      assert.ok(auto.includes(pair), `autoClosingPairs lacks ${pair}`);
      assert.ok(surround.includes(pair), `surroundingPairs lacks ${pair}`);
    }
    for (const pair of ['**', '__', '``']) assert.ok(surround.includes(pair), `surroundingPairs lacks ${pair}`);
    // An apostrophe is typed far more often than an opening single quote.
    assert.ok(!auto.includes("''"));
    for (const ch of '”’」』）】》，。、；：！？ ') assert.ok(config.autoCloseBefore?.includes(ch), `autoCloseBefore lacks ${ch}`);
  });

  test('Should continue a blockquote on Enter, but not an empty one', () => {
    const rules = config.onEnterRules ?? [];
    const continuing = (line: string): string | undefined => rules.find((r) => parseRegex(r.beforeText).test(line))?.action.appendText;
    assert.strictEqual(continuing('> 原文：这是一段引用'), '> ');
    assert.strictEqual(continuing('  > quoted'), '> ');
    assert.strictEqual(continuing('> '), undefined);
    assert.strictEqual(continuing('Viktor Farcic: hello'), undefined);
    for (const r of rules) assert.ok(['none', 'indent', 'indentOutdent', 'outdent'].includes(r.action.indent));
  });
});
