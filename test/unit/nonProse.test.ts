import * as assert from 'assert';
import * as fc from 'fast-check';
import { nonProseSpans, withoutLinkText } from '../../src/core/document/nonProse';
import { proseMasker } from '../../src/core/document/proseMask';
import { verbatimRanges } from '../../src/core/document/prose';
import { protectedSpans } from '../../src/core/checks/shared/protectedSpans';

const spelled = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

suite('Non-prose', () => {
  test('Should find code, markup, links, URLs and addresses in a paragraph of notes', () => {
    const text =
      '详见 https://example.com/a,b?c=1。运行 `npm ci` 后，给 ops@example.org 或 @kelsey 发信 <!-- todo --> ' +
      '<br/> 再读 [官方文档](https://docs.example.com/start "Start") 和 www.example.net（镜像）以及 <https://x.org>。';
    const spans = nonProseSpans(text);
    assert.deepStrictEqual(
      spans.map((s) => [s.kind, text.slice(s.start, s.end)]),
      [
        ['url', 'https://example.com/a,b?c=1'],
        ['code', '`npm ci`'],
        ['address', 'ops@example.org'],
        ['address', '@kelsey'],
        ['markup', '<!-- todo -->'],
        ['markup', '<br/>'],
        ['link', '[官方文档](https://docs.example.com/start "Start")'],
        ['url', 'www.example.net'],
        ['url', '<https://x.org>'],
      ],
    );
    // The text of a link is prose: the checks that read words still see it.
    const link = spans.find((s) => s.kind === 'link')!;
    assert.strictEqual(text.slice(link.linkText!.start, link.linkText!.end), '官方文档');
    assert.ok(!spelled(text, withoutLinkText(spans)).some((s) => s.includes('官方文档')));
  });

  test('Should leave prose with colons, at signs and brackets alone', () => {
    const text = 'The ratio is 3:2 at 10:30, [sic] (see below) and we met @ noon: Note that <3 is not a tag.';
    assert.deepStrictEqual(nonProseSpans(text), []);
  });

  test('Should agree between the word checks, the language checks and the punctuation checks on what a URL is', () => {
    const text = '我们的仓库在 https://github.com/acme/lighthouse，欢迎提交 PR。';
    const url = 'https://github.com/acme/lighthouse';
    assert.deepStrictEqual(spelled(text, verbatimRanges(text)), [url]);
    assert.deepStrictEqual(spelled(text, protectedSpans(text)), [url]);
    const masked = proseMasker(text)({ start: 0, end: text.length });
    assert.strictEqual(masked, text.replace(url, ' '.repeat(url.length)));
  });

  test('Should keep spans sorted, disjoint and inside the range, and mask without moving any prose character', () => {
    const piece = fc.constantFrom(
      '`',
      '<',
      '>',
      '!--',
      '-->',
      '[',
      ']',
      '(',
      ')',
      '@',
      'http://',
      'www.',
      'a',
      '中',
      ' ',
      '\n',
      '"',
      '.',
      ':',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const spans = nonProseSpans(text, { start, end });
        let at = start;
        for (const s of spans) {
          assert.ok(s.start >= at && s.end > s.start && s.end <= end, JSON.stringify({ text, start, end, spans }));
          at = s.end;
        }
        const masked = proseMasker(text)({ start, end });
        assert.strictEqual(masked.length, end - start);
        for (let i = 0; i < masked.length; i++) assert.ok(masked[i] === text[start + i] || masked[i] === ' ');
      }),
    );
  });
});
