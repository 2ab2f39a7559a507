import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  MemoryFileSystem,
  addGlossaryTerm,
  applyEdits,
  loadGlossary,
  parseGlossary,
  runChecks,
  type Finding,
  type Glossary,
  preferredEdits,
  preferredFix,
} from '../../src/core';
import { speakerVariant } from '../../src/core/checks/speaker-variant';
import { joinLines, readSeed, repoRoot, seedNames } from './helpers';

const check = (text: string, glossary?: Glossary) => runChecks(text, { checks: [speakerVariant], ...(glossary ? { glossary } : {}) });
const flagged = (text: string, glossary?: Glossary) => check(text, glossary).map((f) => text.slice(f.range.start, f.range.end));
const renameAll = (text: string, f: Finding) => {
  const fix = preferredFix(f)!;
  return applyEdits(text, fix.edits).text;
};

// An invented Chinese interview: two speakers, each also labelled once or twice in Chinese letters.
const zhInterview = joinLines(
  '## 访谈：玛丽亚·加西亚谈桥梁',
  '',
  '**Maria Garcia**：你好，欢迎。',
  '',
  '**Hans Müller**：谢谢你邀请我。',
  '',
  '**玛丽亚·加西亚**：你是怎么开始的？',
  '',
  '**汉斯·穆勒**：完全是偶然。',
  '',
  '“完全是偶然。”',
  '',
  '—汉斯·穆勒',
  '',
  '**Maria Garcia**：真有意思。',
  '',
  '**Hans Müller**：是的。',
);

