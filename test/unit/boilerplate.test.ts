import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runChecks, type Finding, preferredFix } from '../../src/core';
import { boilerplate } from '../../src/core/checks/boilerplate/boilerplate';
import { applyEdits } from '../../src/core/engine/edits';
import { chromeLine, isStrongChrome } from '../../src/core/checks/boilerplate/chromeLines';
import { matchVocabulary } from '../../src/core/checks/boilerplate/uiVocabulary';
import { joinLines, readSeed, repoRoot } from './helpers';

function findings(text: string): Finding[] {
  return runChecks(text, { checks: [boilerplate] });
}

function flagged(text: string): string[] {
  return findings(text).map((f) => text.slice(f.range.start, f.range.end));
}

function fixedAll(text: string): string {
  return applyEdits(
    text,
    findings(text).flatMap((f) => preferredFix(f)!.edits),
  ).text;
}

const EN_BODY = [
  'Two years ago we split our monolith into forty services, because everyone said that was how you scale a team. It did not go the way we hoped.',
  '',
  'Every deploy needed six teams to agree on an order, and our on-call rotation doubled. Most of the bugs lived in the gaps between services rather than inside them.',
  '',
  'So last spring we merged them back into three deployable units, kept the module boundaries in the code, and halved our incident count within a quarter.',
];

const EN_PAGE = joinLines(
  'Skip to main content',
  "Jane's Engineering Notes",
  'Home | Archive | About | Subscribe',
  'Search',
  '',
  'Why We Moved Away From Microservices',
  '',
  'Jane Doe · March 3, 2021 · 5 min read',
  'Share this: Twitter · LinkedIn · Email',
  '',
  ...EN_BODY,
  '',
  'Tags: architecture, microservices, postgres',
  'Related posts',
  'How We Scaled Postgres to Ten Million Users',
  'A Year Without Kubernetes',
  'Leave a comment',
  'Your email address will not be published. Required fields are marked *',
  'Post Comment',
  "© 2021 Jane's Engineering Notes. Powered by WordPress.",
  "Jane's Engineering Notes",
  '',
);

