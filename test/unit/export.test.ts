import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  editionDiff,
  exportBilingual,
  exportEdition,
  exportEditionAsync,
  ExportCancelled,
  formatChanges,
  outputPathFor,
  parseExportProfile,
  resolveExportSettings,
  type ExportChange,
  type ExportOptions,
} from '../../src/core/export';
import { alignDocuments } from '../../src/core/align/documents';
import { sentenceSegments } from '../../src/core/align/segments';
import { parseGlossary } from '../../src/core/terms/glossary';
import { parseTranscript } from '../../src/core/document/parse';
import { transcriptSentences } from '../../src/core/document/sentences';
import { joinLines, readSeed, repoRoot, seedNames } from './helpers';
import { markdownlint } from './exportLint';

const demo = (lang: string) => fs.readFileSync(path.join(repoRoot, 'seeds', 'demo', `interview.${lang}.transcript.md`), 'utf8');

// The bilingual edition of the demo pair, aligned as the CLI aligns it.
function demoBilingual(options: ExportOptions = {}): string {
  const [en, zh] = [sentenceSegments(demo('en')), sentenceSegments(demo('zh'))];
  const pairs = alignDocuments(en.segments, zh.segments);
  return exportBilingual(
    { transcript: en.transcript!, segments: en.segments },
    { transcript: zh.transcript!, segments: zh.segments },
    pairs,
    options,
  ).markdown;
}

// Input sentences neither found in the edition nor touched by a listed change.
function lostSentences(input: string, markdown: string, changes: readonly ExportChange[]): string[] {
  const t = parseTranscript(input);
  return transcriptSentences(t)
    .filter((s) => !changes.some((c) => c.range.start < s.range.end && c.range.end > s.range.start))
    .map((s) => input.slice(s.range.start, s.range.end))
    .filter((s) => !plain(markdown).includes(plain(s)));
}

// Text without emphasis markers: a bold heading's sentence is the heading's text.
const plain = (s: string) => s.replace(/[*_]+/g, '');

