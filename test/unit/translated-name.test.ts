import * as assert from 'assert';
import { applyEdits, parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { translatedName } from '../../src/core/checks/translated-name/translated-name';
import { displayName, isNameSpelling, isTransliteration, nameFromUrl } from '../../src/core/names/nameEvidence';
import { joinLines, readSeed } from './helpers';

function check(text: string, glossary?: Glossary): Finding[] {
  return runChecks(text, { checks: [translatedName], ...(glossary ? { glossary } : {}) });
}

function pairs(text: string, findings: readonly Finding[]): [string, string][] {
  return findings.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]);
}

function fixed(text: string, f: Finding, preferred = true): string {
  return applyEdits(text, f.fixes.find((x) => !!x.preferred === preferred)!.edits).text;
}

const CHINESE = joinLines(
  '# 我们如何做监控',
  '',
  '我们用开源工具 [【灯塔】](https://github.com/acme/lighthouse) 做巡检，用 [【库伯】](https://github.com/acme/kube) 管理集群。',
  '还有一个工具叫【信标】（Beacon），以及《深度工作》（Deep Work）这本书。',
  '详情见[这里](https://github.com/acme/lighthouse)，或者[官网](https://lighthouse.example.com)。',
  '【注意】下周停机维护。',
);

suite('translated-name', () => {
  test('Should flag a Chinese name translated word for word inside link text, from the URL, and restore the name', () => {
    const found = check(CHINESE);
    assert.deepStrictEqual(pairs(CHINESE, found), [
      ['【灯塔】', 'Lighthouse'],
      ['【信标】', 'Beacon'],
    ]);
    assert.deepStrictEqual(found[0].suggestions, ['Lighthouse', 'lighthouse']);
    assert.ok(
      fixed(CHINESE, found[0])
        .split('\n')[2]
        .startsWith('我们用开源工具 [Lighthouse](https://github.com/acme/lighthouse) 做巡检，用 [【库伯】]'),
    );
    assert.ok(
      fixed(CHINESE, found[0], false)
        .split('\n')[2]
        .startsWith('我们用开源工具 [Lighthouse](https://github.com/acme/lighthouse)（灯塔） 做巡检'),
    );
    assert.deepStrictEqual(
      found[0].related.map((r) => CHINESE.slice(r.range.start, r.range.end)),
      ['https://github.com/acme/lighthouse'],
    );
  });

  test('Should take the original from the parentheses after the span and drop them in the fix', () => {
    const found = check(CHINESE);
    assert.match(found[1].message, /translates the name “Beacon” word for word: write “Beacon”\. The original is given in parentheses\./);
    assert.strictEqual(fixed(CHINESE, found[1]).split('\n')[3], '还有一个工具叫Beacon，以及《深度工作》（Deep Work）这本书。');
    const spaced = joinLines('我们用 Grafana 和 Loki 做监控，用 Tempo 做追踪，告警走【信标】（Beacon）发出。');
    assert.strictEqual(fixed(spaced, check(spaced)[0]), '我们用 Grafana 和 Loki 做监控，用 Tempo 做追踪，告警走 Beacon 发出。');
  });

  test('Should flag Korean and Japanese literal translations and keep quotation marks around the name', () => {
    const korean = joinLines(
      '# 모니터링',
      '',
      '우리는 「등대」(Lighthouse)와 「라이트하우스」(Lighthouse)를 씁니다. 자세한 내용은 [등대](https://github.com/acme/lighthouse)를 보세요.',
    );
    const found = check(korean);
    assert.deepStrictEqual(pairs(korean, found), [
      ['「등대」', 'Lighthouse'],
      ['등대', 'Lighthouse'],
    ]);
    assert.ok(fixed(korean, found[0]).split('\n')[2].startsWith('우리는 「Lighthouse」와 「라이트하우스」(Lighthouse)를'));
    assert.ok(fixed(korean, found[0], false).split('\n')[2].startsWith('우리는 「Lighthouse」(등대)와 「라이트하우스」'));
    const japanese = '私たちは【灯台】(Lighthouse)を使っています。「ライトハウス」(Lighthouse)とも呼びます。';
    assert.deepStrictEqual(pairs(japanese, check(japanese)), [['【灯台】', 'Lighthouse']]);
    assert.strictEqual(fixed(japanese, check(japanese)[0]), '私たちはLighthouseを使っています。「ライトハウス」(Lighthouse)とも呼びます。');
  });

  test('Should use the glossary: its translation marks the span, its term spells the name', () => {
    const glossary = parseGlossary(
      joinLines('term\tlang\tnote\ttranslation\ttranslation_lang', 'KeyStone\ten\tproduct\t基石\tzh', 'orchestration\ten\t\t编排\tzh'),
    );
    const text = '部署用【基石】，调度用【编排】，书名是《基石》。';
    assert.deepStrictEqual(pairs(text, check(text, glossary)), [
      ['【基石】', 'KeyStone'],
      ['《基石》', 'KeyStone'],
    ]);
    assert.match(check(text, glossary)[0].message, /The glossary lists it as the translation of “KeyStone”/);
    assert.strictEqual(fixed(text, check(text, glossary)[1]), '部署用【基石】，调度用【编排】，书名是《KeyStone》。');
    assert.deepStrictEqual(check(text), []);
  });

  test('Should leave transliterations, titles, words about links and spans without evidence alone', () => {
    const text = joinLines(
      '我们用 [【谷歌】](https://google.com) 和 [【库伯】](https://github.com/acme/kube)。',
      '「ライトハウス」(Lighthouse) と 카오스멍키(ChaosMonkey)。',
      '《深度工作》（Deep Work）是一本书，[《深度工作》](https://example.com/deep-work) 也是。',
      '见[这里](https://github.com/acme/lighthouse)和[官网](https://lighthouse.example.com)。',
      '【注意】下周停机。[rok9s](https://github.com/acme/rok9s) 是 Latin。[很长的一段说明文字](https://example.com/a/b/c/d)',
      '我们讲「持续交付」(Continuous Delivery)，不讲名字。',
    );
    assert.deepStrictEqual(pairs(text, check(text)), []);
  });

  test('Should read a name from a URL and tell transliterations from translations', () => {
    assert.deepStrictEqual(nameFromUrl('https://github.com/acme/chaos-monkey/tree/main/docs'), {
      raw: 'chaos-monkey',
      words: ['chaos', 'monkey'],
      depth: 5,
    });
    assert.strictEqual(displayName(nameFromUrl('https://github.com/acme/chaos-monkey')!), 'Chaos Monkey');
    assert.strictEqual(nameFromUrl('https://www.example.org/')?.raw, 'example');
    assert.strictEqual(nameFromUrl('https://example.org/blog/how-we-deliver-big-even-though-small'), undefined);
    assert.strictEqual(nameFromUrl('not a url'), undefined);
    assert.strictEqual(isNameSpelling('Night Owl'), true);
    assert.strictEqual(isNameSpelling('GraphQL'), true);
    assert.strictEqual(isNameSpelling('orchestration'), false);
    assert.strictEqual(isNameSpelling('Infrastructure as Code'), false);
    assert.strictEqual(isTransliteration('谷歌', 'Google'), true);
    assert.strictEqual(isTransliteration('詹金斯', 'Jenkins'), true);
    assert.strictEqual(isTransliteration('쿠버네티스', 'Kubernetes'), true);
    assert.strictEqual(isTransliteration('ライトハウス', 'Lighthouse'), true);
    assert.strictEqual(isTransliteration('灯塔', 'Lighthouse'), false);
    assert.strictEqual(isTransliteration('混沌猴', 'Chaos Monkey'), false);
    assert.strictEqual(isTransliteration('혼돈원숭이', 'ChaosMonkey'), false);
  });

  test('Should find 【五边形】 in seed 003 with “Pentagon” from its link, and nothing in the other seeds', () => {
    const text = readSeed('003');
    const found = check(text);
    assert.deepStrictEqual(pairs(text, found), [['【五边形】', 'Pentagon']]);
    assert.ok(fixed(text, found[0]).includes('我们使用内部开源工具 [Pentagon](https://github.com/reactiveops/pentagon) 建立'));
    for (const seed of ['000', '001', '002', '004']) assert.deepStrictEqual(check(readSeed(seed)), [], seed);
  });

  test('Should never throw on empty, CRLF, BOM, surrogate pairs, odd URLs and a huge line', () => {
    const odd = [
      '',
      '\uFEFF',
      '\r\n',
      '【】',
      '[]()',
      '[【𠀀𠀁】](https://%E0%A4%A.com/%zz)',
      '[字](://x)',
      '【字】（A）'.repeat(30_000),
      '[【灯塔】](https://github.com/acme/' + 'x'.repeat(100_000) + ')',
      '\ud800【灯塔】\udc00（Lighthouse）',
    ];
    for (const text of odd) for (const f of check(text)) assert.ok(f.range.start >= 0 && f.range.end <= text.length);
    const crlf = CHINESE.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(pairs(crlf, check(crlf)), pairs(CHINESE, check(CHINESE)));
  });
});
