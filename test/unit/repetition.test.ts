import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, preferredEdits, runChecks } from '../../src/core';
import { repetition } from '../../src/core/checks/repetition/repetition';
import { readSeed, repoRoot } from './helpers';

const check = (text: string) => runChecks(text, { checks: [repetition] });
const flagged = (text: string) => check(text).map((f) => text.slice(f.range.start, f.range.end));
const fixed = (text: string) => applyEdits(text, preferredEdits(check(text))).text;

suite('repetition', () => {
  // Found by the hardening property test: the marks were a repeated "unit" of their own, and their deletion fell
  // inside the phrase's, so fix-all had two overlapping edits.
  test('Should never cut combining marks from their letter, and keep fixes apart where repeats meet', () => {
    const text = 'カタカナのテキスト\u0301\u0308\u0301\u0308 カタカナのテキスト\u0301\u0308\u0301\u0308';
    const found = runChecks(text, { checks: [repetition] });
    assert.deepStrictEqual(
      found.map((f) => text.slice(f.range.start, f.range.end)),
      [' カタカナのテキスト\u0301\u0308\u0301\u0308'],
    );
    assert.strictEqual(applyEdits(text, preferredEdits(found)).text, 'カタカナのテキスト\u0301\u0308\u0301\u0308');
  });

  test('Should flag a doubled English word and delete the second copy with its space', () => {
    const text = 'I went to the the store.';
    const [f] = check(text);
    assert.strictEqual(text.slice(f.range.start, f.range.end), ' the');
    assert.deepStrictEqual(f.suggestions, ['']);
    assert.strictEqual(f.fixes[0].preferred, true);
    assert.deepStrictEqual(
      f.related.map((r) => [r.range.start, r.range.end]),
      [[10, 13]],
    );
    assert.match(f.message, /“the” is repeated/);
    assert.strictEqual(fixed(text), 'I went to the store.');
  });

  test('Should compare words case-insensitively and keep one of three copies', () => {
    assert.deepStrictEqual(flagged('so they They do not care'), [' They']);
    const three = 'We we we need a plan.';
    assert.deepStrictEqual(flagged(three), [' we we']);
    assert.match(check(three)[0].message, /3 times/);
    assert.strictEqual(fixed(three), 'We need a plan.');
  });

  test('Should flag repeated phrases of several words in English, Spanish and German', () => {
    assert.deepStrictEqual(flagged('I think I think it works.'), [' I think']);
    assert.strictEqual(fixed('Creo que creo que es verdad.'), 'Creo que es verdad.');
    assert.deepStrictEqual(flagged('Ich weiß nicht, ich ich weiß es nicht.'), [' ich']);
  });

  test('Should flag a clause said twice around a comma but not a list of clauses', () => {
    const text = 'Instead of one big job, one big job, you get small ones.';
    assert.deepStrictEqual(flagged(text), [', one big job']);
    assert.strictEqual(fixed(text), 'Instead of one big job, you get small ones.');
    assert.deepStrictEqual(flagged('A server that anyone can see, anyone can see the logs, anyone can see the results.'), []);
    assert.deepStrictEqual(flagged('It is really, really good, very, very good.'), []);
  });

  test('Should flag a word restarted with a capital after a comma, in English and German, but not "no, no"', () => {
    const en = 'If there is a problem and you, You put everyone on call.';
    assert.deepStrictEqual(flagged(en), [', You']);
    assert.strictEqual(fixed(en), 'If there is a problem and you put everyone on call.');
    assert.strictEqual(fixed('Und dann, Dann haben wir es gebaut.'), 'Und dann haben wir es gebaut.');
    assert.deepStrictEqual(flagged('No, no, that is wrong. Well, well, well.'), []);
    assert.deepStrictEqual(flagged('We met Ana, Ana from Lisbon, and left.'), []);
  });

  test('Should flag repeated runs of ideographs and doubled particles in Chinese', () => {
    assert.deepStrictEqual(flagged('我们我们应该走了。'), ['我们']);
    assert.strictEqual(fixed('这个这个问题很难。'), '这个问题很难。');
    assert.strictEqual(fixed('这是我的的书。'), '这是我的书。');
    assert.strictEqual(fixed('我觉得就是就是这样，然后然后我们走了。'), '我觉得就是这样，然后我们走了。');
    const text = '他们他们他们都来了';
    assert.deepStrictEqual(flagged(text), ['他们他们']);
    assert.strictEqual(fixed(text), '他们都来了');
  });

  test('Should flag a repeated Korean word and a repeated Japanese phrase', () => {
    assert.strictEqual(fixed('그 그 사람은 누구예요?'), '그 사람은 누구예요?');
    assert.deepStrictEqual(flagged('이 문제 이 문제 때문에 늦었어요.'), [' 이 문제']);
    assert.strictEqual(fixed('ですからですから、明日行きます。'), 'ですから、明日行きます。');
  });

  test('Should leave legitimate reduplication and grammatical doubles alone', () => {
    for (const text of [
      'He had had enough. It is not like that that it works.',
      'Bye bye, see you in Bora Bora.',
      'Sie sagte, dass die die Regeln kennen. Nous nous sommes vus.',
      '谢谢谢谢！我们看看吧，慢慢来，人人都说常常去。',
      '我们研究研究，一步一步来，是是非非说不清。',
      '现在在这里工作，没有有效的沟通，深入实地地做，其他他们不管，目的的实现。',
      'いろいろ考えて、どきどきしました。それはそれは大変でした。',
      '정말 정말 고마워요. 네 네, 알겠습니다.',
      'Do it more often and more often and more often; time and time and again.',
      '用网络用语就是“任务、任务、任务”。',
      'Scores were 1 1 and 2 2.',
      // Discourse markers said twice on purpose, as recognisers write them without the comma.
      'right right i was writing java services, okay okay, sure sure.',
    ]) {
      assert.deepStrictEqual(flagged(text), [], text);
    }
  });

  test('Should not look inside code, URLs or Markdown link targets', () => {
    assert.deepStrictEqual(flagged('Run `echo the the` or see https://example.com/the/the and [docs](http://x.org/a/a).'), []);
  });

  test('Should find the real repeats in the seeds and nothing else', () => {
    const counts = ['000', '001', '002', '003', '004'].map((s) => check(readSeed(s)).length);
    assert.deepStrictEqual(counts, [0, 1, 3, 0, 0]);
    const seed1 = readSeed('001');
    const [f] = check(seed1);
    assert.strictEqual(seed1.slice(f.range.start, f.range.end), '性甚至不到');
    assert.ok(fixed(seed1).includes('可能性甚至不到50/50'));
    const seed2 = readSeed('002');
    assert.deepStrictEqual(flagged(seed2), [' They', ', You', ', one big blow job']);
  });

  test('Should never throw and keep ranges inside the text on hostile input', () => {
    const huge = 'the '.repeat(50_000);
    for (const text of [
      '',
      '\uFEFF',
      'the the\r\nthe the\r\n',
      '\uFEFFwe we',
      '𠀀𠀀𠀀𠀀 𠀀𠀀 𠀀𠀀',
      '𠀀a𠀀a 😀😀 😀 😀',
      huge,
      '我们'.repeat(20_000),
      'a\u0301 a\u0301',
    ]) {
      const found = check(text);
      for (const f of found) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
    }
    assert.deepStrictEqual(flagged('the the\r\nthe the\r\n'), [' the', ' the']);
    assert.deepStrictEqual(flagged('\uFEFFwe we'), [' we']);
    assert.deepStrictEqual(flagged('𠀀𠀀𠀀𠀀 𠀀𠀀 𠀀𠀀'), [' 𠀀𠀀']);
    assert.strictEqual(check(huge).length, 1);
    assert.strictEqual(fixed(huge), 'the ');
  });

  test('Should not take table columns or identifiers for repeated words', () => {
    assert.deepStrictEqual(flagged('term\tterm_lang\tnote'), []);
    assert.deepStrictEqual(flagged('The note note_id column.'), []);
    assert.deepStrictEqual(flagged('The note note column.'), [' note']);
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'repetition.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    const example = block('Example');
    assert.ok(check(example).length > 0);
    assert.strictEqual(fixed(example), block('Fixed'));
  });
});

