import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, parseGlossary, parseTranscript, type Transcript } from '../../src/core';
import { cuesToTranscript, parseWhisperJson } from '../../src/core/formats';
import {
  glossaryTermsAt,
  labelCompletions,
  labelStyle,
  renameEdits,
  renameTarget,
  speakerAt,
  speakerSites,
  speakerSummary,
  speakerSymbols,
  termCompletions,
} from '../../src/core/speakers';
import { speakerVariants } from '../../src/core/speakers/variants';
import { joinLines, readSeed, repoRoot } from './helpers';

const seed000 = readSeed('000');
const labelsOf = (t: Transcript) => t.turns.map((turn) => turn.speaker.name);
// Renames at the first occurrence of `needle` (plus `into` characters) and returns the new text.
const renamed = (text: string, needle: string, into: number, newName: string) => {
  const result = renameEdits(parseTranscript(text), text.indexOf(needle) + into, newName);
  assert.ok('edits' in result, 'reason' in result ? result.reason : '');
  return applyEdits(text, result.edits).text;
};

const interview = joinLines(
  '# Talk',
  '',
  'Author: Ann Lee',
  '',
  '**Ann Lee**: Hello.',
  '',
  '**Bo Chen**: Hi, Ann Lee.',
  '',
  '“A quote.”',
  '',
  '—Ann Lee, CTO at Example',
  '',
  '**Ann Lee**: Bye.',
);

