import * as assert from 'assert';
import {
  CHECKS,
  LineIndex,
  buildOutline,
  guessLanguage,
  runChecks,
  foldingSpans,
  parseTranscript,
  segmentSentences,
  speakerKey,
  transcriptSentences,
  turnOfSpeakerAt,
} from '../../src/core';
import { joinLines, readSeed } from './helpers';
import { COUNTED_SCRIPTS, countScripts } from '../../src/core/language/language';
import { CJK_LETTER_WEIGHT } from '../../src/core/text/scripts';

suite('Transcript parser', () => {
  test('Should parse turns with continuation lines, sections and pull quotes', () => {
    const text = joinLines(
      '# Interview',
      '',
      '**Ann Lee**: Welcome.',
      '',
      'A second paragraph of hers.',
      '',
      '## Part two',
      '',
      'Bob: Thanks.',
      '“Quote of the day.”',
      '',
      '—Bob',
    );
    const t = parseTranscript(text);
    assert.deepStrictEqual(
      t.turns.map((u) => [u.speaker.name, u.startLine, u.endLine]),
      [
        ['Ann Lee', 2, 4],
        ['Bob', 8, 11],
      ],
    );
    assert.deepStrictEqual(
      t.sections.map((s) => [s.title, s.level, s.startLine, s.endLine]),
      [
        ['Interview', 1, 0, 11],
        ['Part two', 2, 6, 11],
      ],
    );
    const quote = t.blocks.find((b) => b.kind === 'quote');
    assert.ok(quote && quote.kind === 'quote');
    assert.strictEqual(quote.attribution, 'Bob');
    assert.strictEqual(text.slice(quote.textRange.start, quote.textRange.end), 'Quote of the day.');
    assert.strictEqual(t.title, 'Interview');
  });

  test('Should give exact label and name ranges after a BOM and with CRLF', () => {
    const text = '\uFEFFAnn: hi\r\n\r\n**Bob**： 你好\r\n';
    const t = parseTranscript(text);
    assert.deepStrictEqual(
      t.turns.map((u) => text.slice(u.speaker.nameRange.start, u.speaker.nameRange.end)),
      ['Ann', 'Bob'],
    );
    assert.deepStrictEqual(
      t.turns.map((u) => text.slice(u.speaker.labelRange.start, u.speaker.labelRange.end)),
      ['Ann: ', '**Bob**： '],
    );
    const turnBlock = t.blocks[t.turns[1].block];
    assert.ok(turnBlock.kind === 'turn');
    assert.strictEqual(text.slice(turnBlock.textRange.start, turnBlock.textRange.end), '你好');
    assert.strictEqual(t.blocks.map((b) => text.slice(b.range.start, b.range.end)).join(''), text);
  });

  test('Should fold spellings of one speaker that differ only in spacing, case and joiners', () => {
    assert.strictEqual(speakerKey('Damien  Duportal'), speakerKey('damien duportal'));
    assert.strictEqual(speakerKey('维克托·法尔奇'), speakerKey('维克托・法尔奇'));
    assert.notStrictEqual(speakerKey('维克托·法尔奇'), speakerKey('维克托·法尔奇奇'));
    const t = parseTranscript(joinLines('Ann Lee: a', 'ANN LEE: b', 'Ann Lee: c', 'Bo: d'));
    assert.deepStrictEqual(
      t.speakers.map((s) => [s.name, s.turns.length, s.spellings.size]),
      [
        ['Ann Lee', 3, 2],
        ['Bo', 1, 1],
      ],
    );
  });

  test('Should handle empty, blank-only and break-only texts', () => {
    for (const text of ['', '\n', '\r\n\r\n', '   ', '\uFEFF']) {
      const t = parseTranscript(text);
      assert.strictEqual(t.blocks.map((b) => text.slice(b.range.start, b.range.end)).join(''), text);
      assert.strictEqual(t.turns.length, 0);
    }
  });

  test('Should detect the language of each seed from its script', () => {
    assert.deepStrictEqual(
      ['000', '001', '002', '003', '004'].map((s) => parseTranscript(readSeed(s)).language.tag),
      ['zh', 'zh', 'en', 'zh', 'ko'],
    );
  });

  test('Should call a Chinese translation of an English talk Chinese, for the status bar and the checks alike', () => {
    // More Latin letters than ideographs (names, products, one sentence left in English), yet Chinese.
    const text = joinLines(
      '# Kelsey Hightower 谈 Platform Engineering',
      '',
      '主持人：欢迎 Kelsey Hightower 来到 KubeCon North America，今天我们聊聊平台工程。',
      '嘉宾：谢谢邀请。我们团队用 Kubernetes、Argo CD 和 Flux 做 GitOps，用 Terraform 管理 AWS 和 Google Cloud 上的资源。',
      '嘉宾：平台团队给开发者提供 Backstage 和 Crossplane，开发者只需要写一个 Helm chart 就能上线。',
      '主持人：可观测性方面呢？OpenTelemetry 和 Prometheus 都在用吗？',
      '嘉宾：都在用。We have been running this setup in production for two years now.',
      '主持人：非常感谢你今天的分享。',
    );
    const counts = countScripts(text, 0, text.length);
    const [latin, han] = [counts[COUNTED_SCRIPTS.indexOf('Latin')], counts[COUNTED_SCRIPTS.indexOf('Han')]];
    assert.ok(latin > han && han * CJK_LETTER_WEIGHT > latin, `${latin} Latin letters, ${han} ideographs`);
    const t = parseTranscript(text);
    assert.deepStrictEqual([t.language.tag, t.language.script], ['zh', 'Han']);
    // The share of letters in Han script, as the status bar reports it.
    assert.strictEqual(t.language.confidence, han / (latin + han));
    // The checks read the same answer: the English sentence is untranslated text in a Chinese document.
    const findings = runChecks(text, { checks: CHECKS.filter((c) => c.id === 'wrong-language') });
    assert.deepStrictEqual(
      findings.map((f) => [text.slice(f.range.start, f.range.end), f.message.split(':')[0]]),
      [['We have been running this setup in production for two years now.', 'Untranslated English in a Chinese document']],
    );
  });

  test('Should tell Latin-script languages by their function words, and Japanese by its kana', () => {
    const guess = (s: string) => guessLanguage(s).tag;
    assert.strictEqual(guess('Wir haben das System nicht mit Kubernetes gebaut, aber es ist jetzt sehr stabil.'), 'de');
    assert.strictEqual(guess('Nous avons construit la plateforme avec Kubernetes et elle est très stable.'), 'fr');
    assert.strictEqual(guess('We built the platform with Kubernetes and it is very stable.'), 'en');
    assert.strictEqual(guess('Kubernetes Terraform Grafana'), 'und');
    assert.strictEqual(guess('私たちは Kubernetes でプラットフォームを作りました。'), 'ja');
    assert.strictEqual(guess('우리는 Kubernetes로 플랫폼을 만들었습니다.'), 'ko');
    assert.strictEqual(guess('Мы построили платформу на Kubernetes.'), 'ru');
    assert.strictEqual(guess('2024-05-01 12:30 — 42 %'), 'und');
  });

  test('Should find 45 turns in seed 000 and 74 in seed 001, none in 002-004', () => {
    assert.deepStrictEqual(
      ['000', '001', '002', '003', '004'].map((s) => parseTranscript(readSeed(s)).turns.length),
      [45, 74, 0, 0, 0],
    );
  });

  test('Should count two speakers in seed 001, each spelled one way', () => {
    const t = parseTranscript(readSeed('001'));
    assert.deepStrictEqual(
      t.speakers.map((s) => [s.name, s.spellings.size]),
      [
        ['Viktor Farcic', 1],
        ['Andy Clemenko', 1],
      ],
    );
  });

  test('Should pair every pull quote of seed 000 with its attribution', () => {
    const t = parseTranscript(readSeed('000'));
    const quotes = t.blocks.filter((b) => b.kind === 'quote');
    assert.strictEqual(quotes.length, 8);
    assert.ok(quotes.every((q) => q.kind === 'quote' && q.attribution));
  });

  test('Should segment sentences of Chinese, English and Korean at their own punctuation', () => {
    const zh = parseTranscript('张三：你好。今天怎么样？很好！');
    assert.deepStrictEqual(
      transcriptSentences(zh).map((s) => zh.text.slice(s.range.start, s.range.end)),
      ['你好。', '今天怎么样？', '很好！'],
    );
    const en = parseTranscript('Ann: Hello there. How are you? Fine.');
    assert.strictEqual(transcriptSentences(en).length, 3);
    const ko = parseTranscript('안녕하세요. 반갑습니다.');
    assert.strictEqual(transcriptSentences(ko).length, 2);
  });
});

