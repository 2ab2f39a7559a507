// name-mismatch on documents of many pull quotes, names and self-introductions: the passage finder, the
// index of the document's names and the word list give the answers the one-by-one searches gave.
import * as assert from 'assert';
import { parseTranscript, runChecks } from '../../src/core';
import { nameMismatch } from '../../src/core/checks/name-mismatch/name-mismatch';
import { NameIndex } from '../../src/core/checks/name-mismatch/nameIndex';
import { quotedPassages } from '../../src/core/checks/name-mismatch/quotedPassages';
import { wordsIn } from '../../src/core/checks/name-mismatch/wordsInText';
import { nameDistance, parseName } from '../../src/core/names/names';
import { joinLines } from './helpers';

const check = (text: string) => runChecks(text, { checks: [nameMismatch] });
const flagged = (text: string) => check(text).map((f) => [text.slice(f.range.start, f.range.end), f.suggestions[0]]);

suite('name-mismatch on many names and quotes', () => {
  test('Should find the passage of each of many pull quotes repeating one another in a turn, not in another quote', () => {
    const rounds = Array.from({ length: 40 }, (_, i) =>
      joinLines(
        `**${i % 2 ? 'Anna Berg' : 'Tom Becker'}**: Round ${i}. Trust matters more than tools.`,
        '',
        '“Trust matters more than tools.”',
        `—${i % 2 ? 'Tom Becker' : 'Anna Berg'}`,
        '',
      ),
    );
    const text = joinLines(...rounds);
    const t = parseTranscript(text);
    const passages = quotedPassages(t);
    // Every quote's window reaches the first turn, where its words stand first outside a quote.
    const first = text.indexOf('Trust matters more than tools.');
    assert.deepStrictEqual(
      passages.map((p) => [p.passage.start, p.passage.end, p.turn]),
      rounds.map(() => [first, first + 'Trust matters more than tools.'.length, 0]),
    );
  });

  test('Should judge a byline against the speaker whose words a quote repeats, among many quotes', () => {
    const rounds = Array.from({ length: 300 }, (_, i) =>
      joinLines(
        `**Speaker Ka${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]} Berg**: in ${i} we built it.`,
        '',
        `“in ${i} we built it.”`,
        '—Tom Becker',
        '',
      ),
    );
    const findings = check(joinLines(...rounds));
    assert.strictEqual(findings.length, 300);
    assert.match(findings[123].message, /repeats words that “Speaker Kadm Berg” says, but its byline names “Tom Becker”/);
  });

  test('Should not flag a misspelling of one of many speakers, and flag a name no speaker has', () => {
    const speakers = Array.from(
      { length: 200 },
      (_, i) => `Ka${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}${'uvwxy'[Math.floor(i / 100)]} Berg`,
    );
    const turns = speakers.map((s) => `${s}: We will talk about bridges.`);
    const text = joinLines(
      ...turns,
      'Kaaku Berg: Hello, my name is Jon Smith.',
      'John Smith: Hello, I am John Smith.',
      'Kabku Berg: Hi, my name is Jon Smyth.',
    );
    assert.deepStrictEqual(flagged(text), []);
    const other = joinLines(...turns, 'Kaaku Berg: Hello, my name is Lena Kraus.');
    assert.deepStrictEqual(flagged(other), [['Lena Kraus', 'Kaaku Berg']]);
  });

  test('Should offer at most ten other expected names besides the suggestion', () => {
    const authors = Array.from(
      { length: 30 },
      (_, i) =>
        `Author: ${'Anna Berta Clara Dora Emma Frida Greta Hanna Ida Jana'.split(' ')[i % 10]} ${'Lang Kurz Breit'.split(' ')[Math.floor(i / 10)]}`,
    );
    const text = joinLines(...authors, '', "Hello, I'm Zoran Petrovic, welcome.");
    const [f, ...rest] = check(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(f.suggestions[0], 'Anna Lang');
    assert.strictEqual(f.suggestions.length, 11);
    assert.deepStrictEqual(f.suggestions.slice(1, 3), ['Berta Lang', 'Clara Lang']);
  });

  test('Should tell a misspelling of one of many authors from a name none of them has', () => {
    const authors = Array.from(
      { length: 30 },
      (_, i) =>
        `Author: ${'Anna Berta Clara Dora Emma Frida Greta Hanna Ida Jana'.split(' ')[i % 10]} ${'Lang Kurz Breit'.split(' ')[Math.floor(i / 10)]}`,
    );
    const text = joinLines(...authors, '', 'Hello, my name is Bertha Kurz. Later: hello, my name is Zoran Petrovic.');
    const [misspelt, other, ...rest] = check(text);
    assert.strictEqual(rest.length, 0);
    assert.match(misspelt.message, /^“Bertha Kurz” looks like a misspelling of “Berta Kurz”, the speaker's name in the Author field/);
    assert.match(other.message, /^The speaker introduces themself as “Zoran Petrovic”, but the Author field names “Anna Lang”/);
  });

  test('Should tell which capitalised words, given by where they stand, the text also writes in lower case', () => {
    const text = joinLines("I'm Very Happy, said Tom Becker. We were very glad.", 'Hélène is here; hélène and Zoë.');
    const spans: number[] = [];
    for (const w of ['Very', 'Happy', 'Tom', 'Becker']) spans.push(text.indexOf(w), text.indexOf(w) + w.length);
    assert.deepStrictEqual([...wordsIn(text, ['hélène', 'zoë'], spans)], [1, 0, 1, 0, 0, 0]);
  });

  test('Should still skip a capitalised phrase the text writes in lower case, among many self-introductions', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `Hello, I'm Very Happy ${i % 2 ? 'today' : 'now'}. I'm Tom Becker.`);
    const text = joinLines(
      'Julia Novak',
      '',
      'Transcript',
      '',
      ...lines,
      'I am very glad. We will talk about bridges and the people who build them.',
    );
    assert.deepStrictEqual(new Set(flagged(text).map(([name]) => name)), new Set(['Tom Becker']));
  });

  test('Should find through the index every name nameDistance finds close', () => {
    const parts = [
      'Anna',
      'Anne',
      'Ana',
      'Berg',
      'Borg',
      'J.',
      'Kim',
      'Gim',
      'Minsu',
      '王',
      '小明',
      '克劳斯',
      'Schmidt',
      'Smit',
      'Ivan',
      'Иван',
      'Oona',
      'Una',
      // No phonetic key: filed by its text.
      'ƒ',
      'ƒƒ',
    ];
    const names: string[] = [];
    for (const a of parts) for (const b of parts) names.push(a === b ? a : `${a} ${b}`);
    names.push('王小明', 'Wang Xiaoming', 'Klaus Schmidt', '克劳斯·施密特', 'Anna Maria Berg');
    const parsed = names.map((n) => parseName(n));
    const index = new NameIndex(parsed.length, (i) => parsed[i]);
    for (const q of parsed) {
      const near = new Set(index.near(q, parsed.length));
      parsed.forEach((k, i) => {
        if (nameDistance(q, k) !== Infinity) assert.ok(near.has(i), `${q.text} ~ ${k.text}`);
        // Told for one name at a time, as a search finds them.
        assert.strictEqual(index.meets(q, i), near.has(i), `${q.text} meets ${k.text}`);
      });
    }
  });
});