suite('repetition: clauses', () => {
  test('Should flag a Chinese clause repeated across a comma and delete the second copy', () => {
    const text = '我们要做的是把服务拆开，我们要做的是把服务拆开，然后再部署。';
    assert.deepStrictEqual(flagged(text), ['，我们要做的是把服务拆开']);
    assert.strictEqual(fixed(text), '我们要做的是把服务拆开，然后再部署。');
  });

  test('Should flag a Japanese clause and an English sentence said twice in a row', () => {
    assert.deepStrictEqual(flagged('サービスを分割しました、サービスを分割しました、それから移行します。'), ['、サービスを分割しました']);
    const en = 'We moved the whole team to the new platform. We moved the whole team to the new platform. It worked.';
    assert.deepStrictEqual(flagged(en), ['. We moved the whole team to the new platform']);
  });

  test('Should leave short answers said twice, and clauses repeated apart', () => {
    assert.deepStrictEqual(flagged('是的，是的，我们就是这么做的。'), []);
    assert.deepStrictEqual(flagged('Yes, yes, that is right.'), []);
    assert.deepStrictEqual(flagged('我们要做的是拆分服务，然后测试，我们要做的是拆分服务。'), []);
    assert.deepStrictEqual(flagged('你好你好，欢迎来到节目。'), []);
    assert.deepStrictEqual(flagged('没事没事，我们继续。'), []);
    assert.deepStrictEqual(flagged('那里的海非常非常漂亮，真的真的值得去。'), []);
  });

  test('Should end a clause at a colon before a space, not inside a time or a URL', () => {
    const en =
      'On both sides, the mental model is the same on both platforms, the mental model is the same on both platforms: state in, view out.';
    assert.deepStrictEqual(flagged(en), [', the mental model is the same on both platforms']);
    assert.deepStrictEqual(flagged('我们的想法是把服务拆开：我们的想法是把服务拆开：然后部署。'), ['：我们的想法是把服务拆开']);
    assert.deepStrictEqual(flagged('We met at 10:30 and met again at 10:30 on the next day, see https://example.com:8080/a.'), []);
  });
});
