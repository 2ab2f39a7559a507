import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseGlossary, runChecks, type Finding } from '../../src/core';
import { wrongLanguage } from '../../src/core/checks/wrong-language';
import { isBilingual } from '../../src/core/language/bilingual';
import { foreignLatinLanguage, latinEvidence, readsAsWords } from '../../src/core/language/foreignText';
import { foreignLanguageOf, scoreLanguages } from '../../src/core/language/languageId';
import { scanMarkers } from '../../src/core/language/markerScan';
import { parseTranscript } from '../../src/core/document/parse';
import { joinLines, readSeed, repoRoot } from './helpers';

function findings(text: string, glossary?: string): Finding[] {
  return runChecks(text, { checks: [wrongLanguage], ...(glossary ? { glossary: parseGlossary(glossary) } : {}) });
}

function flagged(text: string, glossary?: string): string[] {
  return findings(text, glossary).map((f) => text.slice(f.range.start, f.range.end));
}

// Enough Chinese prose around the test sentences that the document is plainly Chinese, not bilingual.
const ZH_BODY = joinLines(
  '# 平台工程访谈',
  '',
  '**卡琳娜**：我们在 2019 年开始使用 Kubernetes，当时团队只有五个人，后来慢慢扩大到二十多个人。我们的主要工作是为公司内部的开发团队提供统一的部署平台，让他们不用再关心服务器和网络的细节。',
  '',
  '**主持人**：你们是怎么说服管理层投入这么多资源的？这在很多公司都是一个难题，尤其是在预算紧张的时候。',
  '',
);

const KO_BODY = joinLines(
  '데브옵스 도입기',
  '',
  '저자 : Anna Berg',
  '원문 : How We Adopted DevOps Across Our Company',
  '',
  '우리는 작년에 모든 서비스를 클라우드로 옮겼다. 처음에는 아무도 그 결정을 좋아하지 않았다. 운영팀은 새로운 도구를 배워야 했고, 개발팀은 배포 과정을 다시 설계해야 했다. 그래도 몇 달이 지나자 모두가 그 변화의 장점을 느끼기 시작했다.',
  '',
);

