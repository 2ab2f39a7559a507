import * as assert from 'assert';
import * as fs from 'fs';
import { lexiconStems, parseLexicon, stem } from '../../src/core/align/lexicon';
import { runPairChecks } from '../../src/core/engine/pairs';
import { LEXICON_PATH } from '../../scripts/lexicon';

suite('Aligner lexicon', () => {
  const lexicon = parseLexicon(fs.readFileSync(LEXICON_PATH(), 'utf8'));
  const stemsOf = (chinese: string) => {
    const out = new Set<string>();
    lexiconStems(chinese, lexicon, (s) => out.add(s));
    return out;
  };

  test('Should meet an inflected English word in the glosses of its Chinese translation', () => {
    for (const [english, chinese] of [
      ['recordings', '录音'],
      ['hoping', '希望'],
      ['services', '服务'],
      ['decided', '决定'],
      ['engineers', '工程师'],
    ]) {
      const s = stem(english);
      assert.ok(s && stemsOf(chinese).has(s), `${english} (${s}) in the glosses of ${chinese}: ${[...stemsOf(chinese)].join(' ')}`);
    }
  });

  test('Should give words without content no stem', () => {
    for (const w of ['the', 'These', 'would', 'is', "it's", 'an']) assert.strictEqual(stem(w), undefined, w);
  });

  test('Should tell by inflected words which sentence the translation left out', () => {
    const source = 'There is also hope in these recordings. I have never met him in person. The engineers decided to stay.\n';
    const target = '这些录音里也藏着希望。工程师们决定留下来。\n';
    const found = runPairChecks(source, target, { lexicon }).source.filter((f) => f.checkId === 'omission');
    assert.deepStrictEqual(
      found.map((f) => source.slice(f.range.start, f.range.end)),
      ['I have never met him in person.'],
    );
  });
});
