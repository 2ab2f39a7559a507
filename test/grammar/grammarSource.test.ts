// The committed grammar file: generated from grammarSource.ts, every regex valid for Oniguruma
// (and, converted, for JavaScript), every scope on a standard root and ending in `.transcript`.

import * as assert from 'assert';
import * as fs from 'fs';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_PATH, buildGrammar, grammarText, toJs } from './grammarSource';
import { loadGrammar } from './tokenize';

interface Node {
  [key: string]: unknown;
}

/** Every object in the grammar, depth first. */
function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value !== null && typeof value === 'object') {
    yield value as Node;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH(), 'utf8')) as Node;
const regexes = [...nodes(grammar)].flatMap((n) =>
  ['match', 'begin', 'end'].filter((k) => typeof n[k] === 'string').map((k) => n[k] as string),
);
const scopeNames = [...nodes(grammar)].flatMap((n) => (typeof n.name === 'string' && n !== grammar ? [n.name] : []));

suite('Grammar file', () => {
  test('Should be exactly the output of test/grammar/grammarSource.ts (regenerate with --write)', () => {
    assert.strictEqual(fs.readFileSync(GRAMMAR_PATH(), 'utf8'), grammarText());
    assert.deepStrictEqual(grammar, JSON.parse(JSON.stringify(buildGrammar())));
  });

  test('Should declare the scope text.transcript', () => {
    assert.strictEqual(grammar.scopeName, 'text.transcript');
  });

  test('Should name one repository entry per construct', () => {
    const repository = grammar.repository as Record<string, unknown>;
    for (const key of [
      'speaker_turn',
      'timestamp',
      'pull_quote',
      'attribution',
      'heading',
      'bold_heading',
      'metadata',
      'blockquote',
      'url',
      'inline_code',
      'bold',
      'italic',
      'comment',
      'escape',
      'inline',
    ]) {
      assert.ok(key in repository, key);
    }
    for (const n of nodes(grammar)) {
      if (typeof n.include === 'string' && n.include.startsWith('#')) assert.ok(n.include.slice(1) in repository, n.include);
    }
  });

  test('Should end every scope name in .transcript, on a standard TextMate root', () => {
    const roots = ['comment.', 'constant.', 'entity.', 'keyword.', 'markup.', 'meta.', 'punctuation.', 'string.'];
    assert.ok(scopeNames.length > 40);
    for (const name of scopeNames) {
      assert.ok(name.endsWith('.transcript'), name);
      assert.ok(
        roots.some((r) => name.startsWith(r)),
        name,
      );
    }
  });

  test('Should use the agreed scopes of every construct', () => {
    for (const scope of [
      'entity.name.tag.speaker.transcript',
      'punctuation.separator.speaker.transcript',
      'meta.speaker-turn.transcript',
      'meta.speaker-label.transcript',
      'markup.quote.pull.transcript',
      'string.quoted.other.pull.transcript',
      'markup.italic.attribution.transcript',
      'markup.heading.1.transcript',
      'markup.heading.6.transcript',
      'markup.heading.bold.transcript',
      'punctuation.definition.heading.transcript',
      'meta.metadata.transcript',
      'keyword.other.metadata.key.transcript',
      'string.unquoted.metadata.value.transcript',
      'markup.quote.transcript',
      'markup.underline.link.transcript',
      'markup.inline.raw.string.transcript',
      'markup.bold.transcript',
      'markup.italic.transcript',
      'constant.numeric.timestamp.transcript',
      'comment.block.transcript',
    ]) {
      assert.ok(scopeNames.includes(scope), scope);
    }
    // Attribution names are not speakers.
    assert.ok(!scopeNames.some((s) => s.includes('attribution') && s.includes('speaker')));
  });

  test('Should compile every regex with Oniguruma', async () => {
    await loadGrammar(); // loads the WebAssembly module
    assert.ok(regexes.length > 30);
    for (const re of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), re);
    }
  });

  test('Should compile every regex, converted, as a JavaScript u-flag regex too', () => {
    for (const re of regexes) assert.doesNotThrow(() => new RegExp(toJs(re), 'u'), re);
  });
});
