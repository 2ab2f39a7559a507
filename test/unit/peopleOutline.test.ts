import * as assert from 'assert';
import {
  EMPTY_GLOSSARY,
  EMPTY_SPEAKER_DECISIONS,
  buildOutline,
  mergedDecisions,
  outlineWithPeople,
  paragraphs,
  parseTranscript,
  people,
  type OutlineNode,
} from '../../src/core';
import { joinLines, readSeed } from './helpers';

// Every node of a tree, depth first.
const flat = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
// Counts the strings of a list.
const counts = (list: readonly string[]) => list.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
// The outline of a text with its people as the editor shows it (no glossary, no decisions unless given).
const withPeople = (text: string, decisions = EMPTY_SPEAKER_DECISIONS) => {
  const t = parseTranscript(text);
  return outlineWithPeople(t, people(t, decisions, EMPTY_GLOSSARY));
};

suite('Outline by person and by paragraph', () => {
  const seed000 = readSeed('000');
  const lines000 = seed000.split('\n');
  // Seed 000 labels its turns `**Name**：`, and its pull quotes are signed `—Name`.
  const labelLines = lines000.flatMap((l, i) => (/^\*\*(.+?)\*\*：/u.test(l) ? [i] : []));
  const labelOf = (line: number) => /^\*\*(.+?)\*\*：/u.exec(lines000[line])![1];
  const bylines = lines000.flatMap((l) => /^—(.+)$/u.exec(l)?.[1] ?? []);

  test("Should keep seed 000's sections and turns in order, then list its two people with each spelling's turns and bylines", () => {
    const t = parseTranscript(seed000);
    const outline = withPeople(seed000);
    const group = outline.at(-1)!;
    // The document's own structure first, as it was.
    assert.deepStrictEqual(
      outline.slice(0, -1).map((n) => [n.kind, n.name, n.range]),
      buildOutline(t).map((n) => [n.kind, n.name, n.range]),
    );
    assert.strictEqual(outline.filter((n) => n.kind === 'section').length, 8);
    assert.strictEqual(group.kind, 'speakers');
    assert.deepStrictEqual(
      group.children.map((p) => [p.kind, p.name]),
      [
        ['person', 'Viktor Farcic'],
        ['person', 'Damien Duportal'],
      ],
    );
    assert.strictEqual(group.detail, '2 speakers · 9 spellings');
    // Each label spelling is listed once, under one person, with exactly the turns it labels and the bylines it signs.
    const spellings = group.children.flatMap((p) => p.children);
    assert.ok(spellings.every((s) => s.kind === 'spelling'));
    assert.deepStrictEqual(
      new Map(spellings.map((s) => [s.name, s.children.filter((c) => c.kind === 'turn').length] as const)),
      counts(labelLines.map(labelOf)),
    );
    assert.deepStrictEqual(
      new Map(spellings.map((s) => [s.name, s.children.filter((c) => c.kind === 'mention').length] as const).filter(([, n]) => n)),
      counts(bylines),
    );
    // Every turn is under its label's spelling, once, standing on that name and named by the words after the label.
    const turns = spellings.flatMap((s) => s.children.filter((c) => c.kind === 'turn').map((c) => [s.name, c] as const));
    assert.deepStrictEqual(
      turns.map(([, c]) => c.startLine).sort((a, b) => a - b),
      labelLines,
    );
    for (const [spelling, turn] of turns) {
      assert.strictEqual(labelOf(turn.startLine), spelling);
      assert.strictEqual(seed000.slice(turn.range.start, turn.range.end), spelling);
      const words = lines000[turn.startLine].slice(`**${spelling}**：`.length);
      assert.ok(words.startsWith(turn.name.replace(/…$/u, '')), `${turn.name} / ${words}`);
    }
    // Nothing in the group covers more than a name on one line: the breadcrumbs keep to the document's own nodes.
    for (const n of flat(group.children)) {
      assert.strictEqual(n.startLine, n.endLine, n.name);
      assert.deepStrictEqual(n.range, n.selectionRange, n.name);
    }
  });

  test("Should name the person beside a turn whose label spells them another way, and nothing beside the person's own spelling", () => {
    const outline = withPeople(seed000);
    const personOfSpelling = new Map(outline.at(-1)!.children.flatMap((p) => p.children.map((s) => [s.name, p.name] as const)));
    const turns = flat(outline.slice(0, -1)).filter((n) => n.kind === 'turn');
    assert.strictEqual(turns.length, labelLines.length);
    for (const turn of turns) {
      const label = labelOf(turn.startLine);
      const person = personOfSpelling.get(label)!;
      assert.strictEqual(turn.detail, label === person ? '' : person, `line ${turn.startLine + 1}`);
    }
    assert.ok(turns.some((n) => n.detail !== '') && turns.some((n) => n.detail === ''));
  });

  test('Should follow a decision to merge two people: one person listed, with the spellings of both', () => {
    const text = joinLines(
      'Ann Lee: Welcome to the show.',
      'Bob Stone: Thanks for having me.',
      'Ann Lee: Shall we start?',
      'Bob Stone: Sure.',
    );
    assert.deepStrictEqual(
      withPeople(text)
        .at(-1)!
        .children.map((p) => [p.name, p.detail]),
      [
        ['Ann Lee', '2 turns'],
        ['Bob Stone', '2 turns'],
      ],
    );
    const merged = withPeople(text, mergedDecisions(EMPTY_SPEAKER_DECISIONS, ['Ann Lee', 'Bob Stone'])).at(-1)!;
    assert.deepStrictEqual(
      merged.children.map((p) => [p.children.map((s) => [s.name, s.detail]), p.detail]),
      [
        [
          [
            ['Ann Lee', '2 turns'],
            ['Bob Stone', '2 turns'],
          ],
          '4 turns · 2 spellings',
        ],
      ],
    );
  });

  test('Should outline an article without headings or turns by its paragraphs, and name its author from the header', () => {
    const seed004 = readSeed('004');
    const lines = seed004.split('\n');
    const outline = withPeople(seed004);
    const nodes = outline.slice(0, -1);
    assert.ok(nodes.every((n) => n.kind === 'paragraph' && n.startLine === n.endLine));
    // One per line with words (a rule "|", a date and a view count are no paragraph), named by its first words.
    assert.deepStrictEqual(
      nodes.map((n) => n.startLine),
      lines.flatMap((l, i) => (/\p{L}/u.test(l) ? [i] : [])),
    );
    for (const n of nodes) assert.ok(lines[n.startLine].startsWith(n.name.replace(/…$/u, '')), n.name);
    const group = outline.at(-1)!;
    assert.deepStrictEqual(
      group.children.map((p) => [p.name, p.detail]),
      [['Mike Loukides', 'named in the title or header']],
    );
    const [mention] = group.children[0].children;
    assert.deepStrictEqual(
      [mention.kind, mention.name, lines[mention.startLine]],
      ['mention', '저자 : Mike Loukides', '저자 : Mike Loukides'],
    );
  });

  test('Should keep each line of a speech-recognised monologue a paragraph, except a line that breaks off mid-sentence', () => {
    const seed002 = readSeed('002');
    const lines = seed002.split('\n');
    const outline = buildOutline(parseTranscript(seed002));
    assert.deepStrictEqual(
      outline.slice(0, 3).map((n) => n.name),
      ['Julien Pivotto', 'Transcript', 'So I will give you a talk about…'],
    );
    // Every line with words is in exactly one paragraph.
    const covered = outline.flatMap((n) => Array.from({ length: n.endLine - n.startLine + 1 }, (_, k) => n.startLine + k));
    assert.deepStrictEqual(
      covered,
      lines.flatMap((l, i) => (/\p{L}/u.test(l) ? [i] : [])),
    );
    // "… But to do that," goes on in lower case on the next line: one paragraph.
    const broken = lines.findIndex((l) => l.endsWith('But to do that,'));
    assert.ok(lines[broken + 1].startsWith('you need to get more confident'));
    assert.ok(outline.some((n) => n.startLine === broken && n.endLine === broken + 1));
    assert.strictEqual(withPeople(seed002).at(-1)!.children[0].name, 'Julien Pivotto');
  });

  test('Should join hard-wrapped lines into their paragraph and keep a title apart', () => {
    const article = joinLines(
      'The Bridge at Dawn',
      '',
      'When the first engineers came to the valley, they found a river that',
      'changed its course every spring and a village that had learned to move',
      'with it.',
      '',
      "Nobody had written down how the old ferry worked. The ferryman's",
      'daughter, then eleven, remembered the knots.',
      'She ties them for visitors.',
    );
    const t = parseTranscript(article);
    assert.deepStrictEqual(
      paragraphs(t).map((p) => [p.startLine, p.endLine]),
      [
        [0, 0],
        [2, 4],
        [6, 7],
        [8, 8],
      ],
    );
    assert.deepStrictEqual(
      buildOutline(t).map((n) => n.name),
      ['The Bridge at Dawn', 'When the first engineers came…', 'Nobody had written down how the…', 'She ties them for visitors.'],
    );
  });

  test('Should keep the sections of a document with headings and no turns, without paragraphs', () => {
    const outline = buildOutline(parseTranscript(readSeed('003')));
    assert.ok(outline.length > 0);
    assert.ok(flat(outline).every((n) => n.kind === 'section'));
  });
});