suite('Speaker symbols', () => {
  test('Should rename every label and byline of a seed 000 speaker, and nothing else', () => {
    const before = parseTranscript(seed000);
    const after = parseTranscript(renamed(seed000, '**Damien Duportal**', 2, 'Damien D.'));
    const expected = labelsOf(before).map((n) => (n === 'Damien Duportal' ? 'Damien D.' : n));
    assert.deepStrictEqual(labelsOf(after), expected);
    const bylines = (t: Transcript) => t.blocks.flatMap((b) => (b.kind === 'attribution' ? [b.name] : []));
    assert.deepStrictEqual(
      bylines(after),
      bylines(before).map((n) => (n === 'Damien Duportal' ? 'Damien D.' : n)),
    );
    // Only the names changed: the rest of the text is as it was.
    assert.strictEqual(after.text.replaceAll('Damien D.', 'Damien Duportal'), seed000);
  });

  test('Should rename from a byline, and leave the other spellings of the person alone', () => {
    const text = renamed(seed000, '—达米安·杜波塔尔', 3, '达米安');
    const t = parseTranscript(text);
    assert.strictEqual(labelsOf(t).filter((n) => n === '达米安').length, 2);
    assert.strictEqual(labelsOf(t).filter((n) => n === 'Damien Duportal').length, 15);
    // Left only in the title's prose, which names no one on purpose.
    assert.strictEqual(text.split('达米安·杜波塔尔').length, 2);
    assert.ok(text.startsWith('## 第七章：介绍达米安·杜波塔尔'));
  });

  test('Should rename SPEAKER_01 of a WhisperX conversion in all its turns', () => {
    const json = fs.readFileSync(path.join(repoRoot, 'test/fixtures/formats/whisperx-3-speakers.json'), 'utf8');
    const text = cuesToTranscript(parseWhisperJson(json).file).text;
    const before = labelsOf(parseTranscript(text));
    const after = labelsOf(parseTranscript(renamed(text, 'SPEAKER_01', 3, 'Maria Lopez')));
    assert.ok(before.filter((n) => n === 'SPEAKER_01').length > 10);
    assert.deepStrictEqual(
      after,
      before.map((n) => (n === 'SPEAKER_01' ? 'Maria Lopez' : n)),
    );
  });

  test('Should rename the header field and the byline without its role', () => {
    const t = parseTranscript(interview);
    const result = renameEdits(t, interview.indexOf('**Ann Lee**') + 2, 'Ann Li');
    assert.ok('edits' in result);
    assert.deepStrictEqual(
      result.edits.map((e) => [e.role, interview.slice(e.range.start, e.range.end)]),
      [
        ['header', 'Ann Lee'],
        ['label', 'Ann Lee'],
        ['byline', 'Ann Lee'],
        ['label', 'Ann Lee'],
      ],
    );
    // The prose mention in Bo Chen's turn is not a symbol.
    assert.ok(applyEdits(interview, result.edits).text.includes('Hi, Ann Lee.'));
  });

  test('Should refuse a name that would turn a label into something else, an empty name, and a place without a name', () => {
    const t = parseTranscript(seed000);
    const at = seed000.indexOf('**Damien Duportal**') + 2;
    const source = renameEdits(t, at, 'Source');
    assert.ok('reason' in source && /no longer read as a speaker label on line 23/.test(source.reason), JSON.stringify(source));
    assert.ok('reason' in renameEdits(t, at, '   '));
    assert.ok('reason' in renameEdits(t, at, 'A\nB'));
    assert.ok('reason' in renameTarget(t, seed000.indexOf('DevOps')));
  });

  test('Should find the name under the cursor, its end included, and only the name', () => {
    const t = parseTranscript(interview);
    const start = interview.indexOf('**Bo Chen**') + 2;
    assert.deepStrictEqual(speakerAt(t, start + 'Bo Chen'.length)?.range, { start, end: start + 'Bo Chen'.length });
    assert.strictEqual(speakerAt(t, start - 2), undefined);
    const byline = interview.indexOf('CTO');
    assert.strictEqual(speakerAt(t, byline), undefined);
    assert.deepStrictEqual(
      speakerSites(t, 'annlee').map((s) => s.role),
      ['header', 'label', 'byline', 'label'],
    );
  });

  test("Should complete a label in the document's own style, the speaker to answer first", () => {
    const t = parseTranscript(seed000);
    assert.deepStrictEqual(labelStyle(t), [{ text: '**' }, { name: true }, { text: '**：' }]);
    // The blank line after Viktor Farcic's first Latin-labelled turn: Damien Duportal answers him.
    const line = seed000.indexOf('**Viktor Farcic**：但为什么');
    const blank = seed000.indexOf('\n\n', line) + 1;
    const c = labelCompletions(t, blank);
    assert.ok(c && c.kind === 'label');
    assert.strictEqual(c.items[0].text, '**Damien Duportal**：');
    assert.strictEqual(c.items.at(-1)!.name, 'Viktor Farcic');
    assert.deepStrictEqual(c.items.map((i) => i.name).sort(), t.speakers.map((s) => s.name).sort());
    assert.deepStrictEqual(c.range, { start: blank, end: blank });
  });

  test('Should complete a timestamped label with the previous timestamp to fill in, and filter by label when markup is typed', () => {
    const text = joinLines('[00:00:01] Ann: Hello.', '', '[00:00:05] Bo: Hi.', '', '[00');
    const c = labelCompletions(parseTranscript(text), text.length);
    assert.ok(c);
    assert.deepStrictEqual(c.items[0].parts, [{ text: '[' }, { timestamp: '00:00:05' }, { text: '] ' }, { text: 'Ann' }, { text: ': ' }]);
    assert.strictEqual(c.filterByLabel, true);
    assert.deepStrictEqual(c.range, { start: text.length - 3, end: text.length });
  });

  test('Should complete other names inside a label, and nothing in prose after a colon', () => {
    const t = parseTranscript(interview);
    const inName = labelCompletions(t, interview.indexOf('**Bo Chen**') + 3);
    assert.deepStrictEqual(
      inName?.items.map((i) => i.name),
      ['Ann Lee'],
    );
    const prose = joinLines('Ann: Hello.', '', 'The answer is: no');
    assert.strictEqual(labelCompletions(parseTranscript(prose), prose.length), undefined);
    assert.strictEqual(labelCompletions(t, interview.indexOf('Hello.') + 2), undefined);
  });

  test("Should summarise a speaker's turns and list the spellings the speaker-variant check clusters with them", () => {
    const t = parseTranscript(seed000);
    const s = speakerSummary(t, 'damienduportal', 'Damien Duportal');
    assert.strictEqual(s.turns, 15);
    assert.strictEqual(s.bylines, 3);
    assert.strictEqual(seed000.split('\n')[s.firstLine!].startsWith('**Damien Duportal**'), true);
    assert.strictEqual(seed000.split('\n')[s.lastLine!].startsWith('**Damien Duportal**'), true);
    assert.deepStrictEqual(
      speakerVariants(t, 'damienduportal')
        .map((v) => v.name)
        .sort(),
      ['达米安·杜波塔尔', '达米安·杜波特尔', '达米恩·杜波塔尔'].sort(),
    );
    assert.deepStrictEqual(speakerVariants(parseTranscript('SPEAKER_01: hi\n\nSPEAKER_02: hello'), 'speaker01'), []);
  });

  test('Should locate each speaker at their first label', () => {
    const symbols = speakerSymbols(parseTranscript(seed000));
    const lines = seed000.split('\n');
    for (const s of symbols) assert.strictEqual(lines[s.line].slice(s.character, s.character + s.name.length), s.name);
    assert.strictEqual(symbols.length, 9);
  });

  test('Should find the glossary entry under the cursor, by term or by its translation, as whole words', () => {
    const glossary = parseGlossary(
      joinLines('term\tlang\tnote\ttranslation\ttranslation_lang', 'Docker\ten\tthe company\t\t', 'empathy\ten\tkey idea\t同理心\tzh'),
    );
    const at = seed000.indexOf('同理心') + 1;
    const hits = glossaryTermsAt(glossary, 'zh', seed000, at);
    assert.deepStrictEqual(
      hits.map((h) => [h.entry.term, h.via, seed000.slice(h.range.start, h.range.end)]),
      [['empathy', 'translation', '同理心']],
    );
    const text = 'A Dockerfile and Docker.';
    assert.deepStrictEqual(glossaryTermsAt(glossary, 'en', text, 4), []);
    assert.strictEqual(glossaryTermsAt(glossary, 'en', text, 18)[0].entry.term, 'Docker');
  });

  test('Should complete glossary terms from the longest typed text a term starts with', () => {
    const glossary = parseGlossary(joinLines('term\tlang', 'Cloud Native\ten', 'Docker\ten', 'Dockerfile\ten'));
    const text = 'We run cloud na';
    const c = termCompletions(glossary, 'en', text, text.length);
    assert.deepStrictEqual(c?.range, { start: 7, end: text.length });
    assert.deepStrictEqual(
      c?.items.map((i) => i.text),
      ['Cloud Native'],
    );
    const docker = termCompletions(glossary, 'en', 'use Doc', 7);
    assert.deepStrictEqual(
      docker?.items.map((i) => i.text),
      ['Docker', 'Dockerfile'],
    );
    assert.strictEqual(termCompletions(glossary, 'en', 'use xdoc', 8), undefined);
  });
});
