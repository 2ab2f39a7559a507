import * as assert from 'assert';
import { applyEdits, parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { termConsistency } from '../../src/core/checks/term-consistency/term-consistency';
import { joinLines, readSeed } from './helpers';

function check(text: string, glossary?: Glossary): Finding[] {
  return runChecks(text, { checks: [termConsistency], ...(glossary ? { glossary } : {}) });
}

function pairs(text: string, findings: readonly Finding[]): [string, string][] {
  return findings.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]);
}

const CHINESE = joinLines(
  '## 服务网格访谈',
  '',
  '主持人：你们什么时候开始用服务网格（service mesh）的？',
  '林晓：两年前。服务网格让我们把流量管理从代码里拿出来。服务网格的好处很多。',
  '主持人：有人把它叫服务网（service mesh），你怎么看？',
  '林晓：服务网这个说法不太准确，我们内部都说服务网格。服务网络是另一回事。',
);

const KOREAN = joinLines(
  '# 데이터 센터 이야기',
  '',
  '진행자: 데이터 센터는 몇 개를 운영하시나요?',
  '박지훈: 데이터 센터는 세 곳입니다. 데이터센터 하나는 부산에 있어요. 새 데이터 센터도 짓고 있고, 데이터 센터 전력이 문제입니다.',
  '진행자: 서버리스(Serverless)는요?',
  '박지훈: 서버리스는 일부만 씁니다. 무서버(Serverless) 방식은 싸지만, 서버리스 함수가 많아지면 어렵습니다. 무서버 구조로는 한계가 있어 서버리스 플랫폼을 만들 수 있습니다. 할 수있습니다.',
);

