import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { readLexicon } from '../../src/core/align/lexicon';
import { provideLexicon } from '../../src/core/align/lexiconStore';
import { translatedName } from '../../src/core/checks/translated-name/translated-name';
import { messageStyleProblems } from '../../src/core/checks/shared/messageStyle';
import { displayName, isNameSpelling, isTransliteration, nameFromUrl } from '../../src/core/names/nameEvidence';
import { joinLines, readSeed, repoRoot } from './helpers';

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

const glossaryOf = (...rows: string[]) => parseGlossary(joinLines('term\tlang\ttranslation\ttranslation_lang', ...rows));

suite('translated-name', () => {
  // The shipped CC-CEDICT table, as the CLI and the editor read it.
  suiteSetup(() => provideLexicon(() => readLexicon(fs.readFileSync(path.join(repoRoot, 'src', 'core', 'align', 'zh-en.lexicon.tsv')))));
  suiteTeardown(() => provideLexicon(() => undefined));

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
    // With the evaluation glossary too: seed 000's 亚马逊 stands among 微软 and 谷歌.
    const g = parseGlossary(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'evaluation-glossary.tsv'), 'utf8'));
    for (const seed of ['000', '001', '002', '004']) assert.deepStrictEqual(check(readSeed(seed), g), [], seed);
  });

  test('Should flag a Chinese word CC-CEDICT gives for another thing of a name the glossary lists, and restore the name', () => {
    const g = glossaryOf('Prometheus\ten', 'Java\ten', 'Grafana\ten');
    const text = joinLines('我们用普罗米修斯采集指标，再用 Grafana 画图。', '后端服务都用爪哇写，部署在容器里。');
    const found = check(text, g);
    assert.deepStrictEqual(pairs(text, found), [
      ['普罗米修斯', 'Prometheus'],
      ['爪哇', 'Java'],
    ]);
    assert.strictEqual(
      found[0].message,
      '“普罗米修斯” is the Chinese name of “Prometheus”, which the glossary lists in Latin: write “Prometheus”.',
    );
    // The document puts spaces between Han and Latin: so does the fix.
    assert.strictEqual(fixed(text, found[0]).split('\n')[0], '我们用 Prometheus 采集指标，再用 Grafana 画图。');
    // The accepted Chinese names of companies and products are a Chinese text's choice, whatever the glossary lists.
    const companies = glossaryOf('Amazon\ten', 'Raspberry Pi\ten', 'Twitter\ten');
    assert.deepStrictEqual(check('以前我们在亚马逊的云上跑，测试板用的是树莓派，消息发在推特上。后来 AWS 的账单太贵了。', companies), []);
  });

  test('Should flag a Chinese name where the document writes the name in Latin, and point to it', () => {
    const text = joinLines(
      '我们的代码在 GitHub 上，服务部署在 Amazon 的云上。',
      '后来亚马逊涨价了，我们开始考虑迁移。比尔·盖茨也说过类似的话，Bill Gates 的原话是英文的。',
    );
    const found = check(text);
    assert.deepStrictEqual(pairs(text, found), [
      ['亚马逊', 'Amazon'],
      ['比尔·盖茨', 'Bill Gates'],
    ]);
    assert.match(found[0].message, /which this document writes in Latin: write “Amazon”\.$/);
    for (const f of found) assert.deepStrictEqual(messageStyleProblems(f.message), [], f.message);
    assert.deepStrictEqual(
      found[0].related.map((r) => text.slice(r.range.start, r.range.end)),
      ['Amazon'],
    );
  });

  test('Should not take a word the document writes only inside a longer name for the name', () => {
    const studio = '我们用 Android Studio 写安卓应用，安卓的生态很大。';
    assert.deepStrictEqual(pairs(studio, check(studio)), []);
    const alone = '我们用 Android Studio 写 Android 应用，安卓的生态很大。';
    assert.deepStrictEqual(pairs(alone, check(alone)), [['安卓', 'Android']]);
  });

  test('Should flag a bracketed common word CC-CEDICT translates into a name, never the same word in prose', () => {
    const g = glossaryOf('Puppet\ten', 'Vagrant\ten', 'Helm\ten', 'Chef\ten');
    const text = '配置管理用【木偶】，开发环境用【流浪者】，部署用【舵】。';
    const found = check(text, g);
    assert.deepStrictEqual(pairs(text, found), [
      ['【木偶】', 'Puppet'],
      ['【流浪者】', 'Vagrant'],
      ['【舵】', 'Helm'],
    ]);
    assert.match(found[0].message, /CC-CEDICT translates “木偶” as “puppet”, and the glossary lists “Puppet”\.$/);
    for (const f of found) assert.deepStrictEqual(messageStyleProblems(f.message), [], f.message);
    // Puppets, chefs, helms and vagrants of ordinary prose, and a book title, are words.
    // A name of two words, rendered word by word, where the document writes it in Latin.
    const redHat = '我们用过 Red Hat 的系统，后来【红帽】被收购了。';
    assert.deepStrictEqual(pairs(redHat, check(redHat)), [['【红帽】', 'Red Hat']]);
    const prose = '孩子们在看木偶戏，厨师在做饭，船长握着舵，流浪者睡在街上。我在读《木偶》这本书。';
    assert.deepStrictEqual(check(prose, g), []);
  });

  test('Should leave a Chinese name written as the document or the sentence writes its names', () => {
    const g = glossaryOf('Amazon\ten', 'Facebook\ten');
    const text = joinLines(
      // Beside other well-known names in Chinese, one more is the sentence's convention.
      '像亚马逊、微软和谷歌这样的公司，正在改变这个行业。',
      // Given with its original, the Chinese name is the document's choice.
      '网飞（Netflix）是一家流媒体公司，后来网飞也开始自己拍剧。',
      // A longer name (the Amazon River) is another thing.
      '我们去了亚马逊河流域旅行。',
    );
    assert.deepStrictEqual(check(text, g), []);
    // CC-CEDICT's own name for the link's target is no word-for-word translation, though it does not sound like it.
    assert.strictEqual(isTransliteration('脸书', 'Facebook'), false);
    assert.deepStrictEqual(check('我们在 [【脸书】](https://facebook.com) 上发布了这次活动的消息，也在那里回答大家的问题。'), []);
    // The glossary may ask for the Chinese name itself.
    assert.deepStrictEqual(check('后来亚马逊涨价了，我们开始考虑迁移。', glossaryOf('Amazon\ten\t亚马逊\tzh')), []);
    // A document that keeps an original beside its translation writes every name both ways.
    const bilingual = joinLines(
      'We moved to Amazon last year.',
      '',
      '去年我们迁到了亚马逊。',
      '',
      'Costs went down at first.',
      '',
      '一开始成本下降了。',
      '',
      'Then Amazon raised its prices.',
      '',
      '后来亚马逊涨价了。',
    );
    assert.deepStrictEqual(check(bilingual), []);
  });

  test('Should read Japanese and Korean without the Chinese dictionary', () => {
    const g = glossaryOf('Helm\ten', 'Amazon\ten');
    // 舵 is the helm in Japanese too, but CC-CEDICT says nothing of Japanese; katakana and hangul transliterate.
    assert.deepStrictEqual(check('私たちは【舵】でデプロイし、アマゾンで動かしています。', g), []);
    assert.deepStrictEqual(check('우리는 아마존에서 서비스를 운영하고 헬름으로 배포합니다.', g), []);
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
