import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, preferredEdits, runChecks } from '../../src/core';
import { punctuation } from '../../src/core/checks/punctuation/punctuation';
import { joinLines, readSeed, repoRoot } from './helpers';

const check = (text: string) => runChecks(text, { checks: [punctuation] });
const flagged = (text: string) => check(text).map((f) => text.slice(f.range.start, f.range.end));
const fixed = (text: string) => applyEdits(text, preferredEdits(check(text))).text;
// The preferred fixes all together, none of them skipped for overlapping another.
function fixedTogether(text: string): string {
  const { text: out, skipped } = applyEdits(text, preferredEdits(check(text)));
  assert.deepStrictEqual(skipped, [], text);
  return out;
}

suite('punctuation', () => {
  test('Should pair reversed and doubled curly quotes in Chinese and Japanese text', () => {
    const text = '他对团队说：”我们明天还开会吗？“然后走了。';
    const [f] = check(text);
    assert.strictEqual(text.slice(f.range.start, f.range.end), '”我们明天还开会吗？“');
    assert.deepStrictEqual(f.suggestions, ['“我们明天还开会吗？”']);
    assert.match(f.message, /reversed/);
    assert.strictEqual(fixed(text), '他对团队说：“我们明天还开会吗？”然后走了。');
    assert.strictEqual(fixed('她问：“你来吗？“ 我说：”来。”'), '她问：“你来吗？” 我说：“来。”');
    assert.strictEqual(fixed('彼は”行こう“と言った。'), '彼は“行こう”と言った。');
  });

  test('Should find the reversed quotes of seed 001 with the expected replacement', () => {
    const text = readSeed('001');
    const f = check(text).find((x) => text.slice(x.range.start, x.range.end) === '”你们还想这个项目成功吗？“');
    assert.ok(f);
    assert.strictEqual(f.suggestions[0], '“你们还想这个项目成功吗？”');
  });

  test('Should turn ASCII marks against Chinese or Japanese text into full-width ones', () => {
    assert.strictEqual(fixed('她说:“好的”'), '她说：“好的”');
    assert.deepStrictEqual(flagged('我们有三个选择,第一个是等待;第二个是放弃?'), [',', ';', '?']);
    assert.strictEqual(fixed('我们用过 Rust, 还有 Go。'), '我们用过 Rust，还有 Go。');
    assert.strictEqual(fixed('这就是答案.然后我们走了'), '这就是答案。然后我们走了');
    assert.strictEqual(fixed('本当ですか?はい!'), '本当ですか？はい！');
    assert.strictEqual(fixed('**原因有两个:**'), '**原因有两个：**');
  });

  test('Should make the "!" or "?" that ends a Chinese or Japanese paragraph after a Latin word full-width', () => {
    assert.strictEqual(fixed('我也特别喜欢DigitalOcean!'), '我也特别喜欢DigitalOcean！');
    assert.strictEqual(fixed('あなたもGitHubを使いますかGitLab?'), 'あなたもGitHubを使いますかGitLab？');
    assert.deepStrictEqual(flagged('这是版本 2.0!'), []);
    assert.deepStrictEqual(flagged('Ich mag 北京 und Shanghai!'), []);
  });

  test('Should leave times, ratios, URLs, code, emoticons, Korean and English inside Chinese alone', () => {
    for (const text of [
      '会议在12:30开始，比例是3:2，版本是v1.2版本，e.g.中文。',
      '请访问 https://example.com/a,b?c=1 了解，或者看 `a, b; c` 和 [文档](http://x.cn/a,b)。',
      '好的:) 明天见 (^_^)',
      '他说 "Hello, world!" 然后走了。',
      '그래요? 네, 좋아요! "무운영"이라고 (Adrian) 했다...',
      'Well... okay, (fine) "yes".',
    ]) {
      assert.deepStrictEqual(flagged(text), [], text);
    }
  });

  test('Should set CJK ellipses to …… and delete spaces around full-width marks', () => {
    assert.strictEqual(fixed('我想想...好吧'), '我想想……好吧');
    assert.strictEqual(fixed('然后。。。我们走了'), '然后……我们走了');
    assert.strictEqual(fixed('等等…'), '等等……');
    assert.deepStrictEqual(flagged('好吧……走吧'), []);
    assert.strictEqual(fixed('这是名单 ，这是地址'), '这是名单，这是地址');
    assert.strictEqual(fixed('容器， 微服务、 网络'), '容器，微服务、网络');
    assert.strictEqual(fixed('　这是缩进，不是错误。'), '　这是缩进，不是错误。');
  });

  test('Should delete a space between a curly quote and the Chinese or Japanese text it stands in', () => {
    assert.strictEqual(fixed('他问：“你们有什么？” 我说：“没有。”'), '他问：“你们有什么？”我说：“没有。”');
    assert.strictEqual(fixed('然后他说 “好的，我们走吧”。'), '然后他说“好的，我们走吧”。');
    assert.strictEqual(fixed('彼は“はい” と言った。'), '彼は“はい”と言った。');
    assert.match(check('他问：“你们有什么？” 我说')[0].message, /Space after a closing quotation mark in Chinese text/);
    // A quoted Latin word, Latin text after the quote, Korean, and English prose are not Chinese on both sides.
    assert.deepStrictEqual(flagged('我们用 “Docker” 和 Kubernetes。'), []);
    assert.deepStrictEqual(flagged('他说：“好的。” OK，我们走。'), []);
    assert.deepStrictEqual(flagged('그가 “좋아요” 라고 말했다.'), []);
    assert.deepStrictEqual(flagged('The sign said “出口” in red letters.'), []);
  });

  test('Should make bracket pairs full-width in Chinese text and consistent in Latin text', () => {
    assert.strictEqual(fixed('软件即服务(SAS)'), '软件即服务（SAS）');
    assert.strictEqual(fixed('工具 (从 A 到 B) 为您构建'), '工具（从 A 到 B）为您构建');
    assert.strictEqual(fixed('在推特上关注他(annlee)。'), '在推特上关注他（annlee）。');
    assert.deepStrictEqual(flagged('关注他（annlee）。Rust(CE) 版本'), []);
    assert.strictEqual(fixed('Rust (CE） is free.'), 'Rust (CE) is free.');
  });

  test('Should report brackets and quotation marks without a partner', () => {
    assert.deepStrictEqual(flagged('He said (this is odd.'), ['(']);
    assert.strictEqual(fixed('He said (this is odd.'), 'He said this is odd.');
    assert.deepStrictEqual(flagged('Das ist wirklich gut) sagte sie.'), [')']);
    assert.deepStrictEqual(flagged('She said "hello and left.'), ['"']);
    assert.deepStrictEqual(flagged('Il a dit ” bonjour.'), ['”']);
    for (const text of [
      '1) first 2) second a) third',
      'A 27" monitor.',
      '"This quotation goes on in the next paragraph',
      '“Ce discours continue au paragraphe suivant',
    ]) {
      assert.deepStrictEqual(flagged(text), [], text);
    }
  });

  test('Should give fixes that never take the same space, whichever rules meet beside a mark', () => {
    // An ASCII mark made full-width takes the space before a full-width mark, which is then not reported on its
    // own (hardening counterexample "…как дела? ，").
    assert.deepStrictEqual(flagged('彼は「本当ですか? 」と聞いた。'), ['? ']);
    assert.strictEqual(fixedTogether('彼は「本当ですか? 」と聞いた。'), '彼は「本当ですか？」と聞いた。');
    assert.strictEqual(fixedTogether('他写道：第一. 」'), '他写道：第一。」');
    // So does an ellipsis.
    assert.strictEqual(fixedTogether('他说（让我想想... ）然后走了。'), '他说（让我想想……）然后走了。');
    // The space before an unmatched bracket goes with the space finding, the bracket alone with its own.
    assert.deepStrictEqual(flagged('这个问题很重要 ）。'), [' ', '）']);
    assert.strictEqual(fixedTogether('这个问题很重要 ）。'), '这个问题很重要。');
    assert.strictEqual(fixedTogether('这很重要 ） ）。'), '这很重要。');
    // Nested pairs made full-width: the space between their closing brackets goes once.
    assert.strictEqual(fixedTogether('他用 (Rust (和 Go) ) 写的。'), '他用（Rust（和 Go））写的。');
    // Lines of a lone unmatched bracket, checked one block at a time: each deletion keeps to its own line and the
    // blank line before it.
    assert.strictEqual(fixedTogether('第一段。\n）\n）'), '第一段。\n');
    assert.strictEqual(fixedTogether('第一段。\n\n）\n\n）\n'), '第一段。\n');
    assert.strictEqual(fixed('第一段。\n）'), '第一段。\n');
    assert.strictEqual(fixed('第一段。\n\n）\n\n第二段。'), '第一段。\n\n第二段。');
    // A tab between a byte-order mark and a lone bracket is a space finding of its own: the bracket goes alone.
    assert.strictEqual(fixedTogether('\uFEFF\t）\n我们走吧。'), '\uFEFF\n我们走吧。');
  });

  test('Should set straight quotes around Chinese text to curly ones, and to 「」 in Japanese', () => {
    assert.strictEqual(fixed('他说"我们走吧"然后离开'), '他说“我们走吧”然后离开');
    const ja = joinLines('彼は"行こう"と言いました。', 'それから、みんなで出かけました。');
    assert.strictEqual(fixed(ja), joinLines('彼は「行こう」と言いました。', 'それから、みんなで出かけました。'));
  });

  test('Should report an empty pair of curly quotes, and a quotation pair around one, without a fix', () => {
    const zh = '我问：”你们有什么？他们回答：‘’好吧，我们有。”';
    const findings = check(zh);
    const empty = findings.find((f) => /garbled into an empty pair/.test(f.message))!;
    assert.strictEqual(zh.slice(empty.range.start, empty.range.end), '‘’');
    assert.deepStrictEqual(empty.fixes, []);
    const pair = findings.find((f) => /open with a closing mark/.test(f.message))!;
    assert.deepStrictEqual(pair.fixes, []);
    assert.strictEqual(fixed(zh), zh);
    assert.deepStrictEqual(flagged('彼は“”と書いた。'), ['“”']);
    assert.deepStrictEqual(flagged('그는 ‘’라고 썼다.'), []);
    assert.deepStrictEqual(flagged('Type ‘’ to quote nothing.'), []);
  });

  test('Should find the expected number of problems in each seed', () => {
    assert.deepStrictEqual(
      ['000', '001', '002', '003', '004'].map((s) => check(readSeed(s)).length),
      [4, 28, 0, 7, 0],
    );
    const seed3 = readSeed('003');
    assert.deepStrictEqual(flagged(seed3).slice(0, 3), ['...', ':', ':']);
    const seed0 = readSeed('000');
    const quotes = check(seed0).filter((f) => f.suggestions[0] !== '');
    assert.strictEqual(quotes.length, 2);
    assert.ok(quotes.every((f) => f.suggestions[0].startsWith('“') && f.suggestions[0].endsWith('”')));
  });

  test('Should never throw and keep ranges inside the text on hostile input', () => {
    for (const text of [
      '',
      '\uFEFF',
      '\uFEFF他说:好\r\n她说:"好"\r\n',
      '𠀀,𠀀...𠀀(𠀀)”𠀀“',
      '(((((((',
      ')))))]]]】】',
      '“”“”“',
      '中,'.repeat(100_000),
      '"'.repeat(10_001),
    ]) {
      for (const f of check(text)) {
        assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start < f.range.end, text.slice(0, 20));
        for (const e of f.fixes.flatMap((x) => x.edits)) assert.ok(e.range.start >= 0 && e.range.end <= text.length);
      }
    }
    assert.strictEqual(fixed('\uFEFF他说:好\r\n她说:"好"\r\n'), '\uFEFF他说：好\r\n她说：“好”\r\n');
  });

  test('Should leave English prose that quotes Chinese words, and hard-wrapped lines, to English rules', () => {
    assert.deepStrictEqual(flagged('The menu words (登录, 分享, 评论) are "常见" in many sites, as 克劳斯. Readers know them…'), []);
    assert.deepStrictEqual(flagged('A parenthesis opened on this line (and'), []);
    assert.deepStrictEqual(flagged('closed on the next one) as Markdown wraps it.'), []);
    assert.deepStrictEqual(flagged('He said (this is odd. Really.'), ['(']);
    assert.deepStrictEqual(flagged('中,文'), [',']);
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'punctuation.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    const example = block('Example');
    assert.ok(check(example).length > 0);
    assert.strictEqual(fixed(example), block('Fixed'));
  });
});