suite('term-consistency', () => {
  test('Should find two Chinese renderings of one glossed term and suggest the majority, whole words compared', () => {
    const found = check(CHINESE);
    assert.deepStrictEqual(pairs(CHINESE, found), [
      ['服务网', '服务网格'],
      ['服务网', '服务网格'],
    ]);
    assert.match(found[0].message, /^“服务网” is written “服务网格” elsewhere in this document: use “服务网格”\.$/);
    assert.match(found[0].related[0].message, /5 times in all against 2 for “服务网”, and both render “service mesh”/);
    assert.strictEqual(
      applyEdits(CHINESE, found[0].fixes[0].edits).text.split('\n')[4],
      '主持人：有人把它叫服务网格（service mesh），你怎么看？',
    );
    assert.strictEqual(found[0].fixes[1].title, 'Replace all 2 occurrences of “服务网” with “服务网格”');
  });

  test('Should find two Korean renderings of one glossed term, and a compound spaced two ways', () => {
    assert.deepStrictEqual(pairs(KOREAN, check(KOREAN)), [
      ['데이터센터', '데이터 센터'],
      ['무서버', '서버리스'],
      ['무서버', '서버리스'],
    ]);
  });

  test('Should prefer the glossary rendering and replace only the part that differs', () => {
    const glossary = parseGlossary(joinLines('term\tlang\tnote\ttranslation\ttranslation_lang', 'orchestration\ten\t\t容器编排\tzh'));
    const text = joinLines(
      '我们在集群层面做容器编排（orchestration）。',
      '以前我们手工进行编排（orchestration），很慢。',
      '后来改用容器调度（orchestration）。',
    );
    const found = check(text, glossary);
    assert.deepStrictEqual(pairs(text, found), [
      ['编排', '容器编排'],
      ['容器调度', '容器编排'],
    ]);
    assert.match(found[0].message, /The glossary writes “编排” as “容器编排”/);
    const fixed = applyEdits(
      text,
      found.map((f) => f.fixes[0].edits[0]),
    ).text;
    assert.strictEqual(
      fixed,
      joinLines(
        '我们在集群层面做容器编排（orchestration）。',
        '以前我们手工进行容器编排（orchestration），很慢。',
        '后来改用容器编排（orchestration）。',
      ),
    );
    // Without the glossary, one use each is no majority.
    assert.deepStrictEqual(check(text), []);
  });

  test("Should hold a text to the glossary's rendering in its own language only", () => {
    const glossary = parseGlossary(
      joinLines('term\tlang\tnote\ttranslation\ttranslation_lang', '基础设施即代码\tzh\t\tinfrastructure as code\ten'),
    );
    const korean = '벨로시티 컨퍼런스의 주제는 "코드로써의 기반 체계(Infrastructure as Code)"였다. 기반 체계는 코드가 되어야 한다.';
    assert.deepStrictEqual(check(korean, glossary), []);
    const chinese = '会议的主题是基础设施代码化（infrastructure as code）。我们早就在做这件事，效果很好。';
    assert.deepStrictEqual(pairs(chinese, check(chinese, glossary)), [['基础设施代码化', '基础设施即代码']]);
  });

  test('Should not take a rendering of a proper name from the glossary: names stay Latin (translated-name)', () => {
    const glossary = parseGlossary(joinLines('term\tlang\tnote\ttranslation\ttranslation_lang', 'Night Owl\ten\tproduct\t夜猫\tzh'));
    const text = '我们用夜猫（Night Owl）做监控，也有人叫猫头鹰（Night Owl）。';
    assert.deepStrictEqual(check(text, glossary), []);
  });

  test('Should find a capitalisation used as a habit in Chinese and Japanese text', () => {
    const zh = joinLines(
      '林晓：GraphQL 我们也在用，Graphql 的生态很好，Graphql 的工具也多，Graphql 很方便。',
      '林晓：GraphQL 的网关、GraphQL 的缓存、GraphQL 的订阅、GraphQL 的联邦我们都用过。',
      'GraphQL 很好。',
    );
    assert.deepStrictEqual(pairs(zh, check(zh)), [
      ['Graphql', 'GraphQL'],
      ['Graphql', 'GraphQL'],
      ['Graphql', 'GraphQL'],
    ]);
    const ja =
      '私たちは PostgreSQL を使います。PostgreSQL は速い。PostgreSQL で十分。PostgreSQL が好き。PostgreSQL は無料。PostgreSQL の本。Postgresql も Postgresql も Postgresql も同じです。';
    assert.strictEqual(check(ja).length, 3);
    assert.match(check(ja)[0].related[0].message, /differ only in capitals/);
  });

  test('Should stay silent without a clear majority, for slips of one or two, and for ordinary words', () => {
    const noMajority = 'GraphQL 很好，GraphQL 很快，GraphQL 很稳，GraphQL 很新。Graphql 也行，Graphql 也好，Graphql 也对。';
    assert.deepStrictEqual(check(noMajority), []);
    const slip = 'GraphQL 很好，GraphQL 很快，GraphQL 很稳，GraphQL 很新，GraphQL 很强。Graphql 也行。';
    assert.deepStrictEqual(check(slip), []);
    const english = joinLines(
      'Agile teams are agile. We are agile, agile, agile and agile. Agile is a word.',
      'The Agile Manifesto and the agile way.',
    );
    assert.deepStrictEqual(check(english), []);
    const particles = '수 있다. 수 있다. 수 있다. 수있다. 그 것은 그것이 그것을 그것만.';
    assert.deepStrictEqual(check(particles), []);
  });

  test('Should find “Devops” in seed 001 and the spacing of “기반체계” in seed 004, nothing in seeds 000, 002, 003', () => {
    const s001 = readSeed('001');
    const found = pairs(s001, check(s001));
    assert.deepStrictEqual(found.filter(([t]) => t === 'Devops').length, 4);
    assert.ok(
      found.every(([t, s]) => (t === 'Devops' && s === 'DevOps') || (t === 'docker' && s === 'Docker')),
      JSON.stringify(found),
    );
    const s004 = readSeed('004');
    assert.deepStrictEqual(pairs(s004, check(s004)), [
      ['기반체계', '기반 체계'],
      ['기반체계', '기반 체계'],
    ]);
    for (const seed of ['000', '002', '003']) assert.deepStrictEqual(check(readSeed(seed)), [], seed);
  });

  test('Should never throw on empty, CRLF, BOM, surrogate pairs and a huge line, and find through CRLF', () => {
    for (const text of [
      '',
      '\uFEFF',
      '\r\n',
      '（）',
      '😀(A)',
      '字(' + 'a'.repeat(70) + ')',
      '가나 다라 '.repeat(40_000),
      '服务(x) '.repeat(20_000),
      '\ud800(Foo)\udc00',
    ]) {
      for (const f of check(text)) assert.ok(f.range.start >= 0 && f.range.end <= text.length);
    }
    const crlf = KOREAN.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(pairs(crlf, check(crlf)), pairs(KOREAN, check(KOREAN)));
    const bom = '\uFEFF' + CHINESE;
    assert.deepStrictEqual(pairs(bom, check(bom)), pairs(CHINESE, check(CHINESE)));
  });
});
