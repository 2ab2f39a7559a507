// The parse, the outline and the CLI's output are built for files of a million lines (compact blocks with ranges as
// getters, regexes read without their indices, streamed JSON). These tests pin that they say exactly what the plain
// versions said: the same groups as the regexes' own indices, the same ranges, the same JSON.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import {
  buildOutline,
  isBlockquote,
  matchAttribution,
  matchBoldHeading,
  matchHeading,
  matchMetadata,
  matchPullQuote,
  matchSpeakerLabel,
  paragraphs,
  parseTranscript,
  runChecks,
  type Block,
  type OutlineNode,
  type SpeakerLabel,
  type Transcript,
} from '../../src/core';
import { headingStructure } from '../../src/core/checks/heading-structure';
import generated from '../../src/core/document/linePatterns.json';
import { writeJson, writeOutlineJson } from '../../src/cli/outline';
import { joinLines, readSeed, repoRoot, seedNames, transcriptPiece } from './helpers';

type Range = { start: number; end: number };

// The readers as they were written with the `d` flag: every group's span from the regex's own indices.
const indexed = (source: string) => new RegExp(source, 'ud');
const SPEAKER = indexed(generated.patterns.speakerLabelLoose);
const SPEAKER_STOP = new RegExp(generated.patterns.speakerStop, 'uy');
const HEADING = indexed(generated.patterns.heading);
const BOLD_HEADING = indexed(generated.patterns.boldHeading);
const METADATA = indexed(generated.patterns.metadata);
const ATTRIBUTION = indexed(generated.patterns.attribution);
const PULL_QUOTE = indexed(generated.patterns.pullQuote);
const BLOCKQUOTE = indexed(generated.patterns.blockquote);
const span = (m: RegExpExecArray, group: string) => m.indices?.groups?.[group];

const reference = {
  label(line: string) {
    const head = line.length > 200 ? line.slice(0, 200) : line;
    const m = SPEAKER.exec(head);
    if (!m) return undefined;
    const group = ['boldName', 'innerName', 'name'].find((g) => m.groups?.[g] !== undefined)!;
    const [nameStart, nameEnd] = span(m, group)!;
    SPEAKER_STOP.lastIndex = nameStart;
    if (SPEAKER_STOP.test(head)) return undefined;
    const stamp = ['ts', 'boldTs', 'innerTs', 'nameTs'].map((g) => m.groups?.[g]).find((t) => t !== undefined);
    let labelStart = 0;
    while (line[labelStart] === ' ' || line[labelStart] === '\t') labelStart++;
    return {
      name: line.slice(nameStart, nameEnd),
      nameStart,
      nameEnd,
      labelStart,
      labelEnd: m[0].length,
      ...(stamp ? { timestamp: stamp.replace(/^[[(（]|[\])）]$/gu, '') } : {}),
    };
  },
  heading(line: string) {
    const m = HEADING.exec(line);
    if (!m) return undefined;
    const [s, e] = span(m, 'text') ?? [m[0].length, m[0].length];
    return { level: m.groups!.marks.length, textStart: s, textEnd: e, bold: false };
  },
  bold(line: string) {
    const m = BOLD_HEADING.exec(line);
    if (!m) return undefined;
    const [s, e] = span(m, 'text') ?? span(m, 'textU')!;
    return { level: 7, textStart: s, textEnd: e, bold: true };
  },
  metadata(line: string) {
    const m = METADATA.exec(line);
    if (!m) return undefined;
    const [keyStart, keyEnd] = span(m, 'key')!;
    const [valueStart, valueEnd] = span(m, 'value')!;
    return { key: line.slice(keyStart, keyEnd), keyStart, valueStart, valueEnd };
  },
  attribution(line: string) {
    const m = ATTRIBUTION.exec(line);
    if (!m) return undefined;
    const [nameStart, nameEnd] = span(m, 'text')!;
    return { nameStart, nameEnd };
  },
  quote: (line: string) => PULL_QUOTE.test(line),
  blockquote: (line: string) => BLOCKQUOTE.test(line),
};

