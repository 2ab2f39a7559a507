import * as assert from 'assert';
import type { AlignedPair } from '../../src/core/align/align';
import { alignDocuments, GroupCache } from '../../src/core/align/documents';
import {
  alignmentSidecarJson,
  alignWithOverrides,
  overrideFor,
  parseAlignmentSidecar,
  replaceOverrides,
} from '../../src/core/align/overrides';
import { sentenceSegments } from '../../src/core/align/segments';

const EN = 'We moved to the cloud in 2019. It took us two years. The bill went down by 40 percent. Nobody expected that.\n';
const ZH = '我们在2019年迁移到了云上。花了两年时间。账单降低了百分之四十。没有人想到这一点。\n';
const shape = (pairs: { source: number[]; target: number[] }[]) => pairs.map((p) => `${p.source.join(',')}:${p.target.join(',')}`);

suite('Alignment overrides', () => {
  test('Should keep a pair made by hand, and keep it after the texts are edited elsewhere', () => {
    const s = sentenceSegments(EN).segments;
    const t = sentenceSegments(ZH).segments;
    assert.deepStrictEqual(shape(alignDocuments(s, t)), ['0:0', '1:1', '2:2', '3:3']);
    const merged = overrideFor('pair', s, EN, [0, 1], t, ZH, [0, 1]);
    assert.deepStrictEqual(shape(alignWithOverrides(s, t, EN, ZH, [merged]).pairs), ['0,1:0,1', '2:2', '3:3']);

    const en2 = 'Intro sentence here. ' + EN;
    const zh2 = '开场白。' + ZH;
    const s2 = sentenceSegments(en2).segments;
    const t2 = sentenceSegments(zh2).segments;
    const again = alignWithOverrides(s2, t2, en2, zh2, [merged]);
    assert.deepStrictEqual(shape(again.pairs), ['0:0', '1,2:1,2', '3:3', '4:4']);
    assert.deepStrictEqual(again.orphaned, []);
  });

  test('Should unlink a pair into a sentence without translation and a translation without original', () => {
    const s = sentenceSegments(EN).segments;
    const t = sentenceSegments(ZH).segments;
    const unlinked = overrideFor('unlinked', s, EN, [3], t, ZH, [3]);
    assert.deepStrictEqual(shape(alignWithOverrides(s, t, EN, ZH, [unlinked]).pairs), ['0:0', '1:1', '2:2', '3:', ':3']);
  });

  test('Should report an override whose sentences were deleted as orphaned, and align the rest', () => {
    const s = sentenceSegments(EN).segments;
    const t = sentenceSegments(ZH).segments;
    const merged = overrideFor('pair', s, EN, [2, 3], t, ZH, [2, 3]);
    const en2 = 'We moved to the cloud in 2019. It took us two years.\n';
    const result = alignWithOverrides(sentenceSegments(en2).segments, t, en2, ZH, [merged]);
    assert.deepStrictEqual(result.orphaned, [merged]);
    assert.deepStrictEqual(
      result.pairs.flatMap((p) => p.target),
      [0, 1, 2, 3],
    );
  });

  test('Should replace the decisions an edit overlaps and keep the others', () => {
    const s = sentenceSegments(EN).segments;
    const t = sentenceSegments(ZH).segments;
    const a = overrideFor('pair', s, EN, [0, 1], t, ZH, [0, 1]);
    const b = overrideFor('unlinked', s, EN, [3], t, ZH, [3]);
    const c = overrideFor('pair', s, EN, [1], t, ZH, [1]);
    assert.deepStrictEqual(replaceOverrides([a, b], [c], s, t, EN, ZH), [b, c]);
  });

  test('Should write the sidecar one override a line and read it back; malformed files are messages', () => {
    const s = sentenceSegments(EN).segments;
    const t = sentenceSegments(ZH).segments;
    const sidecar = { version: 1 as const, original: 'talk.en.txt', overrides: [overrideFor('pair', s, EN, [0, 1], t, ZH, [0, 1])] };
    const json = alignmentSidecarJson(sidecar);
    assert.strictEqual(json.split('\n').length, 8);
    assert.deepStrictEqual(parseAlignmentSidecar(json), { ok: true, sidecar });
    assert.strictEqual(parseAlignmentSidecar('{"version":2}').ok, false);
    assert.strictEqual(parseAlignmentSidecar('not json').ok, false);
  });
});

suite('Re-alignment after an edit', () => {
  test('Should align again only the turns whose sentences changed, with the same result as a fresh run', () => {
    const en = '**Ann:** We met in 2019. It rained.\n\n**Bob:** I remember. We had 3 umbrellas.\n\n**Ann:** Right!\n';
    const zh = '**安：** 我们2019年认识的。那天下雨。\n\n**鲍勃：** 我记得。我们有3把伞。\n\n**安：** 没错！\n';
    const cache = new GroupCache();
    const made: string[][] = [];
    const counting = new Proxy(cache, {
      get: (c, key) =>
        key === 'get'
          ? (s: string[], t: string[], make: () => AlignedPair[]) => c.get(s, t, () => (made.push(s), make()))
          : Reflect.get(c, key).bind(c),
    });
    const s = sentenceSegments(en).segments;
    alignDocuments(s, sentenceSegments(zh).segments, {}, counting);
    cache.settle();
    assert.strictEqual(made.length, 3);
    const zh2 = zh.replace('那天下雨。', '那天下着大雨。');
    const again = alignDocuments(s, sentenceSegments(zh2).segments, {}, counting);
    cache.settle();
    assert.deepStrictEqual(made.slice(3), [['We met in 2019.', 'It rained.']]);
    assert.deepStrictEqual(again, alignDocuments(s, sentenceSegments(zh2).segments));
  });
});

suite('Alignment of turns', () => {
  const en = [
    '**Ann:** We built a cache that remembers the result of every build step.',
    '**Bob:** It saved us many hours every week, and the team noticed at once.',
    '**Ann:** We also moved the slow tests to a nightly run.',
    '**Bob:** That cut the waiting time in half for everyone on the team.',
    '**Ann:** Next we want to share the cache between the teams.',
    '',
  ].join('\n\n');
  const zh = [
    '**安：** 我们做了一个缓存，能记住每个构建步骤的结果。',
    '**鲍勃：** 它每周为我们节省了好几个小时，团队马上就注意到了。',
    '**安：** 我们还把慢的测试挪到了每晚运行。',
    '**鲍勃：** 这让团队里每个人的等待时间减少了一半。',
    '**安：** 接下来我们想让各个团队共用这个缓存。',
    '',
  ].join('\n\n');
  const align = (target: string) => shape(alignDocuments(sentenceSegments(en).segments, sentenceSegments(target).segments));

  test('Should find the sentence a turn lacks by the whole translation, not by that turn alone', () => {
    // Bob's second turn has two sentences in the original, one in the translation.
    const source = en.replace('half for everyone on the team.', 'half for everyone on the team. The builds got faster as well.');
    assert.deepStrictEqual(shape(alignDocuments(sentenceSegments(source).segments, sentenceSegments(zh).segments)), [
      '0:0',
      '1:1',
      '2:2',
      '3:3',
      '4:',
      '5:4',
    ]);
  });

  test('Should pair a turn still to translate with its placeholder', () => {
    const inProgress = zh.replace('接下来我们想让各个团队共用这个缓存。', '…');
    assert.deepStrictEqual(align(inProgress), ['0:0', '1:1', '2:2', '3:3', '4:4']);
  });
});