suite('Export', () => {
  test('Should export every seed and the demo pair as Markdown that passes markdownlint-cli2, in every style', () => {
    const files: Record<string, string> = {};
    const styles: [string, ExportOptions][] = [
      ['default', {}],
      ['plain', { labelStyle: 'plain', anchors: 'attribute', frontMatter: [] }],
      ['bold-name', { labelStyle: 'bold-name', anchors: 'none', frontMatter: ['language'], annotations: 'omit' }],
    ];
    for (const name of seedNames())
      for (const [style, options] of styles) files[`${name}.${style}.md`] = exportEdition(readSeed(name), options).markdown;
    for (const lang of ['en', 'zh']) files[`demo.${lang}.md`] = exportEdition(demo(lang)).markdown;
    files['demo.interleaved.md'] = demoBilingual();
    files['demo.table.md'] = demoBilingual({ bilingualLayout: 'table' });
    assert.deepStrictEqual(markdownlint(files), []);
  });

  test('Should give seed 000 one spelling per speaker and set its 8 pull quotes as attributed blockquotes', () => {
    const { markdown, frontMatter } = exportEdition(readSeed('000'));
    assert.deepStrictEqual(frontMatter.speakers, ['Viktor Farcic', 'Damien Duportal']);
    // A Chinese transcript's labels take the full-width colon, text right after it.
    const labels = new Set([...markdown.matchAll(/^(?:<a id="[^"]+"><\/a>)?\*\*([^*]+)：\*\*(?! )/gmu)].map((m) => m[1]));
    assert.deepStrictEqual([...labels].sort(), ['Damien Duportal', 'Viktor Farcic']);
    const quotes = [...markdown.matchAll(/^> [“"].+\n>\n> — (.+)$/gmu)].map((m) => m[1]);
    assert.strictEqual(quotes.length, 8);
    assert.ok(
      quotes.every((q) => q === 'Damien Duportal'),
      quotes.join(', '),
    );
    for (const variant of ['维克托·法尔奇', '达米恩·杜波塔尔', '达米安·杜波特尔']) assert.ok(!markdown.includes(variant), variant);
    // The orphan heading is a heading now, at the level of its neighbours.
    assert.match(markdown, /^## 杜波塔尔对 DevOps 的定义$/mu);
  });

  test('Should strip seed 004 of its site chrome and keep every article paragraph', () => {
    const input = readSeed('004');
    const { markdown, changes, frontMatter } = exportEdition(input);
    for (const chrome of ['메뉴 바로가기', '한빛출판네트워크', 'by HANBIT', '30,135', '댓글 입력', '최근 본 상품', 'TAG :'])
      assert.ok(!markdown.includes(chrome), chrome);
    const lines = input.split('\n');
    const first = lines.findIndex((l) => l.startsWith('아드리안 콕크로프트'));
    const last = lines.findIndex((l) => l.startsWith('TAG :'));
    const article = lines.slice(first, last).filter((l) => l.trim());
    assert.ok(article.length >= 15);
    for (const paragraph of article) assert.ok(markdown.includes(`\n${paragraph.trim()}\n`), paragraph.slice(0, 40));
    assert.strictEqual(frontMatter.title, '데브옵스(DevOps)란 무엇인가?');
    assert.strictEqual(frontMatter.author, 'Mike Loukides');
    assert.strictEqual(frontMatter.translator, '이덕준');
    assert.ok(changes.filter((c) => c.rule === 'boilerplate').every((c) => c.kind === 'removed'));
  });

  test('Should list every change with its rule and the input text, and lose no sentence of any seed', () => {
    for (const name of seedNames()) {
      const input = readSeed(name);
      const { markdown, changes } = exportEdition(input);
      for (const c of changes) {
        assert.strictEqual(c.original, input.slice(c.range.start, c.range.end), `${name}: ${c.rule}`);
        assert.strictEqual(c.line, input.slice(0, c.range.start).split(/\r\n|\r|\n/).length);
      }
      assert.deepStrictEqual(lostSentences(input, markdown, changes), [], name);
    }
    const report = formatChanges(exportEdition(readSeed('002')).changes, '002.txt');
    assert.match(report, /002\.txt:36: removed \(duplicate-passage\)/);
    assert.match(report, /A world where a lot of teams are spread all around the world/);
  });

  test('Should apply risky fixes only where the glossary or an accepted decision backs them', () => {
    const input = readSeed('002');
    const plain = exportEdition(input).markdown;
    assert.ok(plain.includes('Dead of Days') && plain.includes('Jean-Pierre Vautour'));
    const glossary = parseGlossary('term\tlang\nDevOps Days\ten\n');
    const withGlossary = exportEdition(input, { glossary }).markdown;
    assert.ok(!withGlossary.includes('Dead of Days') && withGlossary.includes('DevOps Days'));
    const decided = exportEdition(input, {
      decisions: [{ checkId: 'name-mismatch', text: 'Jean-Pierre Vautour', replacement: 'Julien Pivotto' }],
    });
    assert.ok(decided.markdown.includes('So my name is Julien Pivotto'));
    assert.ok(
      decided.changes.some((c) => c.rule === 'name-mismatch' && c.original === 'Jean-Pierre Vautour' && c.replacement === 'Julien Pivotto'),
    );
    // Switched off, a safe fix is not made either.
    assert.ok(exportEdition(readSeed('004'), { fixes: { boilerplate: false } }).markdown.includes('메뉴 바로가기'));
  });

  test('Should normalise headings: the title into the front matter, bold lines as headings, no skipped level or trailing colon', () => {
    const { markdown, frontMatter } = exportEdition(readSeed('003'));
    assert.strictEqual(
      frontMatter.title,
      '尽管我们很小，但我们如何实现大目标……借助开发运维即服务' /* "..." made "……" by the punctuation fix */,
    );
    assert.match(markdown, /^## 答案有三点$/mu);
    assert.match(markdown, /^source: "https:\/\/www\.fairwinds\.com\/blog\//mu);
    assert.ok(!/^# /mu.test(markdown));
    const levels = [...readSeed('001').matchAll(/^(#+) /gmu)].length;
    const out = exportEdition(readSeed('001')).markdown;
    assert.strictEqual([...out.matchAll(/^(#+) /gmu)].length, levels - 1); // the title went to the front matter
  });

  test('Should label turns in the chosen style with stable anchors', () => {
    const input = joinLines('# Talk', '', 'Ann: Hello there.', '', 'Bob: Hi.', '', 'Ann: Bye.', '');
    const bold = exportEdition(input).markdown;
    assert.match(bold, /^<a id="ann-[0-9a-z]{6}"><\/a>\*\*Ann:\*\* Hello there\.$/mu);
    assert.match(exportEdition(input, { labelStyle: 'plain', anchors: 'none' }).markdown, /^Ann: Hello there\.$/mu);
    assert.match(
      exportEdition(input, { labelStyle: 'bold-name', anchors: 'attribute' }).markdown,
      /^\*\*Bob\*\*: Hi\. \{#bob-[0-9a-z]{6}\}$/mu,
    );
    // An edit elsewhere leaves a turn's anchor as it was.
    const id = (md: string) => /<a id="(ann-[0-9a-z]+)"><\/a>\*\*Ann:\*\* Bye/u.exec(md)![1];
    assert.strictEqual(id(bold), id(exportEdition(input.replace('Hi.', 'Hi, how are you? Fine.')).markdown));
  });

  test('Should set review notes as footnotes, or leave them out', () => {
    const input = joinLines('# Talk', '', 'Ann: We met in Paris.', '', 'Bob: Then we left.', '');
    const start = input.indexOf('Paris');
    const note = { exact: 'Paris', start, end: start + 5, body: 'Check: was it Lyon?' };
    const md = exportEdition(input, { notes: [note] }).markdown;
    assert.match(md, /We met in Paris\.\[\^1\]$/mu);
    assert.match(md, /^\[\^1\]: Check: was it Lyon\?$/mu);
    assert.ok(!exportEdition(input, { notes: [note], annotations: 'omit' }).markdown.includes('[^1]'));
  });

  test('Should escape Markdown syntax in the text and say so', () => {
    const input = joinLines(
      '# Notes',
      '',
      '#hashtag at the start.',
      '',
      'See https://example.com/x for more.',
      '',
      '1. Not a list here.',
      '',
    );
    const { markdown, changes } = exportEdition(input);
    assert.match(markdown, /^\\#hashtag at the start\.$/mu);
    assert.match(markdown, /See <https:\/\/example\.com\/x> for more\./u);
    assert.ok(changes.some((c) => c.rule === 'markdown-syntax' && c.original === '#hashtag at the start.'));
  });

  test('Should print a unified diff of the input against the edition', () => {
    const input = readSeed('004');
    const diff = editionDiff(input, exportEdition(input).markdown, '004.txt', '004.md');
    assert.match(diff, /^--- 004\.txt/mu);
    assert.match(diff, /^-메뉴 바로가기 검색 및 카테고리 바로가기 본문 바로가기$/mu);
  });

  test('Should report progress and stop when cancelled', async () => {
    const input = readSeed('000');
    const seen: number[] = [];
    const result = await exportEditionAsync(input, {}, (p) => seen.push(p.fraction));
    assert.strictEqual(result.markdown, exportEdition(input).markdown);
    assert.ok(seen.length > 5 && seen.every((f, i) => i === 0 || f >= seen[i - 1]));
    const controller = new AbortController();
    const cancelled = exportEditionAsync(input, {}, (p) => p.fraction > 0.3 && controller.abort(), controller.signal);
    await assert.rejects(cancelled, ExportCancelled);
  });

  test('Should pick an output path beside the input, never the input', () => {
    assert.strictEqual(outputPathFor('talk.txt'), 'talk.md');
    assert.strictEqual(outputPathFor('dir/talk.transcript'), 'dir/talk.md');
    assert.strictEqual(outputPathFor('talk.transcript.md'), 'talk.edition.md');
    assert.strictEqual(outputPathFor('talk.md'), 'talk.edition.md');
    assert.strictEqual(outputPathFor('talk.zh.transcript.md', 'bilingual'), 'talk.bilingual.md');
    assert.strictEqual(outputPathFor('dir/talk.pt_BR.txt'), 'dir/talk.pt_BR.md');
    assert.strictEqual(outputPathFor('v1.2.notes.txt'), 'v1.2.notes.md');
    assert.strictEqual(outputPathFor('notes'), 'notes.md');
  });

  test('Should read a profile, ignoring what it does not know, and layer settings over it', () => {
    const { profile, problems } = parseExportProfile(
      JSON.stringify({
        labelStyle: 'plain',
        fixes: { 'near-miss': false, bogus: true },
        colour: 'red',
        accept: [{ checkId: 'near-miss', text: 'x' }],
      }),
    );
    assert.strictEqual(problems.length, 2);
    assert.deepStrictEqual(profile.decisions, [{ checkId: 'near-miss', text: 'x', replacement: undefined }]);
    const settings = resolveExportSettings(profile.settings, { anchors: 'none' });
    assert.strictEqual(settings.labelStyle, 'plain');
    assert.strictEqual(settings.anchors, 'none');
    assert.strictEqual(settings.fixes['near-miss'], false);
    assert.strictEqual(settings.fixes.punctuation, true);
    assert.strictEqual(parseExportProfile('{').problems.length, 1);
  });
});
