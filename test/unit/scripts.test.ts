import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  CJK,
  CJK_PUNCTUATION,
  classSource,
  HAN,
  HANGUL,
  isCjk,
  isCodePointIn,
  isUnitIn,
  KANA,
  LATIN,
  scriptOf,
  SPACE,
  unitClass,
  WIDE_LATIN,
  WORD_JOINER,
} from '../../src/core/text/scripts';

const CLASSES = { LATIN, HAN, KANA, HANGUL, CJK, WIDE_LATIN, CJK_PUNCTUATION, SPACE, WORD_JOINER };

suite('Scripts', () => {
  test('Should classify the letters of a mixed Chinese, Japanese, Korean and English line', () => {
    const line = '我们用Kubernetes，佐々木さんはカメラを、김민수 씨는 Café';
    const script = (ch: string) => scriptOf(ch.codePointAt(0)!);
    assert.deepStrictEqual([...'我们'].map(script), ['Han', 'Han']);
    assert.strictEqual(script('々'), 'Han');
    assert.deepStrictEqual([...'さんはカメラ'].map(script), ['Kana', 'Kana', 'Kana', 'Kana', 'Kana', 'Kana']);
    assert.deepStrictEqual([...'김민수'].map(script), ['Hangul', 'Hangul', 'Hangul']);
    assert.deepStrictEqual([...'Café'].map(script), ['Latin', 'Latin', 'Latin', 'Latin']);
    // Punctuation is no script: the full-width comma, the ideographic comma, the katakana middle dot.
    assert.deepStrictEqual([...'，、・× '].map(script), ['Other', 'Other', 'Other', 'Other', 'Other']);
    assert.ok(isUnitIn('，'.charCodeAt(0), CJK_PUNCTUATION) && isUnitIn('・'.charCodeAt(0), CJK_PUNCTUATION));
    assert.strictEqual([...line].filter(isCjk).join(''), '我们用佐々木さんはカメラを김민수씨는');
  });

  test('Should count an astral ideograph as Han by code point and by its high surrogate', () => {
    const ideograph = '𠮷';
    assert.strictEqual(scriptOf(ideograph.codePointAt(0)!), 'Han');
    assert.ok(isUnitIn(ideograph.charCodeAt(0), HAN));
    assert.ok(!isUnitIn(ideograph.charCodeAt(1), HAN));
    // An emoji is no letter.
    assert.strictEqual(scriptOf('😀'.codePointAt(0)!), 'Other');
    assert.ok(!isUnitIn('😀'.charCodeAt(0), CJK));
  });

  test('Should give regex classes that match exactly the code units the table holds', () => {
    for (const [name, cls] of Object.entries(CLASSES)) {
      const re = new RegExp(`^[${classSource(cls)}]$`);
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue; // the table marks astral ideographs by their high surrogate
        const ch = String.fromCharCode(c);
        if (re.test(ch) !== isUnitIn(c, cls)) assert.fail(`${name} disagrees at U+${c.toString(16)}`);
      }
    }
  });

  test('Should agree between the code point test, the unit table and a unicode regex for any code point', () => {
    const astral = new RegExp(`^[${classSource(HAN, true)}]$`, 'u');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        if (cp >= 0xd800 && cp <= 0xdfff) return;
        const ch = String.fromCodePoint(cp);
        assert.strictEqual(isCodePointIn(cp, HAN), astral.test(ch));
        if (cp <= 0xffff) assert.strictEqual(isCodePointIn(cp, CJK), (unitClass(cp) & CJK) !== 0);
      }),
    );
  });
});