suite('wrong-language', () => {
  test('Should flag an untranslated English sentence inside a Chinese turn, and only that sentence', () => {
    const text =
      ZH_BODY +
      '**卡琳娜**：其实很简单。We just showed them the numbers from the first quarter and they agreed immediately. 之后一切都顺利了。\n';
    const f = findings(text);
    assert.deepStrictEqual(
      f.map((x) => text.slice(x.range.start, x.range.end)),
      ['We just showed them the numbers from the first quarter and they agreed immediately.'],
    );
    assert.strictEqual(f[0].message, 'Untranslated English in a Chinese document: translate it, unless it is meant to stay in English.');
    assert.deepStrictEqual(f[0].suggestions, []);
    assert.deepStrictEqual(f[0].fixes, []);
    assert.strictEqual(f[0].level, 'warning');
  });

  test('Should flag an untranslated English paragraph and a Japanese quotation in a Korean document', () => {
    const text =
      KO_BODY +
      joinLines(
        'The migration took almost a year, and most of the time was spent on testing the old services.',
        '',
        '그 이후로 우리는 매일 배포한다. 팀장은 "これは大事なことです"라고 말했다.',
      );
    const f = findings(text);
    assert.deepStrictEqual(
      f.map((x) => text.slice(x.range.start, x.range.end)),
      ['The migration took almost a year, and most of the time was spent on testing the old services.', 'これは大事なことです'],
    );
    assert.match(f[0].message, /^Untranslated English in a Korean document/);
    assert.match(f[1].message, /^Japanese text in a Korean document/);
  });

  test('Should flag German and French inside English speech, clause by clause', () => {
    const text = joinLines(
      'Marta Kowalski',
      '',
      'So I moved to Berlin in 2015 and started working for a small startup there. The first thing my manager told me was: Das ist nicht so einfach, wir haben keine Zeit. And I had no idea what he meant.',
      'Then the French team joined, and their lead said je ne sais pas, on verra bien, which was not very reassuring.',
      'We deployed on Friday at 5 p.m. and it broke everything, so we rolled back and went home.',
    );
    const f = findings(text);
    assert.deepStrictEqual(
      f.map((x) => text.slice(x.range.start, x.range.end)),
      ['Das ist nicht so einfach, wir haben keine Zeit.', 'je ne sais pas, on verra bien'],
    );
    assert.strictEqual(
      f[0].message,
      'This reads as German, not English: translate it, or correct it from the recording if it was misrecognised.',
    );
    assert.match(f[1].message, /^This reads as French, not English/);
  });

  test('Should flag an English sentence in a German interview', () => {
    const text = joinLines(
      'Interview mit Jonas Keller',
      '',
      'Jonas: Wir haben die Datenbank im letzten Jahr in die Cloud verschoben, und das war für das ganze Team eine große Umstellung. Am Anfang wollte niemand nachts für die eigenen Dienste erreichbar sein.',
      'Jonas: Mein Chef hat dann gesagt: We need to own what we build. Danach haben wir die Bereitschaft neu organisiert.',
    );
    assert.deepStrictEqual(flagged(text), ['We need to own what we build.']);
  });

  test('Should flag Chinese in an English document and Korean in a Chinese one', () => {
    const en = joinLines(
      'Our team also has an office in Shanghai, and they wrote this on the whiteboard:',
      '我们的团队在上海也有一个办公室。',
      'That was the whole story, really.',
    );
    assert.deepStrictEqual(flagged(en), ['我们的团队在上海也有一个办公室。']);
    const zh = ZH_BODY + '**主持人**：안녕하세요 여러분 반갑습니다，这是我们的韩国听众发来的问候。\n';
    assert.deepStrictEqual(flagged(zh), ['안녕하세요 여러분 반갑습니다']);
    const names = ZH_BODY + '**主持人**：这次我们也请到了김민수和来自トヨタ的工程师。\n';
    assert.deepStrictEqual(flagged(names), [], 'a Hangul name and a katakana brand are names, not Korean or Japanese text');
  });

  test('Should not flag names, product lists, glosses, titles, code, URLs, metadata or title-case headings', () => {
    const text =
      ZH_BODY +
      joinLines(
        '**卡琳娜**：我们用 GitLab CI、Terraform 和 Argo CD 搭建了整个流水线，运行 `kubectl apply -f deploy.yaml to the whole cluster` 就可以部署。',
        '**卡琳娜**：最难的是文化（You build it, you run it），我们还参考了《Site Reliability Engineering for the Rest of Us》这本书。',
        '**卡琳娜**：还有 Bastard Operator From Hell 这样的老故事，详见 https://example.org/how-we-moved-to-the-cloud-and-why-it-took-a-year。',
        '原文：How We Built Our Internal Platform in Less Than a Year',
        '## Why Platform Teams Fail',
        '你只需要运行 docker run -it ubuntu bash 就可以进入容器，然后执行 git commit -m fix the build 再推送。',
        '在 Kubernetes 中，每个 pod 都有自己的 IP address and port range 配置，这就是所谓的 shift left testing approach。',
      );
    assert.deepStrictEqual(flagged(text), []);
    const en = joinLines(
      'We flew from Los Angeles to Las Vegas for the conference, and the Del Monte people were there too.',
      'My colleague José said the café downstairs was better, and Zoë agreed with him.',
      'It is a non-profit, and their motto is carpe diem, which they repeat a lot.',
    );
    assert.deepStrictEqual(flagged(en), []);
  });

  test('Should leave a glossary term alone', () => {
    const text = ZH_BODY + '**卡琳娜**：我们采用了 continuous delivery for the whole team 的做法。\n';
    assert.deepStrictEqual(flagged(text), ['continuous delivery for the whole team']);
    assert.deepStrictEqual(flagged(text, 'term\tlang\ncontinuous delivery for the whole team\ten\n'), []);
  });

  test('Should leave whole paragraphs of a bilingual document alone but flag stray spans inside its paragraphs', () => {
    const pairs = [
      [
        'We started with a small team of three people in a shared office.',
        '我们最初只有三个人，挤在一间小小的共享办公室里，每天一起吃午饭。',
      ],
      [
        'Developers and operators have to talk to each other every single day.',
        '开发人员和运维人员每天都必须互相沟通，否则问题只会越积越多。',
      ],
      [
        'When something breaks in production, the whole team is responsible for it.',
        '当生产环境出问题时，整个团队都要负责，而不是互相指责。',
      ],
    ];
    const text =
      pairs.flat().join('\n\n') +
      '\n\n后来经过很多次失败我们才真正明白，There is no silver bullet for any of this 这个简单的道理，也不再寻找捷径。\n';
    assert.strictEqual(isBilingual(parseTranscript(text)), true);
    assert.deepStrictEqual(flagged(text), ['There is no silver bullet for any of this']);
  });

  test('Should find nothing in the five seeds, which hold no untranslated text', () => {
    for (const seed of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(flagged(readSeed(seed)), [], seed);
  });

  test('Should find an English sentence spliced into seed 003 and a French one spliced into seed 002', () => {
    const zh = readSeed('003');
    const at = zh.indexOf('我们永远不必从零开始。');
    const sentence = 'We never have to start from scratch, and that is the whole point.';
    const spliced = zh.slice(0, at) + sentence + zh.slice(at + '我们永远不必从零开始。'.length);
    assert.deepStrictEqual(flagged(spliced), [sentence]);
    const en = readSeed('002');
    const anchor = 'And then you need to build the trust.';
    const french = 'Il faut construire la confiance avant tout.';
    assert.deepStrictEqual(flagged(en.replace(anchor, `${anchor} ${french}`)), [french]);
  });

  test('Should flag the docs page example and nothing in its fixed text', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'wrong-language.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    assert.deepStrictEqual(flagged(block('Example')), [
      'We just showed them the numbers from the first quarter and they agreed immediately.',
    ]);
    assert.deepStrictEqual(flagged(block('Fixed')), []);
  });

  test('Should never throw and keep ranges inside the text on adversarial input', () => {
    const inputs = [
      '',
      '\uFEFF',
      '\uFEFF我们的团队。\r\nWe just showed them the numbers and they agreed immediately.\r\n之后一切都顺利了。\r\n',
      '😀'.repeat(1000) + ' Das ist nicht so einfach, wir haben keine Zeit 😀',
      'x'.repeat(200_000),
      ('Das ist nicht so einfach und wir haben keine Zeit, ' + '我们的 ').repeat(5000),
      '\uD800 lone surrogate, le la les des une est que pas \uDC00',
      '```\ncode\n```\n<!-- -->\n> 原文：<https://example.org>',
    ];
    for (const text of inputs) {
      for (const f of findings(text)) assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
    }
  });
});

