import * as assert from 'assert';
import fc from 'fast-check';
import { alignSegments, type AlignedPair } from '../../src/core/align/align';
import { alignDocuments } from '../../src/core/align/documents';
import { lineSegments, sentenceSegments } from '../../src/core/align/segments';

const shape = (pairs: AlignedPair[]): string[] => pairs.map((p) => `${p.source.join(',')}:${p.target.join(',')}`);

// Every segment of both sides in exactly one pair, in order.
function assertCovers(pairs: AlignedPair[], n: number, m: number): void {
  assert.deepStrictEqual(
    pairs.flatMap((p) => p.source),
    Array.from({ length: n }, (_, i) => i),
  );
  assert.deepStrictEqual(
    pairs.flatMap((p) => p.target),
    Array.from({ length: m }, (_, i) => i),
  );
  for (const p of pairs) {
    assert.ok(p.source.length + p.target.length > 0, 'no pair is empty on both sides');
    assert.ok(p.score >= 0 && p.score <= 1, `score ${p.score} in [0, 1]`);
  }
}

suite('Aligner', () => {
  test('Should pair an English interview with its Chinese translation one to one', () => {
    const en = [
      'Welcome to the show, Kelsey.',
      'Thanks for having me!',
      'You started working on Kubernetes in 2014, right?',
      'Yes, and back then we had maybe 30 contributors.',
      'Today there are more than 3,000.',
    ];
    const zh = [
      '欢迎来到节目，Kelsey。',
      '谢谢邀请！',
      '你是2014年开始做 Kubernetes 的，对吧？',
      '是的，那时候我们大概只有三十个贡献者。',
      '如今已经超过3000人了。',
    ];
    const pairs = alignSegments(en, zh);
    assert.deepStrictEqual(shape(pairs), ['0:0', '1:1', '2:2', '3:3', '4:4']);
  });

  test('Should join two English sentences the translator merged, and split one the translator split', () => {
    const en = [
      'We moved the whole platform to GitHub Actions in 2021.',
      'It took six weeks.',
      'It was hard.',
      'The old build server had been running since 2012 and nobody knew how it was configured anymore, so every change was a risk.',
      'Now a build takes 4 minutes instead of 40.',
    ];
    const zh = [
      '2021年，我们把整个平台迁移到了 GitHub Actions。',
      '花了六周时间，过程很艰难。',
      '旧的构建服务器从2012年起就一直在运行。',
      '已经没有人知道它是怎么配置的了，所以每一次改动都有风险。',
      '现在一次构建只需要4分钟，而不是40分钟。',
    ];
    assert.deepStrictEqual(shape(alignSegments(en, zh)), ['0:0', '1,2:1', '3:2,3', '4:4']);
  });

  test('Should leave an omitted sentence and an added note without a counterpart', () => {
    const en = [
      'Our team grew from 5 people to 120 in three years.',
      'I remember the day we hired our 50th engineer very clearly because we ordered a huge cake for the whole office.',
      'By 2020 we had offices in Berlin, Lisbon and Toronto.',
      'Hiring was the hardest part.',
      'We interviewed almost 900 candidates in 2019 alone!',
      'What would you tell a founder starting today?',
    ];
    const zh = [
      '三年里，我们的团队从5个人发展到了120人。',
      '到2020年，我们已经在 Berlin、Lisbon 和 Toronto 设立了办公室。',
      '招聘是最难的部分。',
      '仅在2019年，我们就面试了将近900名候选人！',
      '（译注：这一数字包括实习生。）',
      '你会对今天刚起步的创始人说些什么？',
    ];
    const got = shape(alignSegments(en, zh));
    // The note is either a pair of its own or joined to the sentence it annotates, never to the next one.
    assert.ok(
      [
        ['0:0', '1:', '2:1', '3:2', '4:3', ':4', '5:5'],
        ['0:0', '1:', '2:1', '3:2', '4:3,4', '5:5'],
      ].some((want) => want.join(' ') === got.join(' ')),
      got.join(' '),
    );
  });

  test('Should align Korean with English by numbers, Latin names and question marks', () => {
    const en = [
      'How many users does Grafana have now?',
      'More than 20 million.',
      'That is incredible!',
      'We started with 3 people in Stockholm.',
    ];
    const ko = ['지금 Grafana 사용자는 몇 명인가요?', '2천만 명이 넘습니다.', '정말 놀랍네요!', '우리는 Stockholm에서 3명으로 시작했어요.'];
    assert.deepStrictEqual(shape(alignSegments(en, ko)), ['0:0', '1:1', '2:2', '3:3']);
  });

  test('Should align turns with turns when both documents have the same turns', () => {
    const en = '**Maya:** Hello there. How are you?\n\n**Tom:** Fine, thanks. And you?\n';
    const zh = '**玛雅：** 你好。你好吗？\n\n**汤姆：** 很好，谢谢。你呢？\n';
    const s = sentenceSegments(en).segments;
    const t = sentenceSegments(zh).segments;
    assert.deepStrictEqual(
      s.map((x) => x.text),
      ['Hello there.', 'How are you?', 'Fine, thanks.', 'And you?'],
    );
    assert.deepStrictEqual(shape(alignDocuments(s, t)), ['0:0', '1:1', '2:2', '3:3']);
  });

  test('Should take every non-empty line as one segment when the input is segmented', () => {
    const segs = lineSegments('one. two.\r\n\r\nthree\n').segments;
    assert.deepStrictEqual(
      segs.map((s) => s.text),
      ['one. two.', 'three'],
    );
    assert.deepStrictEqual(segs[1].range, { start: 13, end: 18 });
  });

  test('Should cover every segment exactly once, in order, for any input, including empty sides', () => {
    const sentence = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('The 3 engineers met in Berlin.', '他们在柏林见了面。', '2만 명!', '?', '', 'https://example.com/a'),
    );
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), fc.array(sentence, { maxLength: 30 }), (src, tgt) => {
        assertCovers(alignSegments(src, tgt), src.length, tgt.length);
      }),
      { numRuns: 300 },
    );
  });

  test('Should find its way back after a long passage left untranslated (the band widens)', () => {
    const src = Array.from(
      { length: 400 },
      (_, i) => `In ${1000 + i} the committee met ${i % 7 === 0 ? 'again' : 'once more'} to discuss item ${i}.`,
    );
    const tgt = [...src.slice(0, 125), ...src.slice(275)];
    const pairs = alignSegments(src, tgt);
    assertCovers(pairs, 400, 250);
    const expected = (i: number): number => (i < 125 ? i : i >= 275 ? i - 150 : -1);
    // Next to the gap, a sentence may be joined to its neighbour; everywhere else each sentence is itself.
    const wrong = pairs.filter(
      (p) =>
        (p.source[0] < 123 || p.source[0] > 276) &&
        (p.source.length !== 1 || (p.target.length ? p.target[0] : -1) !== expected(p.source[0])),
    );
    assert.deepStrictEqual(wrong, []);
    assert.ok(pairs.filter((p) => !p.target.length).length >= 146, 'the untranslated passage is left unpaired');
  });
});
