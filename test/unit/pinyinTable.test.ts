import * as assert from 'assert';
import * as fc from 'fast-check';
import { polyphonic } from 'pinyin-pro';
import { pinyinOf } from '../../src/core/names/names';

// What names.ts computed with pinyin-pro at run time before the table of scripts/pinyinTable.ts: each character's
// first reading.
const library = (han: string) =>
  polyphonic(han, { toneType: 'none', type: 'array' })
    .map((readings) => readings[0] ?? '')
    .join('');

suite('Pinyin table', () => {
  test('Should read transliterated names as pinyin-pro reads them', () => {
    for (const name of ['达米安', '杜波塔尔', '维克多', '法尔西奇', '朱利安', '皮沃托', '乔治·克鲁尼', '𠀾𠁆']) {
      assert.strictEqual(pinyinOf(name), library(name), name);
    }
    assert.strictEqual(pinyinOf('维克多'), 'weikeduo');
  });

  test('Should agree with pinyin-pro on random text from every ideograph block and beyond', () => {
    const cp = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x3400, max: 0x4dbf }),
      fc.integer({ min: 0x20000, max: 0x2a6df }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xac00, max: 0xd7a3 }),
    );
    fc.assert(
      fc.property(fc.array(cp, { minLength: 1, maxLength: 6 }), (cps) => {
        const text = String.fromCodePoint(...cps);
        assert.strictEqual(pinyinOf(text), library(text));
      }),
      { numRuns: 3000 },
    );
  });
});