suite('Language identification', () => {
  test('Should name the language of whole foreign sentences among the candidates', () => {
    const candidates = ['en', 'de', 'fr', 'es', 'nl'];
    assert.strictEqual(scoreLanguages('Wir haben die Datenbank letztes Jahr in die Cloud verschoben.', candidates)?.best, 'de');
    assert.strictEqual(scoreLanguages('Nous mesurons le temps entre le commit et la mise en production.', candidates)?.best, 'fr');
    assert.strictEqual(foreignLanguageOf('Cada equipo es dueño de su servicio de principio a fin.', 'en', candidates, 0.05), 'es');
    assert.strictEqual(foreignLanguageOf('We deployed on Friday and nothing broke at all.', 'en', candidates, 0.05), undefined);
  });

  test('Should pick candidates by foreign function words, ignoring capitalised names', () => {
    const scan = scanMarkers('We met Los Angeles people; das ist nicht gut, les gens.', 0, 55, 'en');
    const text = 'We met Los Angeles people; das ist nicht gut, les gens.';
    assert.deepStrictEqual(
      scan.hits.map((h) => text.slice(h, text.indexOf(' ', h) < 0 ? undefined : text.indexOf(' ', h)).replace(/[,.]$/, '')),
      ['das', 'ist', 'nicht', 'les'],
    );
    assert.deepStrictEqual(latinEvidence('Das ist nicht so einfach.', 'en'), { words: 5, markers: 3, lang: 'de' });
    assert.deepStrictEqual(latinEvidence('That is not so simple.', 'en'), { words: 5, markers: 0 });
    assert.strictEqual(foreignLatinLanguage('Das ist nicht so einfach.', 'en'), 'de');
    assert.strictEqual(foreignLatinLanguage('The die is cast, said the man.', 'en'), undefined);
  });

  test('Should identify only spans that read as words, not line noise holding function words by chance', () => {
    assert.ok(readsAsWords('«Je ne sais pas», dit-il, et l’homme s’en va.'));
    assert.ok(readsAsWords('En 2019, la société a levé 30 M€.'));
    assert.ok(!readsAsWords('x(de7;la q#le*et 9z/das^ist'));
    // The same function words in a sentence and in noise: only the sentence is a candidate at all.
    assert.strictEqual(foreignLatinLanguage('Das ist nicht so einfach, sagt er.', 'en'), 'de');
    assert.strictEqual(foreignLatinLanguage('D4s;ist n1cht|so e!nfach@sagt#er', 'en'), undefined);
    const noise = joinLines(
      'Anna: We moved the whole build to the new cluster last spring, and it was slower than we hoped.',
      'k#das=ist;nicht%so~gut(les|gens) 8q/des;la+une',
      'Ben: So what did you change after that, and how long did it take the team?',
    );
    assert.deepStrictEqual(flagged(noise), []);
    assert.deepStrictEqual(flagged(noise.replace('8q/des;la+une', 'Das ist nicht so gut, sagt er.')), ['Das ist nicht so gut, sagt er.']);
  });
});
