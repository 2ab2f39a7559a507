import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, preferredEdits, runChecks } from '../../src/core';
import { duplicatePassage } from '../../src/core/checks/duplicate-passage/duplicate-passage';
import { repetition } from '../../src/core/checks/repetition/repetition';
import { joinLines, readSeed, repoRoot } from './helpers';

const check = (text: string) => runChecks(text, { checks: [duplicatePassage] });
const flagged = (text: string) => check(text).map((f) => text.slice(f.range.start, f.range.end));
const fixed = (text: string) => applyEdits(text, preferredEdits(check(text))).text;

suite('duplicate-passage', () => {
  test('Should find a looped passage whose copies are cut into sentences differently, and delete the later copy', () => {
    const first = 'Our band toured for years, because the drummer lived on a boat in the harbour, and then it was hard to rehearse.';
    const second = 'Every song was written on that boat.';
    const loop =
      'The drummer lived on a boat in the harbour, and then it was really hard to rehearse. Every song was written on that boat.';
    const text = joinLines(first, second, loop);
    const [f, ...rest] = check(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(f.range.start, f.range.end), loop);
    assert.match(f.message, /passage nearly repeats the text at line 1/);
    assert.deepStrictEqual(f.suggestions, ['']);
    const earlier = f.related[0].range;
    assert.strictEqual(
      text.slice(earlier.start, earlier.end),
      'the drummer lived on a boat in the harbour, and then it was hard to rehearse.\nEvery song was written on that boat.',
    );
    assert.strictEqual(fixed(text), joinLines(first, second));
  });

  test('Should find an exact repeated sentence in German and delete it with the space before it', () => {
    const text = joinLines(
      'Wir haben das Projekt im letzten Sommer gemeinsam abgeschlossen. Danach kam der Urlaub.',
      '',
      'Das Team war zufrieden. Wir haben das Projekt im letzten Sommer gemeinsam abgeschlossen. Alle waren froh.',
    );
    assert.deepStrictEqual(flagged(text), ['Wir haben das Projekt im letzten Sommer gemeinsam abgeschlossen.']);
    assert.match(check(text)[0].message, /This sentence repeats the text at line 1/);
    assert.strictEqual(
      fixed(text),
      joinLines(
        'Wir haben das Projekt im letzten Sommer gemeinsam abgeschlossen. Danach kam der Urlaub.',
        '',
        'Das Team war zufrieden. Alle waren froh.',
      ),
    );
  });

  test('Should leave a sentence said again right after itself to repetition, in English and Chinese, and keep the rest', () => {
    const checks = [duplicatePassage, repetition];
    const ids = (text: string) => runChecks(text, { checks }).map((f) => `${f.checkId}: ${text.slice(f.range.start, f.range.end)}`);
    const en = 'We moved every service to the new cluster last year.';
    assert.deepStrictEqual(ids(joinLines(`Guest: ${en} ${en} It went well.`)), [
      'repetition: . We moved every service to the new cluster last year',
    ]);
    const zh = '我们把所有服务都迁到了新的集群上。';
    assert.deepStrictEqual(ids(joinLines(`嘉宾：${zh}${zh}效果很好。`)), ['repetition: 。我们把所有服务都迁到了新的集群上']);
    // With a sentence between the copies, or the copy in a later paragraph, it is no clause said twice in a row.
    assert.deepStrictEqual(ids(joinLines(`Guest: ${en} It went well. ${en}`)), [`duplicate-passage: ${en}`]);
    assert.deepStrictEqual(ids(joinLines(`Guest: ${en}`, '', `Host: ${en}`)), [`duplicate-passage: ${en}`]);
  });

  test('Should delete a repeated sentence whole where a title or an initial splits it for ICU', () => {
    const said = 'Dr. Amal Haddad said the results were excellent, e.g. the accuracy improved a lot.';
    const text = joinLines(`We met Dr. Amal Haddad in the lab. ${said} Then we left.`, '', `Later that day it rained. ${said}`);
    assert.deepStrictEqual(flagged(text), [said]);
    assert.strictEqual(fixed(text), joinLines(`We met Dr. Amal Haddad in the lab. ${said} Then we left.`, '', 'Later that day it rained.'));
  });

  test('Should find near copies in Chinese and exact copies in Korean', () => {
    const zh = joinLines(
      '我们在去年夏天一起完成了这个非常重要的项目。然后大家去度假了。',
      '',
      '我们在去年夏天一起完成了这个很重要的项目。',
    );
    assert.deepStrictEqual(flagged(zh), ['我们在去年夏天一起完成了这个很重要的项目。']);
    assert.match(check(zh)[0].message, /nearly repeats the text at line 1/);
    const ko = joinLines(
      '우리는 작년 여름에 이 프로젝트를 함께 끝냈습니다. 모두 기뻤어요.',
      '',
      '그리고 우리는 작년 여름에 이 프로젝트를 함께 끝냈습니다.',
    );
    assert.deepStrictEqual(flagged(ko), []); // the second copy is inside a longer sentence: not a whole repeat
    const ko2 = joinLines(
      '우리는 작년 여름에 이 프로젝트를 함께 끝냈습니다. 모두 기뻤어요.',
      '',
      '우리는 작년 여름에 이 프로젝트를 함께 끝냈습니다.',
    );
    assert.strictEqual(fixed(ko2), '우리는 작년 여름에 이 프로젝트를 함께 끝냈습니다. 모두 기뻤어요.\n');
  });

  test('Should delete a repeated speaker turn together with its label and one blank line', () => {
    const text = joinLines(
      '**Ana**: Vamos a empezar con la primera pregunta de la entrevista.',
      '',
      '**Luis**: Claro, estoy listo para responder.',
      '',
      '**Ana**: Vamos a empezar con la primera pregunta de la entrevista.',
      '',
      '**Luis**: Perfecto.',
    );
    assert.deepStrictEqual(flagged(text), ['Vamos a empezar con la primera pregunta de la entrevista.']);
    assert.strictEqual(
      fixed(text),
      joinLines(
        '**Ana**: Vamos a empezar con la primera pregunta de la entrevista.',
        '',
        '**Luis**: Claro, estoy listo para responder.',
        '',
        '**Luis**: Perfecto.',
      ),
    );
  });

  test('Should delete a loop that crosses speaker turns without moving text between speakers', () => {
    const text = joinLines(
      '**Ana**: Hoy hablamos del mercado. Los pescadores venden todo el pescado antes de las ocho.',
      '**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo.',
      '**Ana**: Qué pena. Los pescadores venden todo el pescado antes de las ocho.',
      '**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo. Pero compran recuerdos.',
    );
    assert.deepStrictEqual(flagged(text), [
      'Los pescadores venden todo el pescado antes de las ocho.\n**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo.',
    ]);
    assert.strictEqual(
      fixed(text),
      joinLines(
        '**Ana**: Hoy hablamos del mercado. Los pescadores venden todo el pescado antes de las ocho.',
        '**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo.',
        '**Ana**: Qué pena.',
        '**Luis**: Pero compran recuerdos.',
      ),
    );
    const across = joinLines(
      '**Ana**: Los pescadores venden todo el pescado antes de las ocho.',
      '',
      '**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo.',
      '',
      '**Ana**: Los pescadores venden todo el pescado antes de las ocho.',
      '',
      '## Segunda parte',
      '',
      '**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo.',
      '',
      '**Ana**: Adiós.',
    );
    assert.strictEqual(
      fixed(across),
      joinLines(
        '**Ana**: Los pescadores venden todo el pescado antes de las ocho.',
        '',
        '**Luis**: Y los turistas llegan siempre demasiado tarde para comprarlo.',
        '',
        '## Segunda parte',
        '',
        '**Ana**: Adiós.',
      ),
    );
  });

  test('Should delete whole the turns a copy runs through when it starts and ends mid-sentence in the turns around them', () => {
    const catch_ = '**Luis**: We sold the whole catch at the market in an hour. Then we mended the nets until noon.';
    const storm = '**Ana**: <!-- noted by the editor --> The storm kept every boat in the harbour for a week. Nobody complained.';
    const earlier = [
      '**Ana**: The harbour was quiet that morning. The boats came back before sunrise with full nets.',
      catch_,
      '**Ana**: After lunch the wind turned and the sea went grey. Nobody went out again that day.',
    ];
    // One turn between the copy's ends: its two sentences are the copy, a passage.
    const once = joinLines(
      ...earlier,
      '',
      '**Ana**: Nothing like the next week, when the boats came back before sunrise with full nets.',
      catch_,
      '**Ana**: After lunch the rain came down hard on the roofs, as it does in spring.',
    );
    const [f, ...rest] = check(once);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(once.slice(f.range.start, f.range.end), catch_.slice('**Luis**: '.length));
    assert.match(f.message, /This passage nearly repeats the text at line 1/);
    assert.strictEqual(
      fixed(once),
      joinLines(
        ...earlier,
        '',
        '**Ana**: Nothing like the next week, when the boats came back before sunrise with full nets.',
        '**Ana**: After lunch the rain came down hard on the roofs, as it does in spring.',
      ),
    );
    // Several turns between them: each goes with its label, but for a sentence a comment opens, which is not prose.
    const middle = [catch_, storm, '**Luis**: The nets dried on the harbour wall. We counted the floats twice.'];
    const many = joinLines(
      earlier[0],
      ...middle,
      earlier[2],
      '',
      '**Ana**: Nothing like the next week, when the boats came back before sunrise with full nets.',
      ...middle,
      '**Ana**: After lunch the rain came down hard on the roofs, as it does in spring.',
    );
    assert.strictEqual(check(many).length, 1);
    assert.strictEqual(
      fixed(many),
      joinLines(
        earlier[0],
        ...middle,
        earlier[2],
        '',
        '**Ana**: Nothing like the next week, when the boats came back before sunrise with full nets.',
        '**Ana**: <!-- noted by the editor --> The storm kept every boat in the harbour for a week.',
        '**Ana**: After lunch the rain came down hard on the roofs, as it does in spring.',
      ),
    );
  });

  test('Should not flag pull quotes, headings, short or formulaic sentences, or merely similar ones', () => {
    const text = joinLines(
      '## Die Arbeit im Team ist wichtig für alle Beteiligten',
      '',
      '**Eva**: Die Arbeit im Team ist wichtig für alle Beteiligten. Danke schön.',
      '',
      '“Die Arbeit im Team ist wichtig für alle Beteiligten.”',
      '',
      '—Eva',
      '',
      '**Max**: Danke schön. Thanks for listening to our little show. The build takes ten minutes on the old server every morning.',
      'Thanks for listening to our little show. Thanks for listening to our little show. Thanks for listening to our little show.',
      'The test takes twenty minutes on the new server every evening.',
      '确实如此。确实如此。',
    );
    assert.deepStrictEqual(flagged(text), []);
  });

  test('Should find both loops of the recognised talk in seed 002 and nothing in the other seeds', () => {
    assert.deepStrictEqual(
      ['000', '001', '003', '004'].map((s) => check(readSeed(s)).length),
      [0, 0, 0, 0],
    );
    const text = readSeed('002');
    const found = check(text);
    assert.strictEqual(found.length, 2);
    const [loop, deploy] = found.map((f) => text.slice(f.range.start, f.range.end));
    assert.ok(loop.startsWith('A world where a lot of teams are spread all around the world, like you have developers'), loop);
    assert.ok(loop.endsWith('you need to insist that people always speak the same language.'), loop);
    const earlier = found[0].related[0].range;
    assert.ok(text.slice(earlier.start, earlier.end).startsWith('a world where a lot of teams are spread all around the world'));
    assert.ok(deploy.startsWith("So if it's difficult to deploy, then learn to do that with less outages."), deploy);
    assert.ok(deploy.endsWith('So you can have the history, you can amend it, you can see what would change that stuff.'), deploy);
    const after = fixed(text);
    assert.strictEqual(after.split('A world where a lot of teams').length, 1);
    assert.ok(after.includes('people always speak the same language.\nAnd then you need to build the trust.'));
    assert.ok(after.includes('You can see what would change that stuff.\nAnd you can deploy the monitoring'));
  });

  test('Should never throw and keep ranges inside the text on hostile input', () => {
    const sentence = 'This sentence is long enough to be compared with the other one. ';
    for (const text of [
      '',
      '\uFEFF',
      '\uFEFF' + sentence + '\r\n\r\n' + sentence + '\r\n',
      '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈。𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈。',
      sentence.repeat(2000),
      'a. '.repeat(50_000),
      '😀'.repeat(1000) + '. ' + '😀'.repeat(1000) + '.',
    ]) {
      for (const f of check(text)) {
        assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start < f.range.end);
        for (const e of f.fixes[0].edits) assert.ok(e.range.start >= 0 && e.range.end <= text.length);
      }
    }
    const crlf = sentence.trim() + '\r\n\r\nOther words here.\r\n\r\n' + sentence.trim() + '\r\n';
    assert.strictEqual(fixed(crlf), sentence.trim() + '\r\n\r\nOther words here.\r\n');
    const astral = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈。𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈。';
    assert.deepStrictEqual(flagged(astral), ['𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈。']);
    assert.strictEqual(check(sentence.repeat(2000)).length, 0); // a formula, not a loop
  });

  test('Should not compare code blocks or inline directives', () => {
    const text = joinLines(
      '<!-- interlinear-disable repetition -->',
      'Knock knock, who is there at this very late hour of the night?',
      '<!-- interlinear-enable repetition -->',
      '',
      '```',
      'Knock knock, who is there at this very late hour of the night?',
      '```',
      '',
      '<!-- interlinear-disable repetition -->',
      'Something else entirely, said once and only once.',
      '<!-- interlinear-enable repetition -->',
    );
    assert.deepStrictEqual(flagged(text), []);
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'duplicate-passage.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    const example = block('Example');
    assert.ok(check(example).length > 0);
    assert.strictEqual(fixed(example), block('Fixed'));
  });
});
