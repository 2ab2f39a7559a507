import * as assert from 'assert';
import { alignmentJson, alignmentTmx, alignmentTsv } from '../../src/core/align/output';
import { fileGroup } from '../../src/core/align/pairing';
import { taggedName } from '../../src/core/project/fileNames';
import { parallelTable } from '../../src/core/align/table';

suite('Pairing files', () => {
  test('Should read the language tag between the stem and the extension', () => {
    assert.deepStrictEqual(taggedName('talk.zh.transcript.md'), { stem: 'talk', lang: 'zh', extension: '.transcript.md' });
    assert.deepStrictEqual(taggedName('talk.pt_BR.srt'), { stem: 'talk', lang: 'pt-BR', extension: '.srt' });
    assert.deepStrictEqual(taggedName('talk.transcript.md'), { stem: 'talk', extension: '.transcript.md' });
    assert.deepStrictEqual(taggedName('v1.2.notes.txt'), { stem: 'v1.2.notes', extension: '.txt' });
  });

  test('Should take the untagged file as the original and the tagged ones as its translations', () => {
    const siblings = ['talk.transcript.md', 'talk.zh.transcript.md', 'talk.ko.transcript.md', 'other.zh.transcript.md', 'talk.zh.txt'];
    assert.deepStrictEqual(fileGroup('talk.zh.transcript.md', siblings), {
      original: 'talk.transcript.md',
      translations: ['talk.ko.transcript.md', 'talk.zh.transcript.md'],
    });
  });

  test('Should take the preferred original language when every file is tagged, and nothing without a counterpart', () => {
    assert.deepStrictEqual(fileGroup('talk.en.txt', ['talk.en.txt', 'talk.zh.txt']), {
      original: 'talk.en.txt',
      translations: ['talk.zh.txt'],
    });
    assert.deepStrictEqual(fileGroup('talk.zh.txt', ['talk.en.txt', 'talk.zh.txt'], ['zh']), {
      original: 'talk.zh.txt',
      translations: ['talk.en.txt'],
    });
    assert.strictEqual(fileGroup('talk.zh.txt', ['talk.zh.txt', 'talk.zh.md']), undefined);
  });
});

suite('Alignment output', () => {
  const result = {
    source: ['Hello <world> & "you".', 'Second\tline.', 'Dropped.'],
    target: ['你好，世界。', '第二行。'],
    pairs: [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [1], score: 0.8 },
      { source: [2], target: [], score: 0.1 },
    ],
  };

  test('Should print the JSON of the contract', () => {
    assert.deepStrictEqual(JSON.parse(alignmentJson(result)), result);
  });

  test('Should print one TSV line per pair with tabs inside a text turned into spaces', () => {
    assert.strictEqual(alignmentTsv(result), 'Hello <world> & "you".\t你好，世界。\t0.9\nSecond line.\t第二行。\t0.8\nDropped.\t\t0.1\n');
  });

  test('Should write TMX with escaped text and no unit for a pair without a target', () => {
    const tmx = alignmentTmx(result, 'en', 'zh');
    assert.match(tmx, /<tmx version="1.4">/);
    assert.match(tmx, /<seg>Hello &lt;world&gt; &amp; &quot;you&quot;.<\/seg>/);
    assert.strictEqual(tmx.match(/<tu>/g)?.length, 2);
    assert.ok(!tmx.includes('Dropped.'));
  });
});

suite('Parallel table', () => {
  test('Should add a second translation as a column joined to the rows of the original it renders', () => {
    const first = [
      { source: [0], target: [0], score: 0.9 },
      { source: [1, 2], target: [1], score: 0.7 },
      { source: [], target: [2], score: 0.2 },
    ];
    const second = [
      { source: [0], target: [0, 1], score: 0.8 },
      { source: [], target: [2], score: 0.3 },
      { source: [1], target: [3], score: 0.9 },
      { source: [2], target: [], score: 0.1 },
    ];
    assert.deepStrictEqual(
      parallelTable([first, second]).map((r) => r.columns),
      [
        [[0], [0], [0, 1, 2]],
        [[1, 2], [1], [3]],
        [[], [2], []],
      ],
    );
  });
});