function assertSameReading(line: string): void {
  const at = JSON.stringify(line);
  assert.deepStrictEqual(matchSpeakerLabel(line), reference.label(line), `label of ${at}`);
  assert.deepStrictEqual(matchHeading(line), reference.heading(line), `heading of ${at}`);
  assert.deepStrictEqual(matchBoldHeading(line), reference.bold(line), `bold heading of ${at}`);
  assert.deepStrictEqual(matchMetadata(line), reference.metadata(line), `metadata of ${at}`);
  assert.deepStrictEqual(matchAttribution(line), reference.attribution(line), `attribution of ${at}`);
  assert.strictEqual(matchPullQuote(line) !== undefined, reference.quote(line), `pull quote of ${at}`);
  assert.strictEqual(isBlockquote(line), reference.blockquote(line), `blockquote of ${at}`);
}

// Lines of every shape, with the indentation, timestamps, bold and blanks that move their groups about.
function corpusLines(): string[] {
  const dir = path.join(repoRoot, 'test', 'fixtures');
  const files = [
    ...seedNames().map(readSeed),
    ...fs.readdirSync(path.join(dir, 'checks')).map((f) => fs.readFileSync(path.join(dir, 'checks', f), 'utf8')),
    fs.readFileSync(path.join(dir, 'grammar', 'forms.transcript'), 'utf8'),
  ];
  const lines = new Set<string>();
  for (const line of files.flatMap((t) => t.split(/\r\n|\r|\n/))) {
    const colon = line.search(/[:：]/);
    for (const v of [line, '  ' + line, '\t' + line, '   ' + line, '    ' + line, line + ' \t', '[00:01:02] ' + line, '00:01 ' + line])
      lines.add(v);
    if (colon > 0 && colon < 60) {
      lines.add(`**${line.slice(0, colon)}**${line.slice(colon)}`);
      lines.add(`**${line.slice(0, colon + 1)}**${line.slice(colon + 1)}`);
      lines.add(`${line.slice(0, colon)} (00:12)  ${line.slice(colon)}`);
      lines.add(`${line.slice(0, colon)}   ${line.slice(colon)}`);
    }
  }
  return [...lines];
}