suite('speaker-variant', () => {
  test('Should flag Chinese transliterations of speakers whose labels use the Latin spelling more, offering both spellings', () => {
    const findings = check(zhInterview);
    assert.deepStrictEqual(
      findings.map((f) => zhInterview.slice(f.range.start, f.range.end)),
      ['玛丽亚·加西亚', '玛丽亚·加西亚', '汉斯·穆勒', '汉斯·穆勒'],
    );
    const label = findings[1];
    assert.deepStrictEqual(label.suggestions, ['Maria Garcia']);
    assert.strictEqual(label.message, '“玛丽亚·加西亚” and “Maria Garcia” look like one speaker: rename it to “Maria Garcia”.');
    assert.deepStrictEqual(
      label.fixes.map((x) => [x.title, x.preferred ?? false]),
      [
        ['Rename all to “Maria Garcia” (original spelling)', true],
        ['Rename all to “玛丽亚·加西亚” (most used in Chinese characters)', false],
        ['Replace this with “Maria Garcia”', false],
      ],
    );
    // Related information points at the first label with the canonical spelling.
    assert.strictEqual(zhInterview.slice(label.related[0].range.start, label.related[0].range.end), 'Maria Garcia');
    assert.strictEqual(label.related[0].range.start, zhInterview.indexOf('**Maria Garcia**') + 2);
  });

  test('Should rename every variant of a person, labels, bylines and headings, in one edit, to the spelling chosen', () => {
    const [heading, , hansLabel] = check(zhInterview);
    assert.strictEqual(
      renameAll(zhInterview, heading),
      zhInterview.replace('访谈：玛丽亚·加西亚谈', '访谈：Maria Garcia谈').replace('**玛丽亚·加西亚**', '**Maria Garcia**'),
    );
    assert.strictEqual(
      renameAll(zhInterview, hansLabel),
      zhInterview.replace('**汉斯·穆勒**', '**Hans Müller**').replace('—汉斯·穆勒', '—Hans Müller'),
    );
    // The Chinese spelling, chosen instead, renames the Latin labels and nothing else.
    const toChinese = hansLabel.fixes[1];
    assert.strictEqual(applyEdits(zhInterview, toChinese.edits).text, zhInterview.replaceAll('**Hans Müller**', '**汉斯·穆勒**'));
    const single = hansLabel.fixes[2];
    assert.strictEqual(applyEdits(zhInterview, single.edits).text, zhInterview.replace('**汉斯·穆勒**', '**Hans Müller**'));
  });

  test('Should name the spelling each rename chooses for the glossary, and follow the glossary once it lists that spelling', async () => {
    const [, , hansLabel] = check(zhInterview);
    assert.deepStrictEqual(
      hansLabel.fixes.map((f) => f.glossaryTerm),
      ['Hans Müller', '汉斯·穆勒', undefined],
    );
    // The Chinese spelling chosen and added to the glossary: the Latin labels are now the ones to rename.
    const project = new MemoryFileSystem();
    await addGlossaryTerm(project, hansLabel.fixes[1].glossaryTerm!, 'zh');
    const glossary = (await loadGlossary(project)).value;
    const hans = check(zhInterview, glossary).filter((f) => /Hans|汉斯/.test(zhInterview.slice(f.range.start, f.range.end)));
    assert.deepStrictEqual(
      hans.map((f) => zhInterview.slice(f.range.start, f.range.end)),
      ['Hans Müller', 'Hans Müller'],
    );
    const chosen = preferredFix(hans[0])!;
    assert.strictEqual(chosen.title, 'Rename all to “汉斯·穆勒” (glossary)');
    assert.strictEqual(chosen.glossaryTerm, undefined, 'a spelling the glossary has is not offered to it again');
  });

  test('Should set a Latin name off with spaces inside Han prose when the document does so', () => {
    const text = zhInterview.replace('## 访谈：玛丽亚·加西亚谈桥梁', '## 访谈：玛丽亚·加西亚谈 Docker 与 Kubernetes 的桥梁');
    const [maria] = check(text);
    const toLatin = maria.fixes.find((f) => f.title.includes('original spelling'))!;
    assert.strictEqual(applyEdits(text, toLatin.edits).text.split('\n')[0], '## 访谈：Maria Garcia 谈 Docker 与 Kubernetes 的桥梁');
  });

  test('Should flag a Korean rendering of a speaker in a byline and in prose', () => {
    const text = joinLines(
      'Maria Garcia: 안녕하세요, 반갑습니다.',
      '김민수: 초대해 주셔서 감사합니다.',
      'Maria Garcia: 다리는 신뢰의 문제입니다.',
      '',
      '“다리는 신뢰의 문제입니다.”',
      '',
      '— 마리아 가르시아',
      '',
      '김민수: 마리아 가르시아의 말처럼, 신뢰가 중요합니다.',
      'Maria Garcia: 네.',
    );
    assert.deepStrictEqual(flagged(text), ['마리아 가르시아', '마리아 가르시아']);
    const [byline] = check(text);
    assert.deepStrictEqual(byline.suggestions, ['Maria Garcia']);
    assert.match(byline.message, /look like one speaker/);
    assert.strictEqual(
      renameAll(text, byline),
      text.replace('— 마리아 가르시아', '— Maria Garcia').replace('마리아 가르시아의', 'Maria Garcia의'),
    );
  });

  test('Should flag a misspelled label in Spanish and its mention in a turn', () => {
    const text = joinLines(
      'Lucía Fernández: Hola a todos.',
      'Tomás Ruiz: Buenos días.',
      'Lucia Fernandes: ¿Cómo empezaste?',
      'Tomás Ruiz: Por casualidad, como dijo Lucia Fernandes.',
      'Lucía Fernández: Interesante.',
    );
    assert.deepStrictEqual(flagged(text), ['Lucia Fernandes', 'Lucia Fernandes']);
    const [f] = check(text);
    assert.strictEqual(f.message, '“Lucia Fernandes” and “Lucía Fernández” look like one speaker: rename it to “Lucía Fernández”.');
    assert.strictEqual(renameAll(text, f), text.replace(/Lucia Fernandes/g, 'Lucía Fernández'));
  });

  test('Should prefer the Chinese spelling the labels of a Chinese document use most, offering the Latin original', () => {
    const text = joinLines(
      '**克劳斯·施密特**：你好。',
      '**李伟**：你好。',
      '**克劳斯·施密特**：开始吧。',
      '**李伟**：好的。',
      '**Klaus Schmidt**：谢谢。',
      '**李伟**：不客气。',
      '**克劳斯·施密特**：再见。',
    );
    const findings = check(text);
    assert.deepStrictEqual(
      findings.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['Klaus Schmidt', '克劳斯·施密特']],
    );
    assert.match(findings[0].related[0].message, /3 labels use “克劳斯·施密特”/);
    const original = findings[0].fixes.find((f) => f.title === 'Rename all to “Klaus Schmidt” (original spelling)');
    assert.ok(original);
    assert.strictEqual(applyEdits(text, original.edits).text, text.replaceAll('克劳斯·施密特', 'Klaus Schmidt'));
  });

  test('Should not search prose for a one-word Latin label, which may be an ordinary word', () => {
    const text = joinLines(
      'Bill: Hello.',
      'Rita: Hi.',
      'Bill: Go on.',
      'Rita: Sure.',
      'Billl: Will you stay? Billl is here.',
      'Rita: Yes.',
    );
    assert.deepStrictEqual(flagged(text), ['Billl']);
  });

  test('Should flag a dropped syllable among Chinese labels, suggesting the most used spelling', () => {
    const text = joinLines(
      '**安娜·施密特**：你好。',
      '**李伟**：你好。',
      '**安娜·施密特**：开始吧。',
      '**李伟**：好的。',
      '**安娜·施密**：谢谢。',
      '**李伟**：不客气。',
      '**安娜·施密特**：再见。',
    );
    const findings = check(text);
    assert.deepStrictEqual(
      findings.map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['安娜·施密', '安娜·施密特']],
    );
    assert.match(findings[0].related[0].message, /3 labels use “安娜·施密特”/);
  });

  test('Should prefer the glossary spelling, also for a name spelled the same way throughout', () => {
    const glossary = parseGlossary(joinLines('term\tlang', 'Ingrid Larsen\ten'));
    const text = joinLines('Ingrid Larson: Hello.', 'Tom Baker: Hi.', 'Ingrid Larson: Go on.', 'Tom Baker: Sure.');
    assert.deepStrictEqual(flagged(text), []);
    const findings = check(text, glossary);
    assert.deepStrictEqual(
      findings.map((f) => text.slice(f.range.start, f.range.end)),
      ['Ingrid Larson', 'Ingrid Larson'],
    );
    assert.match(findings[0].message, /is spelled “Ingrid Larsen” in the glossary/);
    assert.strictEqual(renameAll(text, findings[0]), text.replace(/Larson/g, 'Larsen'));
  });

  test("Should take a glossary row's translation as the spelling of a document in that language", () => {
    const glossary = parseGlossary(joinLines('term\tlang\ttranslation\ttranslation_lang', 'Ingrid Larsen\ten\t英格丽·拉森\tzh'));
    const text = joinLines(
      '**英格丽·拉森**：你好。',
      '**李伟**：你好。',
      '**英格丽德·拉森**：开始吧。',
      '**李伟**：好的。',
      '**Ingrid Larsen**：谢谢。',
    );
    const findings = check(text, glossary);
    assert.deepStrictEqual(
      findings.map((f) => text.slice(f.range.start, f.range.end)),
      ['英格丽德·拉森', 'Ingrid Larsen'],
    );
    assert.strictEqual(findings[0].suggestions[0], '英格丽·拉森');
  });

  test('Should compare speakers only with glossary rows that name someone, not with concepts', () => {
    // 容器 (rong qi, container) and 集群 are concepts: 林晓 (lin xiao) is no misspelling of them.
    const concepts = parseGlossary(
      joinLines(
        'term\tlang\ttranslation\ttranslation_lang',
        '容器\tzh\tcontainer\ten',
        '集群\tzh\tcluster\ten',
        'orchestration\ten\t编排\tzh',
      ),
    );
    const text = joinLines('**主持人**：你们怎么部署？', '**林晓**：用容器。', '**主持人**：集群呢？', '**林晓**：也在用。');
    assert.deepStrictEqual(flagged(text, concepts), []);
    // A row naming a person still spells that person.
    const person = parseGlossary(joinLines('term\tlang\ttranslation\ttranslation_lang', '林小\tzh\tLin Xiao\ten'));
    assert.deepStrictEqual(flagged(text, person), ['林晓', '林晓']);
  });

  test('Should not take a two-syllable Chinese name for a spelling of a five-syllable glossary name', () => {
    const g = parseGlossary(joinLines('term\tlang\tnote\ttranslation\ttranslation_lang', 'Sofia Rossi\ten\tcolleague\t索菲亚·罗西\tzh'));
    const text = joinLines('# 每一棵树都有一个地址', '', '译者：孙悦', '', '**孙悦**：大家好。', '', '**索菲亚·罗西**：谢谢。');
    assert.deepStrictEqual(flagged(text, g), []);
  });

  test('Should merge an initial with the full given name and keep merging across a section break', () => {
    const text = joinLines(
      'John Smith: Hello.',
      'Rita Kaye: Hi.',
      'John Smith: Go on.',
      'Rita Kaye: Sure.',
      '## Part two',
      'J. Smith: Where were we?',
      'Rita Kaye: Here.',
    );
    assert.deepStrictEqual(flagged(text), ['J. Smith']);
    const sectioned = joinLines(
      'John Smith: Hello.',
      'Rita Kaye: Hi.',
      'John Smith: Go on.',
      '## Part two',
      'John Smiht: Where were we?',
      'Rita Kaye: Here.',
    );
    assert.deepStrictEqual(flagged(sectioned), ['John Smiht']);
  });

  test('Should not merge two people with similar names who talk to each other', () => {
    const text = joinLines(
      'Anna Berg: Hello.',
      'Anne Borg: Hi Anna.',
      'Anna Berg: How are you?',
      'Anne Borg: Fine.',
      'Anna Berg: Good.',
      'Anne Borg: Yes.',
    );
    assert.deepStrictEqual(flagged(text), []);
    const zh = joinLines('**王伟**：你好。', '**汪伟**：你好。', '**王伟**：请讲。', '**汪伟**：好的。');
    assert.deepStrictEqual(flagged(zh), []);
  });

  test('Should leave consistent names, role labels and translated names in headers and prose alone', () => {
    assert.deepStrictEqual(
      flagged(joinLines('Klaus Schmidt: Hallo.', 'Maria Garcia: Hola.', 'Klaus Schmidt: Tschüss.', 'Maria Garcia: Adiós.')),
      [],
    );
    assert.deepStrictEqual(
      flagged(joinLines('Speaker 1: Hello.', 'Speaker 2: Hi.', 'Speaker 1: Bye.', 'Interviewer: Thanks.', 'Interviewee: Thanks.')),
      [],
    );
    // A Korean article naming its author in Latin letters and glossing names in prose.
    const ko = joinLines('저자: Klaus Schmidt', '역자: 김민수', '', '클라우스 슈미트(Klaus Schmidt)는 다리를 설계한다. 클라우스는 말했다.');
    assert.deepStrictEqual(flagged(ko), []);
    // Consistent Chinese labels under a Latin title: a translation, not a variant.
    const zh = joinLines('# Klaus Schmidt', '', '**克劳斯·施密特**：你好。', '**李伟**：你好。', '**克劳斯·施密特**：再见。');
    assert.deepStrictEqual(flagged(zh), []);
  });

  test('Should find the known artifact of seed 000 and offer each of its two people a Chinese and the Latin spelling', () => {
    const text = readSeed('000');
    const findings = check(text);
    const artifact = text.indexOf('**维克托·法尔奇**') + 2;
    const f = findings.find((x) => x.range.start === artifact);
    assert.ok(f, 'the first label 维克托·法尔奇 is flagged');
    assert.strictEqual(text.slice(f.range.start, f.range.end), '维克托·法尔奇');
    // Most labels use the original: it comes first, the most used Chinese spelling beside it.
    assert.deepStrictEqual(f.suggestions, ['Viktor Farcic', '维克托·法尔奇奇']);
    const guest = findings.find((x) => x.suggestions[0] === 'Damien Duportal')!;
    assert.ok(guest);
    const labelsAfter = (pick: (x: Finding) => readonly { range: { start: number; end: number }; newText: string }[]) =>
      applyEdits(text, [f, guest].flatMap(pick)).text;
    const chinese = labelsAfter((x) => x.fixes.find((fix) => fix.title.includes('Chinese characters'))!.edits);
    assert.deepStrictEqual([...new Set(chinese.match(/^\*\*[^*]+\*\*/gmu))].sort(), ['**维克托·法尔奇奇**', '**达米恩·杜波塔尔**'].sort());
    assert.deepStrictEqual(check(chinese), []);
    const latin = labelsAfter((x) => preferredFix(x)!.edits);
    assert.deepStrictEqual([...new Set(latin.match(/^\*\*[^*]+\*\*/gmu))].sort(), ['**Damien Duportal**', '**Viktor Farcic**']);
    assert.deepStrictEqual(check(latin), []);
  });

  test('Should report nothing on the other seeds, where every name is spelled one way', () => {
    for (const name of seedNames().filter((n) => !n.startsWith('000'))) assert.deepStrictEqual(flagged(readSeed(name)), [], name);
  });

  test('Should never throw on empty, CRLF, BOM, surrogate-pair and huge input, and keep ranges inside', function () {
    this.timeout(20_000);
    const crlf = '\uFEFF' + zhInterview.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(flagged(crlf), flagged(zhInterview));
    const odd = [
      '',
      '\uFEFF',
      '\r\n\r\n',
      '**𠮷田·太郎**：你好。\n**李伟**：好。\n**𠮷田·太郎郎**：再见。',
      'A: b\nA.: c',
      '**·**：x\n**-**：y',
      '\ud800: x\n\udc00: y',
      `Anna Berg: ${'word '.repeat(200_000)}\nAnne Berg: x`,
      '—\n“”\n—',
      'Ann Lee: x\nAnne Lee: y\r\nAnn Lee: z',
    ];
    for (const text of odd) {
      const findings = check(text);
      for (const f of findings) {
        assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start < f.range.end);
        for (const e of f.fixes.flatMap((x) => x.edits)) assert.ok(e.range.start >= 0 && e.range.end <= text.length);
      }
    }
    assert.deepStrictEqual(flagged('**𠮷田·太郎**：你好。\n**李伟**：好。\n**𠮷田·太郎郎**：再见。\n**李伟**：好。\n**𠮷田·太郎**：嗯。'), [
      '𠮷田·太郎郎',
    ]);
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'speaker-variant.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    const example = block('Example');
    const findings = check(example);
    assert.ok(findings.length > 0);
    assert.strictEqual(applyEdits(example, preferredEdits(findings)).text, block('Fixed'));
  });
});
