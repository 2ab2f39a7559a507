import * as assert from 'assert';
import { matchAttribution, matchBoldHeading, matchHeading, matchMetadata, matchPullQuote, matchSpeakerLabel } from '../../src/core';

suite('Speaker labels', () => {
  const positives: [string, string, string?][] = [
    ['**维克托·法尔奇**：我有个问题', '维克托·法尔奇'],
    ['**Damien Duportal**: Exactly.', 'Damien Duportal'],
    ['**Q:** What is it?', 'Q'],
    ['Viktor Farcic: 我想用一个问题', 'Viktor Farcic'],
    ['张三：你好', '张三'],
    ['[00:12:34] Maria Lopez: Thanks for having me.', 'Maria Lopez', '00:12:34'],
    ['00:12:34 Maria: Right.', 'Maria', '00:12:34'],
    ['HOST: Welcome back.', 'HOST'],
    ['SPEAKER_01: Okay so', 'SPEAKER_01'],
    ['Speaker 2: yes', 'Speaker 2'],
    ['Anna Smith (00:12): Hello there.', 'Anna Smith', '00:12'],
    ['J. R. Smith: Hmm.', 'J. R. Smith'],
    ['Ludwig van Beethoven: Da-da-da-dum.', 'Ludwig van Beethoven'],
    ['Jean-Luc Picard: Engage.', 'Jean-Luc Picard'],
    ['김철수: 안녕하세요', '김철수'],
    ['サトウ・ユキ：はい、そうです', 'サトウ・ユキ'],
    ["O'Brien: Aye.", "O'Brien"],
  ];
  for (const [line, name, timestamp] of positives) {
    test(`Should read the label of ${JSON.stringify(line)}`, () => {
      const m = matchSpeakerLabel(line);
      assert.ok(m, 'no label');
      assert.strictEqual(m.name, name);
      assert.strictEqual(line.slice(m.nameStart, m.nameEnd), name);
      assert.strictEqual(m.timestamp, timestamp);
      assert.ok(line.slice(m.labelEnd).trim().length > 0);
    });
  }

  const negatives = [
    'the answer is: yes',
    'Note: this was recorded live.',
    'So my name is Julien: a consultant.',
    'See https://example.com/a:b for details',
    'We met at 12:30 in the lobby.',
    '**答案有三点:**',
    '我经常听到潜在客户说这样的话:“只有 15 个人”',
    '### DevOps之工具：无招胜有招',
    'Viktor Farcic:',
    'Kubernetes:the missing space',
    '예를 들어 말하자면: 이것은',
    'Step 1: install it',
    '',
  ];
  for (const line of negatives) {
    test(`Should not read a label in ${JSON.stringify(line)}`, () => {
      assert.strictEqual(matchSpeakerLabel(line), undefined);
    });
  }

  test('Should stay linear on a huge line with a colon far away', () => {
    const line = 'Anna' + ' x'.repeat(500_000) + ': y';
    assert.strictEqual(matchSpeakerLabel(line), undefined);
  });
});

suite('Headings, metadata, quotes and attributions', () => {
  test('Should read ATX headings and strip closing hashes', () => {
    const h = matchHeading('## Title ##');
    assert.deepStrictEqual(h && { level: h.level, text: '## Title ##'.slice(h.textStart, h.textEnd) }, { level: 2, text: 'Title' });
    assert.strictEqual(matchHeading('#hashtag'), undefined);
    assert.strictEqual(matchHeading('####### seven'), undefined);
  });

  test('Should read a bold-only line as a level-7 heading, but not bold prose', () => {
    assert.strictEqual(matchBoldHeading('**答案有三点:**')?.level, 7);
    assert.strictEqual(matchHeading('**答案有三点:**'), undefined);
    assert.strictEqual(matchBoldHeading('**Bold** and prose'), undefined);
    assert.strictEqual(matchBoldHeading('**a** **b**'), undefined);
  });

  test('Should read metadata keys in several languages', () => {
    for (const [line, key, value] of [
      ['> 原文：<https://example.com/x>', '原文', '<https://example.com/x>'],
      ['저자 : Mike Loukides', '저자', 'Mike Loukides'],
      ['Source: The Podcast, ep. 4', 'Source', 'The Podcast, ep. 4'],
      ['Translated by: Lee  ', 'Translated by', 'Lee'],
    ]) {
      const m = matchMetadata(line);
      assert.ok(m, line);
      assert.strictEqual(m.key, key);
      assert.strictEqual(line.slice(m.valueStart, m.valueEnd), value);
    }
    assert.strictEqual(matchMetadata('Sourcery: not a key'), undefined);
  });

  test('Should read whole-line quotations in four quote styles, not two quotations', () => {
    for (const line of ['“引文。”', '"A quote."', '「引用」', '『引用』', '”反了的引号“']) assert.ok(matchPullQuote(line), line);
    assert.strictEqual(matchPullQuote('"a" and "b"'), undefined);
    assert.strictEqual(matchPullQuote('“unclosed'), undefined);
  });

  test('Should read attribution lines with several dash styles', () => {
    for (const line of ['—达米安·杜波塔尔', '—— Jane Roe, CTO', '-- Jane', '― 김철수', '– Anna']) {
      const m = matchAttribution(line);
      assert.ok(m, line);
      assert.ok(!/^[\s—―–-]/u.test(line.slice(m.nameStart, m.nameEnd)));
    }
    assert.strictEqual(matchAttribution('—这是一个句子。然后继续。'), undefined);
    assert.strictEqual(matchAttribution('-- ' + 'x'.repeat(200)), undefined);
  });
});
