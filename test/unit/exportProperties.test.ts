import * as assert from 'assert';
import fc from 'fast-check';
import { exportEdition, type ExportChange } from '../../src/core/export';
import { parseTranscript } from '../../src/core/document/parse';
import { transcriptSentences } from '../../src/core/document/sentences';
import { markdownlint } from './exportLint';

// Words of three scripts, so that sentences are English, Chinese or Korean, and names that speak in turns.
const word = fc.constantFrom(
  'data',
  'team',
  'build',
  'release',
  'the',
  'we',
  'ship',
  'DevOps',
  '容器',
  '团队',
  '部署',
  '운영',
  '개발',
  '2019',
  'v1.2',
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 9 }), fc.constantFrom('.', '?', '!', '。', '？', ''))
  .map(([words, end]) => words.join(' ') + end);
const prose = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const name = fc.constantFrom('Ann Lee', 'Bob Stone', '王芳', '김민수');

// One block of a transcript: turns, paragraphs, headings, pull quotes with bylines, metadata, chrome, repeats.
const block = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(name, prose).map(([n, p]) => `${n}: ${p}`) },
  { weight: 3, arbitrary: prose },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('#', '##', '###'), fc.array(word, { minLength: 1, maxLength: 4 }))
      .map(([h, w]) => `${h} ${w.join(' ')}`),
  },
  { weight: 1, arbitrary: fc.tuple(prose, name).map(([p, n]) => `“${p}”\n\n—${n}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('Author', 'Source', '译者', 'Date'), fc.constantFrom('Kim', 'https://example.com/a', '2020-01-02'))
      .map(([k, v]) => `${k}: ${v}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('Home | About | Contact', 'Share on Twitter', 'Login', '댓글 입력') },
  { weight: 1, arbitrary: fc.tuple(word, prose).map(([w, p]) => `${w} ${w} ${p}`) },
);
const transcript = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 14 }), fc.array(fc.nat(13), { maxLength: 2 }), fc.constantFrom('\n\n', '\n'))
  .map(([blocks, repeats, sep]) => {
    // A passage said twice, as speech recognition repeats them.
    for (const r of repeats) if (blocks[r]) blocks.push(blocks[r]);
    return blocks.join(sep) + '\n';
  });

// Input sentences that are neither in the edition nor touched by a listed change (emphasis markers aside).
function lost(input: string, markdown: string, changes: readonly ExportChange[]): string[] {
  const plain = (s: string) => s.replace(/[*_]+/g, '');
  return transcriptSentences(parseTranscript(input))
    .filter((s) => !changes.some((c) => c.range.start < s.range.end && c.range.end > s.range.start))
    .map((s) => input.slice(s.range.start, s.range.end))
    .filter((s) => !plain(markdown).includes(plain(s)));
}

suite('Export properties', () => {
  test('Should bring every input sentence into the edition or list it as removed or changed', () => {
    fc.assert(
      fc.property(transcript, (input) => {
        const { markdown, changes } = exportEdition(input);
        assert.deepStrictEqual(lost(input, markdown, changes), []);
        for (const c of changes) assert.strictEqual(c.original, input.slice(c.range.start, c.range.end));
      }),
      { numRuns: 1000 },
    );
  });

  test('Should write Markdown that passes markdownlint-cli2 for random transcripts', () => {
    const files: Record<string, string> = {};
    fc.sample(transcript, { numRuns: 60, seed: 7 }).forEach((input, i) => (files[`random-${i}.md`] = exportEdition(input).markdown));
    assert.deepStrictEqual(markdownlint(files), []);
  });
});