suite('Outline and folding', () => {
  test('Should nest turns under their section and name them by speaker and first words', () => {
    const t = parseTranscript(joinLines('# A', 'Ann: one two three', '## B', 'Bob: four', '# C', 'Cy: five'));
    type Shape = string | [string, Shape[]];
    const shape = (nodes: ReturnType<typeof buildOutline>): Shape[] =>
      nodes.map((n) => (n.children.length ? [n.name, shape(n.children)] : n.name));
    assert.deepStrictEqual(shape(buildOutline(t)), [
      ['A', ['Ann: one two three', ['B', ['Bob: four']]]],
      ['C', ['Cy: five']],
    ]);
  });

  test('Should list seed 000 sections with 45 turns beneath them', () => {
    const outline = buildOutline(parseTranscript(readSeed('000')));
    const count = (nodes: ReturnType<typeof buildOutline>): number =>
      nodes.reduce((n, x) => n + (x.kind === 'turn' ? 1 : 0) + count(x.children), 0);
    assert.strictEqual(outline.length, 8);
    assert.strictEqual(count(outline), 45);
  });

  test('Should fold multi-line turns and sections only', () => {
    const t = parseTranscript(joinLines('# A', 'Ann: x', '', 'more', 'Bob: y'));
    assert.deepStrictEqual(foldingSpans(t), [
      { startLine: 0, endLine: 4, kind: 'section' },
      { startLine: 1, endLine: 3, kind: 'turn' },
    ]);
  });

  test('Should find which turn of its speaker the cursor is in', () => {
    const text = joinLines('Ann: a', 'Bob: b', 'Ann: c', 'Ann: d');
    const t = parseTranscript(text);
    const at = new LineIndex(text).offsetAt({ line: 2, character: 3 });
    assert.deepStrictEqual(turnOfSpeakerAt(t, at), { speaker: 0, index: 1 });
    assert.strictEqual(turnOfSpeakerAt(parseTranscript('no turns'), 0), undefined);
  });
});