const SHAPES = [
  '# ',
  '##',
  '###### ',
  '####### ',
  ' #',
  '**',
  '__',
  '> ',
  '>>',
  '—',
  '——',
  '--',
  '–',
  '“',
  '”',
  '"',
  '「',
  '』',
  ': ',
  '：',
  '  ',
  '\t',
  ' # ',
  '[00:12] ',
  '(00:12:34.5)',
  'Source',
  'Original',
  ' article',
  'Transcribed',
  ' \t by',
  'BY',
  '원문',
  '原文',
  '저자 ',
  'Ann Lee',
  'ANN',
  '张三',
  'Transcript',
  'x',
  '\u2028',
];
const shapedLine = fc.array(fc.oneof(fc.constantFrom(...SHAPES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((p) => p.join(''));

// Every field of the model as its interface has it, getters included, as plain data.
const plainRange = (r: Range) => ({ start: r.start, end: r.end });
function plainLabel(l: SpeakerLabel) {
  return {
    name: l.name,
    key: l.key,
    nameRange: plainRange(l.nameRange),
    labelRange: plainRange(l.labelRange),
    ...('timestamp' in l ? { timestamp: l.timestamp } : {}),
  };
}
function plainBlock(b: Block) {
  const base = {
    kind: b.kind,
    range: plainRange(b.range),
    contentRange: plainRange(b.contentRange),
    startLine: b.startLine,
    endLine: b.endLine,
  };
  switch (b.kind) {
    case 'heading':
      return { ...base, level: b.level, text: b.text, textRange: plainRange(b.textRange) };
    case 'turn':
      return { ...base, speaker: plainLabel(b.speaker), textRange: plainRange(b.textRange) };
    case 'quote':
      return { ...base, textRange: plainRange(b.textRange), ...('attribution' in b ? { attribution: b.attribution } : {}) };
    case 'attribution':
      return { ...base, name: b.name, nameRange: plainRange(b.nameRange) };
    case 'metadata':
      return { ...base, key: b.key, keyRange: plainRange(b.keyRange), value: b.value, valueRange: plainRange(b.valueRange) };
    default:
      return base;
  }
}
function plainTranscript(t: Transcript) {
  return {
    text: t.text,
    blocks: t.blocks.map(plainBlock),
    turns: t.turns.map((u) => ({
      speaker: plainLabel(u.speaker),
      block: u.block,
      range: plainRange(u.range),
      startLine: u.startLine,
      endLine: u.endLine,
    })),
    sections: t.sections.map((s) => ({
      block: s.block,
      level: s.level,
      title: s.title,
      range: plainRange(s.range),
      startLine: s.startLine,
      endLine: s.endLine,
    })),
    speakers: t.speakers.map((s) => ({ key: s.key, name: s.name, spellings: [...s.spellings], turns: [...s.turns] })),
    language: t.language,
    title: t.title,
  };
}

// What each block's ranges must say about the text, whatever its representation.
function assertRangesRead(text: string, t: Transcript): void {
  for (const b of t.blocks) {
    const line = text.slice(b.contentRange.start, b.contentRange.end).replace(/^\uFEFF/u, '');
    if (b.kind === 'turn') {
      assert.strictEqual(b.speaker, t.turns.find((u) => u.block === t.blocks.indexOf(b))?.speaker);
      const label = matchSpeakerLabel(line)!;
      const at = b.contentRange.end - line.length;
      assert.strictEqual(text.slice(b.speaker.nameRange.start, b.speaker.nameRange.end), b.speaker.name);
      assert.deepStrictEqual(plainRange(b.speaker.labelRange), { start: at + label.labelStart, end: at + label.labelEnd });
      assert.deepStrictEqual(plainRange(b.textRange), { start: at + label.labelEnd, end: b.contentRange.end });
      assert.strictEqual('timestamp' in b.speaker, label.timestamp !== undefined);
    }
    if (b.kind === 'metadata') assert.strictEqual(text.slice(b.valueRange.start, b.valueRange.end), b.value);
    if (b.kind === 'attribution') assert.strictEqual(text.slice(b.nameRange.start, b.nameRange.end), b.name);
  }
}

suite('Document at scale: the same readings as before', () => {
  test('Should read every group of every line shape where the regexes’ own indices put it', () => {
    for (const line of corpusLines()) assertSameReading(line);
    fc.assert(
      fc.property(shapedLine, (line) => assertSameReading(line)),
      { numRuns: 4000 },
    );
  });

  test('Should read labels up to the end of the 200-character head of a line, after a BOM and blanks', () => {
    for (const lead of ['', '   ', '\t', '[00:12:34.567] ', '  00:12 ']) {
      for (const length of [1, 60, 150, 170, 181, 190, 196, 199, 230]) {
        const name = 'A' + 'b'.repeat(length - 1);
        for (const label of [`${name}: x`, `**${name}**: x`, `**${name}:** x`, `${name} (00:12):  x`]) {
          const line = lead + label;
          assertSameReading(line);
          for (const text of [`${line}\r\nB: y`, `\uFEFF${line}\n`, `intro\n${line}`]) assertRangesRead(text, parseTranscript(text));
        }
      }
    }
  });

  test('Should give every block, turn and section the ranges its text has, for the seeds and random text', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      for (const variant of [text, '\uFEFF' + text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')])
        assertRangesRead(variant, parseTranscript(variant));
    }
    fc.assert(
      fc.property(fc.array(fc.oneof(transcriptPiece, shapedLine), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('\n');
        assertRangesRead(text, parseTranscript(text));
      }),
      { numRuns: 800 },
    );
  });

  test('Should read an incremental parse exactly as a fresh one, every range and label included', () => {
    const seeds = seedNames().map(readSeed);
    const edit = fc.tuple(
      fc.nat(),
      fc.nat(40),
      fc.array(fc.oneof(transcriptPiece, shapedLine), { maxLength: 6 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.oneof(transcriptPiece, shapedLine), { maxLength: 30 }).map((p) => p.join('\n')),
          fc.constantFrom(...seeds),
        ),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (start, edits) => {
          let text = start;
          let previous = parseTranscript(text);
          for (const [at, removed, inserted] of edits) {
            const from = text.length ? at % (text.length + 1) : 0;
            text = text.slice(0, from) + inserted + text.slice(Math.min(text.length, from + removed));
            const incremental = parseTranscript(text, previous);
            assert.deepStrictEqual(plainTranscript(incremental), plainTranscript(parseTranscript(text)));
            previous = incremental;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('Should count each speaker’s spellings in order of first use and name the speaker by the most used', () => {
    const label = fc.constantFrom('Ann Lee', 'ANN LEE', 'Ann  Lee', 'Bo', 'BO', 'Cy', 'Ann-Lee');
    fc.assert(
      fc.property(fc.array(label, { maxLength: 30 }), (names) => {
        const t = parseTranscript(names.map((n) => `${n}: hi`).join('\n'));
        const expected = new Map<string, { spellings: Map<string, number>; turns: number[] }>();
        t.turns.forEach((u, i) => {
          const e = expected.get(u.speaker.key) ?? expected.set(u.speaker.key, { spellings: new Map(), turns: [] }).get(u.speaker.key)!;
          e.spellings.set(u.speaker.name, (e.spellings.get(u.speaker.name) ?? 0) + 1);
          e.turns.push(i);
        });
        assert.deepStrictEqual(
          t.speakers.map((s) => [s.key, s.name, [...s.spellings], s.turns]),
          [...expected].map(([key, e]) => {
            const name = [...e.spellings].reduce((best, s) => (s[1] > best[1] ? s : best), ['', 0] as [string, number])[0];
            return [key, name, [...e.spellings], e.turns];
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

suite('Document at scale: outline and its JSON', () => {
  // The outline as it was built: every node, sorted by start (a section first), nested by a stack.
  function referenceOutline(t: Transcript): unknown[] {
    const preview = (s: string) => {
      const flat = s.replace(/\s+/gu, ' ').trim();
      if (flat.length <= 32) return flat;
      const cut = flat.slice(0, 32);
      const space = cut.lastIndexOf(' ');
      return (space > 16 ? cut.slice(0, space) : cut) + '…';
    };
    type Node = {
      kind: string;
      name: string;
      detail: string;
      range: Range;
      selectionRange: Range;
      startLine: number;
      endLine: number;
      children: Node[];
    };
    // Without sections and turns, the paragraphs (their splitting has its own tests), each named by its first words.
    if (t.sections.length === 0 && t.turns.length === 0)
      return paragraphs(t).map((p) => ({
        kind: 'paragraph',
        name: preview(t.text.slice(p.range.start, p.range.end)),
        detail: '',
        range: plainRange(p.range),
        selectionRange: plainRange(t.blocks[p.first].contentRange),
        startLine: p.startLine,
        endLine: p.endLine,
        children: [],
      }));
    const nodes: Node[] = [
      ...t.sections.map((s) => {
        const h = t.blocks[s.block];
        const selectionRange = plainRange(h.kind === 'heading' ? h.textRange : h.contentRange);
        return {
          kind: 'section',
          name: s.title || '(untitled)',
          detail: '',
          range: plainRange(s.range),
          selectionRange,
          startLine: s.startLine,
          endLine: s.endLine,
          children: [],
        };
      }),
      ...t.turns.map((u) => {
        const b = t.blocks[u.block];
        const words = b.kind === 'turn' ? preview(t.text.slice(b.textRange.start, b.textRange.end)) : '';
        return {
          kind: 'turn',
          name: words ? `${u.speaker.name}: ${words}` : u.speaker.name,
          detail: u.speaker.timestamp ?? '',
          range: plainRange(u.range),
          selectionRange: plainRange(u.speaker.nameRange),
          startLine: u.startLine,
          endLine: u.endLine,
          children: [],
        };
      }),
    ].sort((a, b) => a.range.start - b.range.start || (a.kind === b.kind ? 0 : a.kind === 'section' ? -1 : 1));
    const roots: Node[] = [];
    const stack: Node[] = [];
    for (const node of nodes) {
      while (stack.length && !(stack[stack.length - 1].range.end >= node.range.end)) stack.pop();
      (stack.length ? stack[stack.length - 1].children : roots).push(node);
      if (node.kind === 'section') stack.push(node);
    }
    return roots;
  }

  const documents = fc.oneof(
    fc.array(fc.oneof(transcriptPiece, shapedLine), { maxLength: 40 }).map((p) => p.join('\n')),
    fc
      .array(fc.tuple(fc.constantFrom('# A', '## B', '### C', 'Ann: one  two', 'Bo:\tx'), fc.string({ maxLength: 60 })), { maxLength: 30 })
      .map((lines) => lines.map(([head, tail]) => head + ' ' + tail).join('\n')),
  );

  test('Should build the outline the sort-and-stack way built it, previews of long and spaced turns included', () => {
    const long = joinLines(
      '# T',
      '',
      `Ann: ${'word '.repeat(20)}`,
      `Bo:    a  \t b${' '.repeat(50)}c`,
      `Cy: ${'字'.repeat(40)}`,
      `Di:  ${' '.repeat(40)}`,
    );
    for (const text of [...seedNames().map(readSeed), long])
      assert.strictEqual(JSON.stringify(buildOutline(parseTranscript(text))), JSON.stringify(referenceOutline(parseTranscript(text))));
    fc.assert(
      fc.property(documents, (text) => {
        const t = parseTranscript(text);
        assert.strictEqual(JSON.stringify(buildOutline(t)), JSON.stringify(referenceOutline(t)));
      }),
      { numRuns: 600 },
    );
  });

  test('Should write JSON piece by piece exactly as JSON.stringify indents it', () => {
    const collect = (value: unknown) => {
      const parts: string[] = [];
      writeJson(value, { write: (s) => parts.push(s) });
      return parts.join('');
    };
    const collectOutline = (nodes: OutlineNode[]) => {
      const parts: string[] = [];
      writeOutlineJson(nodes, { write: (s) => parts.push(s) });
      return parts.join('');
    };
    for (const text of seedNames().map(readSeed)) {
      const outline: OutlineNode[] = buildOutline(parseTranscript(text));
      assert.strictEqual(collect(outline), JSON.stringify(outline, null, 2));
      assert.strictEqual(collectOutline(outline), JSON.stringify(outline, null, 2));
    }
    fc.assert(
      fc.property(documents, (text) => {
        const outline = buildOutline(parseTranscript(text));
        assert.strictEqual(collectOutline(outline), JSON.stringify(outline, null, 2));
        assert.strictEqual(collect(outline), JSON.stringify(outline, null, 2));
      }),
      { numRuns: 300 },
    );
    const withToJson = { a: 1, b: { toJSON: () => ({ c: [1, 'x'] }) }, d: [undefined, () => 0, { e: undefined }], f: {}, g: [] };
    assert.strictEqual(collect(withToJson), JSON.stringify(withToJson, null, 2));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assert.strictEqual(collect(value), JSON.stringify(value, null, 2))),
      { numRuns: 500 },
    );
  });
});

suite('Document at scale: heading-structure with many headings', () => {
  test('Should give every orphan of a long document the level and the heading of its neighbours', () => {
    const lines = ['# Title', ''];
    for (let i = 0; i < 300; i++)
      lines.push(`${'#'.repeat(2 + (i % 3))} Part ${i}`, '', `Heading Like Line ${i}`, '', `Ann: words ${i}.`, '');
    const text = joinLines(...lines);
    const findings = runChecks(text, { checks: [headingStructure] }).filter((f) => /reads like/.test(f.message));
    assert.strictEqual(findings.length, 300);
    findings.forEach((f, i) => {
      const level = 2 + (i % 3);
      assert.strictEqual(text.slice(f.range.start, f.range.end), `Heading Like Line ${i}`);
      assert.deepStrictEqual(f.suggestions, [`${'#'.repeat(level)} Heading Like Line ${i}`]);
      assert.strictEqual(text.slice(f.related[0].range.start, f.related[0].range.end), `Part ${i}`);
    });
  });

  test('Should weigh a heading-like line against the longest title, in every script', () => {
    const titles = ['# Short', '## 很长很长的一个标题啊', '## 𠀀𠀁 Astral title', '## Ünïcödé Títlé wïth áccents'];
    const long = 'An Unusually Long Line That Reads Like A Title Here';
    const text = joinLines(...titles.flatMap((t) => [t, '']), long, '', 'Ann: hi.');
    const longEnough = joinLines(...titles.flatMap((t) => [t, '']), '## ' + long + ' And More Words', '', long, '', 'Ann: hi.');
    assert.deepStrictEqual(
      runChecks(text, { checks: [headingStructure] }).map((f) => text.slice(f.range.start, f.range.end)),
      [],
    );
    assert.deepStrictEqual(
      runChecks(longEnough, { checks: [headingStructure] }).map((f) => longEnough.slice(f.range.start, f.range.end)),
      [long],
    );
  });
});
