import * as assert from 'assert';
import { parseGlossary, parseTranscript } from '../../src/core';
import { glossaryNames, stillToWrite, translationSkeleton } from '../../src/core/translate/skeleton';
import { readFileSync } from 'fs';
import * as path from 'path';
import { repoRoot } from './helpers';

const kinds = (text: string) => parseTranscript(text).blocks.map((b) => (b.kind === 'heading' ? `heading${b.level}` : b.kind));

suite('Translation skeleton', () => {
  const interview = readFileSync(path.join(repoRoot, 'seeds', 'demo', 'interview.en.transcript.md'), 'utf8');

  test('Should keep the original line for line, every block of the same kind, with the text left to write', () => {
    const names = new Map([
      ['Maya Chen', '陈玛雅'],
      ['Tom Berger', '汤姆·伯格'],
    ]);
    const skeleton = translationSkeleton(interview, 'zh', names);
    assert.strictEqual(skeleton.split('\n').length, interview.split('\n').length);
    assert.deepStrictEqual(kinds(skeleton), kinds(interview));
    const speakers = parseTranscript(skeleton).turns.map((t) => t.speaker.name);
    assert.deepStrictEqual(
      speakers,
      parseTranscript(interview).turns.map((t) => names.get(t.speaker.name)),
    );
    assert.ok(skeleton.startsWith('# …\n\n## …\n\n**陈玛雅：** …\n'), skeleton.slice(0, 40));
    assert.doesNotMatch(skeleton, /Cloud Forge|thank you/i);
  });

  test('Should keep a name without a translation, the half-width colon of a Latin-script language, and pull quotes', () => {
    const text = 'Anna: Hello there.\n\n“We never stopped.”\n—Anna\n\nBen: Right.\n';
    const skeleton = translationSkeleton(text, 'de', new Map([['Ben', 'Benedikt']]));
    assert.strictEqual(skeleton, 'Anna: …\n\n“…”\n—Anna\n\nBenedikt: …\n');
    assert.deepStrictEqual(kinds(skeleton), kinds(text));
  });

  test("Should take speakers' names from glossary rows into the target language", () => {
    const glossary = parseGlossary(
      'term\tlang\ttranslation\ttranslation_lang\nMaya Chen\ten\t陈玛雅\tzh\nTom Berger\ten\t톰 버거\tko\nKubernetes\ten\t\t\n',
    );
    assert.deepStrictEqual([...glossaryNames(glossary, 'en', 'zh')], [['Maya Chen', '陈玛雅']]);
  });

  test('Should take as still to write the placeholder rows and the lone original sentences beside them, not the rest', () => {
    // Rows: a written pair, a lone original sentence, a placeholder, a lone one, a written pair, a lone one.
    const rows = ['pair', 'alone', 'placeholder', 'alone', 'pair', 'alone'];
    const pending = stillToWrite(
      rows.length,
      (k) => rows[k] === 'placeholder',
      (k) => rows[k] === 'alone',
    );
    assert.deepStrictEqual([...pending!], [0, 1, 1, 1, 0, 0]);
    assert.strictEqual(
      stillToWrite(
        2,
        () => false,
        () => true,
      ),
      undefined,
    );
  });
});
