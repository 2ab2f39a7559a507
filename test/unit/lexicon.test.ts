import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { nameKey, parseLexicon, readLexicon } from '../../src/core/align/lexicon';
import { joinLines, repoRoot } from './helpers';

const TABLE = path.join(repoRoot, 'src', 'core', 'align', 'zh-en.lexicon.tsv');

suite('CC-CEDICT lexicon', () => {
  test('Should look up every headword of the shipped table in place as the parsed table has it', () => {
    const bytes = fs.readFileSync(TABLE);
    const parsed = parseLexicon(bytes.toString('utf8'));
    const read = readLexicon(bytes);
    let differ = 0;
    for (const [head, stems] of parsed.entries) if (read.stemsOf(head) !== stems) differ++;
    assert.strictEqual(differ, 0);
    assert.ok(parsed.entries.size > 100_000);
    assert.strictEqual(read.stemsOf('木偶'), 'puppet');
    assert.strictEqual(read.stemsOf('不是一个词的字符串'), undefined);
  });

  test('Should know the foreign names CC-CEDICT gives, and neither Chinese names nor languages, peoples and given names', () => {
    const lexicon = readLexicon(fs.readFileSync(TABLE));
    // The accepted Chinese names of a company, a product and a person; the Titan and the island are other things.
    assert.deepStrictEqual(lexicon.nameOf('亚马逊'), { name: 'Amazon', other: false });
    assert.deepStrictEqual(lexicon.nameOf('微软'), { name: 'Microsoft', other: false });
    assert.deepStrictEqual(lexicon.nameOf('树莓派'), { name: 'Raspberry Pi', other: false });
    assert.deepStrictEqual(lexicon.nameOf('比尔·盖茨'), { name: 'Bill Gates', other: false });
    assert.deepStrictEqual(lexicon.nameOf('普罗米修斯'), { name: 'Prometheus', other: true });
    assert.deepStrictEqual(lexicon.nameOf('爪哇'), { name: 'Java', other: true });
    assert.ok(lexicon.headwordsNaming(nameKey('Amazon')).includes('亚马逊'));
    assert.deepStrictEqual(lexicon.headwordsNaming('google'), ['谷歌']);
    // 北京 is Beijing in pinyin, 英文 the English language, 美国人 an American, 维克托 anyone called Victor; 网络 and
    // 苹果 are common words too (the Internet, Apple).
    for (const head of ['北京', '英文', '美国人', '维克托', '网络', '苹果', '木偶'])
      assert.strictEqual(lexicon.nameOf(head), undefined, head);
  });

  test('Should read a small table in any order, with or without its name parts', () => {
    const lexicon = parseLexicon(
      joinLines(
        '# test',
        '#names',
        '谷歌\tGoogle',
        '爪哇\tJava\tother',
        '#named',
        'google\t谷歌',
        'java\t爪哇',
        '#stems',
        '舵\thelm rudder',
        '木偶\tpuppet',
        '',
      ),
    );
    assert.strictEqual(lexicon.stemsOf('木偶'), 'puppet');
    assert.deepStrictEqual(lexicon.nameOf('爪哇'), { name: 'Java', other: true });
    assert.deepStrictEqual(lexicon.nameOf('谷歌'), { name: 'Google', other: false });
    assert.deepStrictEqual(lexicon.headwordsNaming('java'), ['爪哇']);
    const stemsOnly = parseLexicon(joinLines('舵\thelm rudder', '木偶\tpuppet'));
    assert.strictEqual(stemsOnly.stemsOf('舵'), 'helm rudder');
    assert.strictEqual(stemsOnly.nameOf('亚马逊'), undefined);
    assert.deepStrictEqual(stemsOnly.headwordsNaming('amazon'), []);
  });
});