suite('boilerplate', () => {
  test('Should flag the three chrome blocks of seed 004, the skip links first, and keep title, credits and body', () => {
    const text = readSeed('004');
    const f = findings(text);
    const spans = f.map((x) => text.slice(x.range.start, x.range.end));
    assert.strictEqual(spans.length, 3);
    assert.ok(spans[0].startsWith('메뉴 바로가기 검색 및 카테고리 바로가기 본문 바로가기\n\n한빛출판네트워크\n\n'), spans[0]);
    assert.ok(spans[0].endsWith('\n\nIT/모바일'), spans[0]);
    assert.strictEqual(spans[1], '한빛미디어\n\n|\n\n2012-07-24\n\n|\n\nby HANBIT\n\n30,135');
    assert.strictEqual(spans[2], 'TAG :\n댓글 입력\n자료실\n\n최근 본 상품0');
    assert.deepStrictEqual(
      f.map((x) => x.suggestions),
      [[''], [''], ['']],
    );
    assert.strictEqual(
      f[0].message,
      'Site chrome before the article: remove these 7 lines. They hold menu and interface words and buttons.',
    );
    assert.strictEqual(f[1].message, 'Site chrome before the article: remove these 11 lines. They hold counters and dates and separators.');
    assert.strictEqual(f[2].message, 'Site chrome after the article: remove these 5 lines. They hold menu and interface words.');
    assert.ok(f.every((x) => x.fixes.length === 1 && x.fixes[0].title === 'Remove this block' && x.fixes[0].preferred));
    const clean = fixedAll(text);
    assert.ok(
      clean.startsWith(
        '데브옵스(DevOps)란 무엇인가?\n\n제공 : 한빛 네트워크\n저자 : Mike Loukides\n역자 : 이덕준\n원문 : What is DevOps?\n\n아드리안 콕크로프트',
      ),
      clean.slice(0, 120),
    );
    assert.ok(clean.endsWith('호출기에 응답할 사람은 바로 개발운영이다.'), clean.slice(-40));
    assert.ok(!/\n\s*\n\s*\n/.test(clean));
  });

  test('Should find nothing in the seeds that are not web pages', () => {
    for (const seed of ['000', '001', '002', '003']) assert.deepStrictEqual(flagged(readSeed(seed)), [], seed);
  });

  test('Should flag the chrome of an English blog page and fix it to title, byline-free article', () => {
    assert.deepStrictEqual(flagged(EN_PAGE), [
      joinLines('Skip to main content', "Jane's Engineering Notes", 'Home | Archive | About | Subscribe', 'Search'),
      joinLines('Jane Doe · March 3, 2021 · 5 min read', 'Share this: Twitter · LinkedIn · Email'),
      joinLines(
        'Tags: architecture, microservices, postgres',
        'Related posts',
        'How We Scaled Postgres to Ten Million Users',
        'A Year Without Kubernetes',
        'Leave a comment',
        'Your email address will not be published. Required fields are marked *',
        'Post Comment',
        "© 2021 Jane's Engineering Notes. Powered by WordPress.",
        "Jane's Engineering Notes",
      ),
    ]);
    assert.strictEqual(fixedAll(EN_PAGE), joinLines('Why We Moved Away From Microservices', '', ...EN_BODY, ''));
    const site = findings(EN_PAGE)[0];
    assert.match(site.message, /the site name repeated/);
    assert.deepStrictEqual(
      site.related.map((r) => EN_PAGE.slice(r.range.start, r.range.end)),
      ["Jane's Engineering Notes"],
    );
  });

  test('Should flag a German share bar inside the article and a German footer', () => {
    const text = joinLines(
      'Wie wir unsere Datenbank migriert haben',
      '',
      'Im letzten Jahr haben wir unsere gesamte Datenbank in die Cloud verschoben, und das war für das ganze Team eine große Umstellung.',
      '',
      'Teilen | Drucken | Kommentare',
      '',
      'Am Anfang wollte niemand nachts erreichbar sein, aber nach drei Monaten hatten wir einen ruhigen und gut dokumentierten Bereitschaftsdienst.',
      '',
      'Impressum | Datenschutz | Kontakt',
    );
    assert.deepStrictEqual(flagged(text), ['Teilen | Drucken | Kommentare', 'Impressum | Datenschutz | Kontakt']);
    assert.match(findings(text)[0].message, /^Site chrome inside the article/);
    assert.strictEqual(
      fixedAll(text),
      joinLines(
        'Wie wir unsere Datenbank migriert haben',
        '',
        'Im letzten Jahr haben wir unsere gesamte Datenbank in die Cloud verschoben, und das war für das ganze Team eine große Umstellung.',
        '',
        'Am Anfang wollte niemand nachts erreichbar sein, aber nach drei Monaten hatten wir einen ruhigen und gut dokumentierten Bereitschaftsdienst.',
      ),
    );
  });

  test('Should fix the invented Chinese blog page of the fixture without doubled blank lines', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'checks', 'boilerplate.transcript'), 'utf8');
    const clean = fixedAll(text);
    assert.ok(clean.startsWith('我们如何在三个月内把单体应用迁移到容器平台\n\n去年春天'), clean.slice(0, 60));
    assert.ok(clean.endsWith('积累经验之后再处理核心系统。\n'), clean.slice(-30));
    assert.ok(!clean.includes('分享') && !clean.includes('评论') && !clean.includes('开源技术周刊'));
    assert.ok(clean.includes('\n---\n'));
    assert.ok(!/\n\s*\n\s*\n/.test(clean));
  });

  test('Should not flag sign-offs, separators, timestamps, bylines in metadata or short lines inside a transcript', () => {
    const text = joinLines(
      '# Interview with Kim Soo-jin',
      '',
      'Source: https://example.org/interviews/kim',
      'Author: Lee Min-ho',
      '',
      '00:00:01',
      'Kim: Thanks for having me. I have been working on release engineering for about ten years now, mostly on mobile apps.',
      '00:00:15',
      'Lee: What changed the most in that time, looking back at the first teams you worked with?',
      '',
      '---',
      '',
      'Okay.',
      '',
      'Kim: Honestly, the tooling. Everything that used to take a day of manual work is now a pipeline that nobody has to think about.',
      '',
      'Next question.',
      '',
      'Lee: And the input → output of that pipeline, who owns it today, in your team?',
      '',
      '| Team | Owner | Pager |',
      '|------|-------|-------|',
      '| Web | Kim | yes |',
      '',
      'Kim: The team that ships the feature owns it, from the first commit until the last user is gone.',
      '',
      'Thanks for reading!',
      '— Lee Min-ho',
    );
    assert.deepStrictEqual(flagged(text), []);
    assert.deepStrictEqual(flagged(joinLines('Menu', 'Search', 'Login')), [], 'no article body: not a page');
  });

  test('Should tell chrome lines by their features, in several languages', () => {
    assert.ok(matchVocabulary('홈 로그인 회원가입 검색').coverage > 0.9);
    assert.ok(matchVocabulary('分享到：微信 微博').key);
    assert.strictEqual(matchVocabulary('We searched the whole cluster for the bug.').coverage < 0.3, true);
    assert.ok(isStrongChrome(chromeLine('Kommentare (3)'), false));
    assert.ok(isStrongChrome(chromeLine('30,135'), true));
    assert.ok(!isStrongChrome(chromeLine('30,135'), false), 'a bare number inside the article is not chrome by itself');
    assert.ok(!isStrongChrome(chromeLine('00:12:31'), true), 'a timestamp is transcript structure');
    assert.ok(isStrongChrome(chromeLine('首页 | 资讯 | 博客'), true));
    assert.ok(!isStrongChrome(chromeLine('---'), true));
    assert.ok(
      chromeLine('Next question.').vocabulary && !isStrongChrome(chromeLine('Next question.'), false),
      'a sentence inside the body',
    );
    assert.ok(isStrongChrome(chromeLine('Next question.'), true));
    assert.ok(!isStrongChrome(chromeLine('| Team | Owner | Pager |'), true), 'a Markdown table row');
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'boilerplate.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    assert.strictEqual(findings(block('Example')).length, 2);
    assert.strictEqual(fixedAll(block('Example')), block('Fixed'));
    assert.deepStrictEqual(findings(block('Fixed')), []);
  });

  test('Should relate a repeated site line to a few occurrences outside its own block, however often it repeats', () => {
    const home = Array.from({ length: 3000 }, () => 'Home');
    const text = joinLines(...home, '', ...EN_BODY, '', ...home, '');
    const f = findings(text);
    assert.strictEqual(f.length, 2);
    assert.match(
      f[0].message,
      /^Site chrome before the article: remove these 3000 lines\. They hold menu and interface words and the site name repeated\.$/,
    );
    for (const x of f) {
      assert.ok(x.related.length > 0 && x.related.length <= 10, String(x.related.length));
      for (const r of x.related) {
        assert.strictEqual(text.slice(r.range.start, r.range.end), 'Home');
        assert.ok(r.range.end <= x.range.start || r.range.start >= x.range.end, 'points outside its own block');
      }
    }
    assert.strictEqual(fixedAll(text), joinLines(...EN_BODY, ''));
  });

  test('Should never throw and keep ranges and edits inside the text on adversarial input', () => {
    const inputs = [
      '',
      '\uFEFF',
      EN_PAGE.replace(/\n/g, '\r\n'),
      '\uFEFF' + EN_PAGE,
      '😀 Menu | Search | 😀\n\n' + 'x'.repeat(300_000) + '.\n\nShare',
      '|\n|\n|\n' + 'A sentence that is long enough to count as the prose of an article body, surely.\n|\n|',
      '\uD800 Login \uDC00\n\n' + EN_BODY.join('\n'),
    ];
    for (const text of inputs) {
      for (const f of findings(text)) {
        assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
        for (const e of f.fixes.flatMap((x) => x.edits))
          assert.ok(e.range.start >= 0 && e.range.end <= text.length && e.range.start <= e.range.end);
      }
    }
    const bom = '\uFEFF' + EN_PAGE;
    assert.strictEqual(flagged(bom)[0], flagged(EN_PAGE)[0]);
    assert.strictEqual(fixedAll(bom), '\uFEFF' + fixedAll(EN_PAGE));
    const crlf = EN_PAGE.replace(/\n/g, '\r\n');
    assert.strictEqual(findings(crlf).length, 3);
    assert.strictEqual(fixedAll(crlf), joinLines('Why We Moved Away From Microservices', '', ...EN_BODY, '').replace(/\n/g, '\r\n'));
  });
});