suite('Sentence segmentation', () => {
  // The reference: every segment Intl.Segmenter gives, trimmed, empty ones dropped.
  const reference = (text: string, locale: string) =>
    [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)]
      .map((s) => ({ start: s.index + (s.segment.length - s.segment.trimStart().length), end: s.index + s.segment.trimEnd().length }))
      .filter((r) => r.end > r.start);

  test('Should split exactly as Intl.Segmenter does, on every seed line and on awkward lines', () => {
    const lines = ['000', '001', '002', '003', '004'].flatMap((s) => readSeed(s).split('\n'));
    lines.push(
      'Hello world',
      'Hello world!!  ',
      'Hello.world',
      'Wait… what',
      '  没错！ ',
      'Smith is here. Yes',
      '“引号。”后面',
      'a\u2029b',
      'x\u3000y。',
      '\u2003em space.\u202f',
      '',
    );
    for (const line of lines) {
      for (const locale of ['zh', 'en', 'ko']) {
        assert.deepStrictEqual(
          segmentSentences(line, { start: 0, end: line.length }, locale),
          reference(line, locale),
          `${locale}: ${JSON.stringify(line.slice(0, 60))}`,
        );
      }
    }
  });

  test('Should not end a sentence at a title or an initial before a name, and nowhere else that ICU does not', () => {
    const split = (s: string) => segmentSentences(s, { start: 0, end: s.length }, 'en').map((r) => s.slice(r.start, r.end));
    assert.deepStrictEqual(split('Dr. Smith is here. Yes'), ['Dr. Smith is here.', 'Yes']);
    assert.deepStrictEqual(split('We met John F. Kennedy. He waved.'), ['We met John F. Kennedy.', 'He waved.']);
    assert.deepStrictEqual(split('It was late. Mrs. Dalloway bought the flowers (with Lt. Col. Hart).'), [
      'It was late.',
      'Mrs. Dalloway bought the flowers (with Lt. Col. Hart).',
    ]);
    assert.deepStrictEqual(split('Heute spricht Prof. Weber. Er lacht.'), ['Heute spricht Prof. Weber.', 'Er lacht.']);
    // Words that only end like a title, and the U.S. style of abbreviation, are left to ICU.
    assert.deepStrictEqual(split('He saw the doctor. Then he left. Ask Ed. He knows.'), [
      'He saw the doctor.',
      'Then he left.',
      'Ask Ed.',
      'He knows.',
    ]);
    assert.deepStrictEqual(
      split('We met in the U.S. Then we flew home.'),
      reference('We met in the U.S. Then we flew home.', 'en').map((r) => 'We met in the U.S. Then we flew home.'.slice(r.start, r.end)),
    );
  });
});
