import * as assert from 'assert';
import { parseGlossary, runChecks, type Finding, type Glossary } from '../../src/core';
import { nearMiss } from '../../src/core/checks/near-miss/near-miss';
import * as fc from 'fast-check';
import { AlikeIndex, oneLetterAlike } from '../../src/core/checks/near-miss/nearMissAcronyms';
import { soundKey } from '../../src/core/checks/near-miss/soundKey';
import { parseLexicon } from '../../src/core/align/lexicon';
import { provideLexicon } from '../../src/core/align/lexiconStore';
import { joinLines } from './helpers';

function pairs(text: string, glossary: Glossary): [string, string][] {
  const found: Finding[] = runChecks(text, { checks: [nearMiss], glossary });
  return found.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]);
}

const glossary = (...rows: string[]) => parseGlossary(joinLines('term\tlang', ...rows));

// A few CC-CEDICT headwords: enough for the tests to tell words from slips without reading the 3 MB table.
const LEXICON = [
  '负载',
  '均衡',
  '负载均衡',
  '实例',
  '事例',
  '以及',
  '集群',
  '很',
  '代码',
  '基础',
  '设施',
  '群组',
  '混合',
  '经度',
  '精度',
  '训练',
];

suite('near-miss: sound-alikes', () => {
  suiteSetup(() => provideLexicon(() => parseLexicon(LEXICON.map((w) => `${w}\tx`).join('\n'))));

  test('Should give names split by a recogniser the key of the whole name', () => {
    assert.strictEqual(soundKey('kubernettys'), soundKey('kubernetes'));
    assert.strictEqual(soundKey('griffana'), soundKey('grafana'));
    assert.notStrictEqual(soundKey('dockerfile'), soundKey('docker'));
  });

  test('Should flag a glossary name heard as two words, in English and in German prose', () => {
    const g = glossary('Kubernetes\ten', 'Prometheus\ten');
    const en = 'We moved everything to Kuber Nettys last year, and the team loves it.';
    assert.deepStrictEqual(pairs(en, g), [['Kuber Nettys', 'Kubernetes']]);
    const de = 'Wir haben alles nach Kuber Nettys verschoben und messen mit Prome Theus.';
    assert.deepStrictEqual(pairs(de, g), [
      ['Kuber Nettys', 'Kubernetes'],
      ['Prome Theus', 'Prometheus'],
    ]);
  });

  test('Should not flag common words that sound like a glossary term', () => {
    const g = glossary('Helm\ten', 'Kubernetes\ten', 'Grafana\ten');
    const text = 'The staff asked for help. Our cooper nets are fine, and the graph fauna was drawn by the team.';
    assert.deepStrictEqual(pairs(text, g), []);
  });

  test('Should not take an everyday English word for a glossary name in English prose, and still in Chinese prose', () => {
    const g = glossary('Consul\ten', 'Rust\ten', 'Envoy\ten', 'Vault\ten', 'Chef\ten');
    const en = 'The console of my old boat was rusty. My father was a consul, an envoy, a chef; he kept the vault keys.';
    assert.deepStrictEqual(pairs(en, g), []);
    // Words no one says are still slips, and the same common words in Chinese prose are the products in lower case.
    assert.deepStrictEqual(pairs('We store secrets in Vaullt and route with Envoi behind the mesh.', g), [
      ['Vaullt', 'Vault'],
      ['Envoi', 'Envoy'],
    ]);
    // A name said as often as a word is still the name in lower case.
    assert.deepStrictEqual(pairs('The queue backed up in kafka, and nobody noticed.', glossary('Kafka\ten')), [['kafka', 'Kafka']]);
    assert.deepStrictEqual(pairs('我们用consul做服务发现，用vault管理密钥。', g), [
      ['consul', 'Consul'],
      ['vault', 'Vault'],
    ]);
  });

  test('Should flag spacing variants of a compound the glossary or the document writes as one word', () => {
    const g = glossary('OpenTelemetry\ten');
    assert.deepStrictEqual(pairs('We export traces with open telemetry to the collector.', g), [['open telemetry', 'OpenTelemetry']]);
    const own = 'Our code is on GitHub. GitHub runs the builds, and GitHub hosts the docs. The Git Hub page lists them.';
    assert.deepStrictEqual(pairs(own, glossary()), [['Git Hub', 'GitHub']]);
    const ko = '코드는 GitHub에 있고 GitHub 액션으로 빌드하며 GitHub 페이지도 씁니다. Git Hub 저장소를 보세요.';
    assert.deepStrictEqual(pairs(ko, glossary()), [['Git Hub', 'GitHub']]);
  });

  test('Should flag two glossary terms run together, and leave a compound the glossary lists', () => {
    const g = glossary('Puppet\ten', 'Ansible\ten', 'GitHub\ten', 'Git\ten');
    assert.deepStrictEqual(pairs('We replaced PuppetAnsible scripts with plain shell.', g), [['PuppetAnsible', 'Puppet Ansible']]);
    assert.deepStrictEqual(pairs('我们用 PuppetAnsible 管理服务器。', g), [['PuppetAnsible', 'Puppet Ansible']]);
    assert.deepStrictEqual(pairs('Our code lives on GitHub.', g), []);
  });

  test("Should read the glossary's translations as names only, in English and in Chinese prose", () => {
    const g = parseGlossary(
      joinLines(
        'term\tlang\ttranslation\ttranslation_lang',
        '运维\tzh\toperations\ten',
        '自动化\tzh\tautomation\ten',
        '容器\tzh\tcontainer\ten',
        '쿠버네티스\tko\tKubernetes\ten',
      ),
    );
    // "operations" translates 运维; the operators, the automated tests and what we consider are other words.
    const en = 'The operators asked for automated tests. If you consider the cost, ask them. We run Kubernete in production.';
    assert.deepStrictEqual(pairs(en, g), [['Kubernete', 'Kubernetes']]);
    const zh = '我们的 operators 想要 automated 测试，同时把服务迁到 Kubernete 上。';
    assert.deepStrictEqual(pairs(zh, g), [['Kubernete', 'Kubernetes']]);
  });

  test('Should hold a lower-case glossary term to its spelling, not its sound, and let titles capitalise a phrase', () => {
    const g = glossary('container\ten', 'cluster\ten', 'infrastructure as code\ten', 'kubectl\ten', 'Raspberry Pi\ten');
    const text = joinLines(
      'Take a closer look before you consider a new containr for the build.',
      'The talk was called “Infrastructure as Code”, and Kubectl came up twice.',
      'Wir haben einen Raspberry Pi gekauft; der Raspberry läuft seitdem.',
    );
    assert.deepStrictEqual(pairs(text, g), [
      ['containr', 'container'],
      ['Kubectl', 'kubectl'],
    ]);
  });

  test('Should offer every acronym one letter alike from a rare one through the index, in order', () => {
    // Letters that sound alike and others, so that replacements, drops and additions all occur.
    const acronym = fc.stringMatching(/^[GJMNBPSRE][GJMNBPSRE0-9]{1,5}$/);
    fc.assert(
      fc.property(fc.array(acronym, { maxLength: 40 }), acronym, (keys, rare) => {
        const expected = keys.flatMap((k, i) => (oneLetterAlike(rare, k) ? [i] : []));
        const offered = new AlikeIndex(keys.map((k) => k.toLowerCase())).near(rare.toLowerCase());
        assert.deepStrictEqual(
          offered.filter((i) => oneLetterAlike(rare, keys[i])),
          expected,
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('Should flag acronyms one sound-alike letter from a term, and leave real words and other acronyms', () => {
    assert.ok(oneLetterAlike('SR', 'SRE'));
    assert.ok(oneLetterAlike('JCP', 'GCP'));
    assert.ok(oneLetterAlike('NVC', 'MVC'));
    assert.ok(!oneLetterAlike('IP', 'IT'), 'two-letter acronyms stay apart');
    assert.ok(!oneLetterAlike('API', 'APT'), 'I and T do not sound alike');
    const g = glossary('SRE\ten', 'GCP\ten', 'AWS\ten');
    assert.deepStrictEqual(pairs('The SR team runs everything on JCP now.', g), [
      ['SR', 'SRE'],
      ['JCP', 'GCP'],
    ]);
    assert.deepStrictEqual(pairs('SR 团队把一切都搬到了 JCP 上。', g), [
      ['SR', 'SRE'],
      ['JCP', 'GCP'],
    ]);
    // "AS" is a word, not a dropped letter of AWS; "it" written IT is the word.
    assert.deepStrictEqual(pairs('AS I said, IT matters. We run on AWS.', g), []);
  });

  test('Should take every spelling the glossary lists as right, and a capital on an everyday glossary word as a name', () => {
    const text = '我们现在用 Cursor 写代码，在 Cursor 里按 Tab 就行，光标（cursor）会跳到下一处。';
    assert.deepStrictEqual(pairs(text, glossary('Cursor\ten', 'cursor\ten')), []);
    const concept = parseGlossary(joinLines('term\tlang\ttranslation\ttranslation_lang', 'cursor\ten\t光标\tzh'));
    assert.deepStrictEqual(pairs(text, concept), []);
    // A word of a glossary phrase written as listed is no slip for another term.
    const irish = 'My brothers are Ó Braonáin, and the name comes from Braonán.';
    assert.deepStrictEqual(pairs(irish, glossary('Ó Braonáin\ten', 'Braonán\ten')), []);
  });

  test('Should flag a glossary name heard with its first sound spelled otherwise, or a short one heard with its sounds', () => {
    const g = glossary('Kotlin\ten', 'Looker\ten');
    assert.deepStrictEqual(pairs('We rewrote the app in Cotlin and built the dashboards in Luker.', g), [
      ['Cotlin', 'Kotlin'],
      ['Luker', 'Looker'],
    ]);
    // Words of English stay words, and without the glossary the document's own name is no evidence for another onset.
    assert.deepStrictEqual(pairs('She looked at the cotton and the colour.', g), []);
    const own = 'We use Kotlin. Kotlin is nice. Kotlin runs everywhere. A Cotlin bug?';
    assert.deepStrictEqual(pairs(own, glossary('Gradle\ten')), []);
  });

  test('Should flag a letter heard with the other voicing (STK for SDK) and a lower-case name spelled out (DPT for dbt)', () => {
    assert.ok(oneLetterAlike('STK', 'SDK'));
    assert.ok(oneLetterAlike('WWTC', 'WWDC'));
    const g = glossary('SDK\ten', 'WWDC\ten', 'dbt\ten');
    assert.deepStrictEqual(pairs('The new STK shipped at WWTC, and the DPT models run nightly.', g), [
      ['STK', 'SDK'],
      ['WWTC', 'WWDC'],
      ['DPT', 'dbt'],
    ]);
    assert.deepStrictEqual(pairs('新的 STK 是在 WWTC 上发布的。', g), [
      ['STK', 'SDK'],
      ['WWTC', 'WWDC'],
    ]);
    // A word in capitals is no acronym heard wrong: "DOT" is not checked against "dbt" (other letters anyway), "IT" is a word.
    assert.deepStrictEqual(pairs('IT said the SDK and dbt were fine.', g), []);
  });

  test('Should flag a glossary name with a word in lower case, and leave the same words said in everyday English', () => {
    const g = glossary('Jetpack Compose\ten', 'Epic Games\ten', 'Delta Lake\ten', 'Release Notes\ten', 'infrastructure as code\ten');
    const text = joinLines(
      'We moved the screens to Jetpack compose last spring, and jetpack compose was worth it.',
      'The tables live in Delta lake now.',
      'Epic games are what I play at night; we love epic games.',
      'Release notes come out on Fridays. We read the release notes.',
      'Infrastructure as Code is a practice.',
    );
    assert.deepStrictEqual(pairs(text, g), [
      ['Jetpack compose', 'Jetpack Compose'],
      ['jetpack compose', 'Jetpack Compose'],
      ['Delta lake', 'Delta Lake'],
    ]);
    assert.deepStrictEqual(pairs('我们把界面都迁到了 jetpack compose。', g), [['jetpack compose', 'Jetpack Compose']]);
    // A capital of a word the glossary lists alone is that word's: "internal DevOps days" need not be the event.
    const events = glossary('DevOps\ten', 'DevOps Days\ten');
    assert.deepStrictEqual(pairs('Some companies have their internal DevOps days, and it works.', events), []);
  });

  test('Should flag a Chinese homophone of a glossary term, and a mixed Latin and Han term', () => {
    const g = glossary('负载均衡\tzh', 'K8s集群\tzh');
    const text = '我们在前面放了负载均很，然后把服务部署到 K8s 及群上。';
    assert.deepStrictEqual(pairs(text, g), [
      ['负载均很', '负载均衡'],
      ['及群', '集群'],
    ]);
    const f = runChecks(text, { checks: [nearMiss], glossary: g })[0];
    assert.match(f.message, /fu zai jun heng/);
  });

  test('Should not flag a Chinese word one homophone from a term when it is a word itself or part of one', () => {
    const g = glossary('事例分析\tzh', '集群管理\tzh');
    // 实例 is a word of its own (shi li, like 事例); 以及群组 holds 及群 across two words.
    assert.deepStrictEqual(pairs('这个实例分析了数据库，以及群组管理的问题。', g), []);
  });

  test('Should flag a word inside a long term written with a homophone, where the rest of the term says which it is', () => {
    const g = glossary('混合精度训练\tzh', '事例分析\tzh');
    // 经度 (longitude) is a word, but 混合经度训练 is the five-syllable term with one character heard wrong.
    assert.deepStrictEqual(pairs('我们用混合经度训练把显存省了一半。', g), [['混合经度训练', '混合精度训练']]);
    assert.deepStrictEqual(pairs('这个实例分析了数据库。', g), []);
  });
});
