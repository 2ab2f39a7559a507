import * as assert from 'assert';
import { parseGlossary } from '../../src/core';
import { TranslationMemory, type MemoryUnit } from '../../src/core/memory/fuzzy';
import { glossaryHints } from '../../src/core/translate/hints';

const unit = (source: string, target: string): MemoryUnit => ({ source, target, origin: 'test.tmx' });

suite('Translation memory', () => {
  const memory = new TranslationMemory([
    unit('We built a cache that remembers the result of every build step.', '我们做了一个缓存，能记住每个构建步骤的结果。'),
    unit('The cache is shared across the whole team.', '缓存在整个团队之间共享。'),
    unit('Thank you for coming.', '谢谢你们的到来。'),
    unit('Wir haben einen Cache gebaut, der sich jedes Ergebnis merkt.', 'Nous avons construit un cache qui retient chaque résultat.'),
  ]);

  test('Should find the most alike original first, with a percentage and what differs', () => {
    const [best, ...rest] = memory.matches('We built a cache that remembers the result of every test step.');
    assert.strictEqual(best.unit.target, '我们做了一个缓存，能记住每个构建步骤的结果。');
    assert.strictEqual(best.score, 91, 'one word of eleven differs');
    assert.deepStrictEqual(
      best.diff.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text]),
      [
        ['match', 'build'],
        ['query', 'test'],
      ],
    );
    assert.ok(rest.every((m) => m.score < best.score));
  });

  test('Should give 100 only for the same words, ignore case and punctuation, and nothing under the threshold', () => {
    assert.strictEqual(memory.matches('thank you for coming')[0].score, 100);
    assert.deepStrictEqual(memory.matches('Completely unrelated words here.'), []);
    assert.deepStrictEqual(memory.matches(''), []);
  });

  test('Should compare text without spaces character by character, and leave out what the caller skips', () => {
    const zh = new TranslationMemory([unit('我们做了一个缓存。', 'We built a cache.'), unit('我们做了一个网站。', 'We built a website.')]);
    const [best] = zh.matches('我们做了一个缓存！');
    assert.strictEqual(best.unit.target, 'We built a cache.');
    assert.strictEqual(
      zh.matches('我们做了一个缓存。', 3, 50, (u) => u.target === 'We built a cache.')[0].unit.target,
      'We built a website.',
    );
  });

  test("Should list the glossary's terms of a sentence with their translations into the target language, in order", () => {
    const glossary = parseGlossary(
      'term\tlang\ttranslation\ttranslation_lang\tnote\nbuild step\ten\t构建步骤\tzh\t\ncache\ten\t缓存\tzh\tnot 快取\ncache\ten\tCache\tde\t\n',
    );
    assert.deepStrictEqual(glossaryHints('We built a cache for every build step.', glossary, 'en', 'zh'), [
      { term: 'cache', translation: '缓存', note: 'not 快取' },
      { term: 'build step', translation: '构建步骤' },
    ]);
  });
});
