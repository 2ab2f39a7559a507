import * as assert from 'assert';
import * as fc from 'fast-check';
import { isCommonEnglishWord, isCommonLowerCaseWord } from '../../src/core/language/commonEnglish';
import table from '../../src/core/language/commonEnglish.json';

suite('common English words', () => {
  const words = [...table.words.split(' '), ...table.names.split(' ')];
  const listed = new Set(words);

  test('Should find every listed word in any case, first and last included', () => {
    assert.ok(words.length > 20_000);
    assert.deepStrictEqual(
      words.filter((w) => !isCommonEnglishWord(w)),
      [],
    );
    assert.ok(isCommonEnglishWord(words[0]) && isCommonEnglishWord(words[words.length - 1]));
    assert.ok(isCommonEnglishWord('Console') && isCommonEnglishWord('RUSTY'));
    // Names are common too, but not as lower-case words.
    assert.ok(isCommonEnglishWord('kafka') && !isCommonLowerCaseWord('kafka') && isCommonLowerCaseWord('consul'));
    assert.deepStrictEqual(
      table.names.split(' ').filter((w) => isCommonLowerCaseWord(w)),
      [],
    );
  });

  test('Should not find product names, empty strings or strings that are no listed word', () => {
    for (const w of ['', ' ', 'kubectl', 'grafana', 'terraform', 'zzzz']) assert.strictEqual(isCommonEnglishWord(w), false, w);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => assert.strictEqual(isCommonEnglishWord(s), listed.has(s.toLowerCase()))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom('s', 'q', 'x', ' a'), (w, tail) =>
        assert.strictEqual(isCommonEnglishWord(w + tail), listed.has(w + tail)),
      ),
    );
  });
});
