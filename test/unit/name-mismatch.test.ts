import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, runChecks, preferredEdits } from '../../src/core';
import { nameMismatch } from '../../src/core/checks/name-mismatch/name-mismatch';
import { joinLines, readSeed, repoRoot, seedNames } from './helpers';

const check = (text: string) => runChecks(text, { checks: [nameMismatch] });
const flagged = (text: string) => check(text).map((f) => text.slice(f.range.start, f.range.end));
const fixed = (text: string) => {
  const findings = check(text);
  return applyEdits(text, preferredEdits(findings)).text;
};

// An invented talk transcript: the speaker's name on the first line, as talk transcripts are headed.
const talk = (body: string) =>
  joinLines(
    'Julia Novak',
    '',
    'Transcript',
    '',
    body,
    'We will talk about bridges and how they are built, and about the people who build them.',
  );

suite('name-mismatch', () => {
  test('Should flag a self-introduction that names someone other than the title', () => {
    const text = talk('Good morning. So my name is Marco Bellini, I build bridges.');
    const [f, ...rest] = check(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(f.range.start, f.range.end), 'Marco Bellini');
    assert.deepStrictEqual(f.suggestions, ['Julia Novak']);
    assert.strictEqual(
      f.message,
      'The speaker introduces themself as “Marco Bellini”, but the title names “Julia Novak”: use “Julia Novak”. The recogniser probably heard an Italian name.',
    );
    assert.deepStrictEqual(
      f.related.map((r) => text.slice(r.range.start, r.range.end)),
      ['Julia Novak'],
    );
    assert.strictEqual(f.fixes[0].preferred, true);
    assert.strictEqual(fixed(text), text.replace('Marco Bellini', 'Julia Novak'));
  });

  test('Should give a weaker message for a misspelling of the title name', () => {
    const text = talk('Hi, my name is Julia Nowak.');
    const [f] = check(text);
    assert.strictEqual(text.slice(f.range.start, f.range.end), 'Julia Nowak');
    assert.strictEqual(
      f.message,
      "“Julia Nowak” looks like a misspelling of “Julia Novak”, the speaker's name in the title: use “Julia Novak”.",
    );
  });

  test('Should suggest the given name for a first name alone, and accept the right one', () => {
    assert.deepStrictEqual(
      check(talk('Hello, my name is Paula.')).map((f) => f.suggestions),
      [['Julia', 'Julia Novak']],
    );
    assert.deepStrictEqual(flagged(talk('Hello, my name is Julia.')), []);
    assert.deepStrictEqual(flagged(talk('Hello, my name is Julia Novak and I am Julia Novak.')), []);
  });

  test('Should read German, Spanish, Chinese and Korean self-introductions', () => {
    const de = joinLines(
      '# Klaus Schmidt',
      '',
      'Guten Tag, ich heiße Peter Wagner und ich bin der Sprecher. Das ist die Geschichte, die wir nicht vergessen, und der Weg ist ein langer Weg zu der Stadt.',
    );
    assert.deepStrictEqual(
      check(de).map((f) => [de.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['Peter Wagner', 'Klaus Schmidt']],
    );
    const es = joinLines(
      'Lucía Fernández',
      '',
      'Hola a todos, me llamo Carmen Ortiz y es un placer estar aquí con todos ustedes para hablar de los puentes.',
    );
    assert.deepStrictEqual(
      check(es).map((f) => [es.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['Carmen Ortiz', 'Lucía Fernández']],
    );
    const zh = joinLines('作者：王小明', '', '大家好，我叫李小红，今天我们来谈谈工程。我是工程师。我叫他过来。');
    assert.deepStrictEqual(
      check(zh).map((f) => [zh.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['李小红', '王小明']],
    );
    assert.match(check(zh)[0].message, /the 作者 field names “王小明”/);
    const ko = joinLines('저자: 김민수', '', '안녕하세요, 제 이름은 박지훈입니다. 저는 개발자입니다.');
    assert.deepStrictEqual(
      check(ko).map((f) => [ko.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['박지훈', '김민수']],
    );
  });

  test("Should compare an introduction in an interview with the turn's label", () => {
    const text = joinLines(
      "**Anna Berg**: Hi, I'm Lena Kraus, glad to be here.",
      "**Tom Becker**: Welcome. I'm Tom Becker, and with me is Anna Berg.",
      '**Anna Berg**: As Tom Becker said, I am Anna Berg.',
    );
    assert.deepStrictEqual(
      check(text).map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]),
      [['Lena Kraus', 'Anna Berg']],
    );
  });

  test('Should take a label that gives part of the introduced name for the same person, and still flag another name', () => {
    const text = joinLines(
      "Anna: Good evening. I'm Anna Kowalski from the Civic Forum.",
      '劳拉：大家好，我是劳拉·贝内特，欢迎收听。',
      "Tom: Hello, I'm Marco Bellini.",
    );
    assert.deepStrictEqual(flagged(text), ['Marco Bellini']);
  });

  test('Should flag a pull-quote byline naming someone other than the speaker of the quoted words', () => {
    const text = joinLines(
      '**Tom Becker**: What matters most?',
      '**Anna Berg**: Trust matters more than any tool we could buy.',
      '',
      '“Trust matters more than any tool we could buy.”',
      '',
      '—Tom Becker',
      '',
      '**Tom Becker**: Thanks.',
    );
    const [f, ...rest] = check(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(f.range.start, f.range.end), 'Tom Becker');
    assert.strictEqual(f.range.start, text.indexOf('—Tom Becker') + 1);
    assert.deepStrictEqual(f.suggestions, ['Anna Berg']);
    assert.match(f.message, /repeats words that “Anna Berg” says, but its byline names “Tom Becker”/);
    assert.deepStrictEqual(
      f.related.map((r) => text.slice(r.range.start, r.range.end)),
      ['Anna Berg', 'Trust matters more than any tool we could buy.'],
    );
    assert.deepStrictEqual(flagged(text.replace('—Tom Becker', '—Anna Berg')), []);
    // A byline in another script is speaker-variant's business, not a mismatch.
    assert.deepStrictEqual(flagged(text.replace('—Tom Becker', '—安娜·贝格')), []);
  });

  test('Should not flag ordinary phrases, quoted speech, other speakers or documents that name nobody', () => {
    assert.deepStrictEqual(flagged(talk("I'm sure you know. I am Canadian. I'm Very Happy to be here, very happy. I'm going home.")), []);
    assert.deepStrictEqual(flagged(talk('He told me, "my name is Bob Stone", and left.')), []);
    assert.deepStrictEqual(flagged(talk('This is Docker Swarm. This is Carla Mendes speaking.')), ['Carla Mendes']);
    // A title that is a topic, not a person: its words recur in the text.
    assert.deepStrictEqual(
      flagged(joinLines('Building Better Bridges', '', 'My name is Marco Bellini and we are building better bridges.')),
      [],
    );
    assert.deepStrictEqual(flagged('My name is Marco Bellini.'), []);
    assert.deepStrictEqual(flagged(joinLines('# 我们如何建造桥梁', '', '大家好，我叫李小红。')), []);
    // A role label names nobody to compare with.
    assert.deepStrictEqual(flagged(joinLines("Host: Hello, I'm Marco Bellini.", 'Guest: Hi.')), []);
  });

  test('Should take different names for other people once three of them introduce themselves', () => {
    // Three different names introduced outside turns: a panel, not one speaker misheard three ways.
    const panel = talk("My name is Marco Bellini. I'm Tom Lee. My name is Sara Dahl. My name is Julia Nowak.");
    assert.deepStrictEqual(flagged(panel), ['Julia Nowak']); // a misspelling of the title's name still is one
    // Two different names may still both be the speaker misheard: each is reported.
    assert.deepStrictEqual(flagged(talk("My name is Marco Bellini. Later: I'm Tom Lee, as I said.")), ['Marco Bellini', 'Tom Lee']);
  });

  test('Should find the known artifact of seed 002 and nothing on the other seeds', () => {
    const text = readSeed('002');
    const findings = check(text);
    assert.strictEqual(findings.length, 1);
    const [f] = findings;
    assert.strictEqual(text.slice(f.range.start, f.range.end), 'Jean-Pierre Vautour');
    assert.deepStrictEqual(f.suggestions, ['Julien Pivotto']);
    assert.match(f.message, /probably heard a French name/);
    assert.ok(fixed(text).includes('So my name is Julien Pivotto, I am a consultant'));
    for (const name of seedNames().filter((n) => !n.startsWith('002'))) assert.deepStrictEqual(flagged(readSeed(name)), [], name);
  });

  test('Should never throw on empty, CRLF, BOM, surrogate-pair and huge input, and keep ranges inside', function () {
    this.timeout(20_000);
    const text = talk('Good morning. So my name is Marco Bellini, I build bridges.');
    const crlf = '\uFEFF' + text.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(flagged(crlf), ['Marco Bellini']);
    const odd = [
      '',
      '\uFEFF',
      '\r\n',
      'my name is',
      'My name is \ud800',
      '我叫',
      '제 이름은',
      `Julia Novak\n\n${'my name is Otto Lang, '.repeat(5_000)}`,
      `Julia Novak\n\n${'x'.repeat(300_000)} I'm Otto Lang`,
      '—\n“a”\n—Otto Lang',
      'Julia Novak\n\n我叫𠮷田太郎。My name is 😀 Otto.',
    ];
    for (const s of odd) {
      for (const f of check(s)) {
        assert.ok(f.range.start >= 0 && f.range.end <= s.length && f.range.start < f.range.end);
        for (const r of f.related) assert.ok(r.range.start >= 0 && r.range.end <= s.length);
      }
    }
  });

  test('Should turn the docs page example into its fixed text with the preferred fixes', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'checks', 'name-mismatch.md'), 'utf8');
    const block = (heading: string) => doc.split(`## ${heading}`)[1].split('```')[1].replace(/^\n/, '');
    const example = block('Example');
    const findings = check(example);
    assert.ok(findings.length > 0);
    assert.strictEqual(applyEdits(example, preferredEdits(findings)).text, block('Fixed'));
  });
});
