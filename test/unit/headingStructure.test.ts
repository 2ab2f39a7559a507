import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, preferredEdits, runChecks } from '../../src/core';
import { headingStructure } from '../../src/core/checks/heading-structure';
import { joinLines, readSeed, repoRoot } from './helpers';

const check = (text: string) => runChecks(text, { checks: [headingStructure] });
const flagged = (text: string) => check(text).map((f) => text.slice(f.range.start, f.range.end));
const fixed = (text: string) => applyEdits(text, preferredEdits(check(text))).text;

// An invented Spanish interview with `##` sections and one section title left as plain text.
const spanish = joinLines(
  '# Entrevista con Marta Ruiz',
  '',
  '## Los primeros años',
  '',
  '**Pablo**: ¿Dónde creciste?',
  '',
  '**Marta**: En un pueblo pequeño cerca del mar.',
  '',
  'La infancia en Sevilla',
  '',
  '**Pablo**: ¿Y después?',
  '',
  '**Marta**: ¡Claro!',
  '',
  'Nos mudamos a la ciudad.',
  '',
  '## El trabajo actual',
  '',
  '**Pablo**: ¿Qué haces ahora?',
);

suite('heading-structure', () => {
  test('Should flag a heading left without its marks and add those of its neighbours', () => {
    const [f, ...rest] = check(spanish);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(spanish.slice(f.range.start, f.range.end), 'La infancia en Sevilla');
    assert.deepStrictEqual(f.suggestions, ['## La infancia en Sevilla']);
    assert.match(f.message, /level-2 heading/);
    assert.strictEqual(spanish.slice(f.related[0].range.start, f.related[0].range.end), 'Los primeros años');
    assert.ok(fixed(spanish).includes('\n\n## La infancia en Sevilla\n\n'));
  });

  test('Should flag an orphan heading in Chinese, taking the level after a lone title', () => {
    const text = joinLines(
      '# 访谈：王小明',
      '',
      '**李华**：你是怎么开始写代码的？',
      '',
      '童年时代的第一台电脑',
      '',
      '**王小明**：我十岁那年得到了一台旧电脑。',
      '',
      '### 后来的工作经历',
      '',
      '**李华**：后来呢？',
    );
    assert.deepStrictEqual(
      check(text).map((f) => f.suggestions[0]),
      ['### 童年时代的第一台电脑', '## 后来的工作经历'],
    );
  });

  test('Should lift a heading that skips a level together with the headings that share its parent', () => {
    const text = joinLines('# Bericht', '', '### Anfang', '', 'Text.', '', '#### Details', '', '### Mitte', '', '## Ende');
    const [f, ...rest] = check(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(f.range.start, f.range.end), '### Anfang');
    assert.match(f.message, /jumps from 1 to 3: make it level 2 and lift the 2 headings after it/);
    assert.deepStrictEqual(f.suggestions, ['## Anfang']);
    assert.strictEqual(fixed(text), joinLines('# Bericht', '', '## Anfang', '', 'Text.', '', '### Details', '', '## Mitte', '', '## Ende'));
  });

  test('Should not flag turns, quotes, attributions, metadata, lists, short answers, sentences or bold lines', () => {
    const text = joinLines(
      '## Erste Fragen',
      '',
      'Quelle: Radio Bremen',
      '',
      '**Anna**: Wie war es?',
      '',
      'Gut!',
      '',
      '“Wir haben viel gelernt”',
      '',
      '—Anna Schmidt',
      '',
      '- Ein Punkt der Liste',
      '',
      '**Ein fetter Satz**',
      '',
      'Das war ein langer Tag.',
      '',
      'und dann gingen wir nach Hause',
      '',
      '## Zweite Fragen',
    );
    assert.deepStrictEqual(flagged(text), []);
  });

  test('Should not flag anything in a document without # headings or full of short lines', () => {
    assert.deepStrictEqual(flagged(joinLines('Julia Weber', '', 'Transcript', '', 'So we begin.', '', 'Closing Remarks')), []);
    const menu = joinLines(
      '## 기사',
      '',
      '메뉴 바로가기',
      '',
      '로그인 페이지',
      '',
      '최근 본 상품',
      '',
      '고객 센터 안내',
      '',
      '본문 내용입니다.',
    );
    assert.deepStrictEqual(flagged(menu), []);
  });

  test('Should find the orphan heading of seed 000 and nothing in the other seeds', () => {
    const text = readSeed('000');
    const found = check(text);
    assert.deepStrictEqual(
      found.map((f) => text.slice(f.range.start, f.range.end)),
      ['杜波塔尔对 DevOps 的定义'],
    );
    assert.deepStrictEqual(found[0].suggestions, ['## 杜波塔尔对 DevOps 的定义']);
    assert.deepStrictEqual(
      ['001', '002', '003', '004'].map((s) => check(readSeed(s)).length),
      [0, 0, 0, 0],
    );
  });

  test('Should never throw and keep ranges inside the text on hostile input', () => {
    for (const text of [
      '',
      '\uFEFF',
      '\uFEFF# Titel\r\n\r\nUnterwegs nach Hause\r\n\r\n## Teil\r\n',
      '#',
      '###### \n\n# \n\n### ',
      '# 𠀀𠀁\n\n𠀀𠀁𠀂𠀃𠀄\n\n## 𠀀',
      '# A\n\n' + 'Zeile ohne Punkt\n\n'.repeat(5000),
      '# A\n\n' + 'x'.repeat(200_000),
    ]) {
      for (const f of check(text)) {
        assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
        for (const e of f.fixes[0].edits) assert.ok(e.range.start >= 0 && e.range.end <= text.length);
      }
    }
    assert.strictEqual(
      fixed('\uFEFF# Titel\r\n\r\nUnterwegs nach Hause\r\n\r\n## Teil\r\n'),
      '\uFEFF# Titel\r\n\r\n## Unterwegs nach Hause\r\n\r\n## Teil\r\n',
    );
  });

  test('Should ignore headings and short lines inside fenced code blocks', () => {
    const text = joinLines(
      '# Notes',
      '',
      '## Setup',
      '',
      '```sh',
      '# install everything',
      '',
      'Run the tests',
      '',
      '#### not a heading',
      '```',
      '',
      '## Usage',
    );
    assert.deepStrictEqual(flagged(text), []);
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'heading-structure.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    const example = block('Example');
    assert.ok(check(example).length > 0);
    assert.strictEqual(fixed(example), block('Fixed'));
  });
});
