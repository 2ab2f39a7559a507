// The core parser (which compiles the generated src/core/document/linePatterns.json) must classify every line
// exactly as the grammar does: same kind, same speaker name, heading, metadata key or attribution.

import * as assert from 'assert';
import { PRECEDENCE, jsLinePatterns } from '../../scripts/grammarSource';
import { parseTranscript } from '../../src/core';
import { TokenizedLine, dump, lineHas, readFixture, readSeed, runs, tokenize } from './tokenize';

type Kind = (typeof PRECEDENCE)[number] | 'none';

interface Classified {
  readonly kind: Kind;
  /** The speaker name, heading level and text, metadata key, or attribution text. */
  readonly detail?: string;
}

const patterns = Object.fromEntries(Object.entries(jsLinePatterns()).map(([k, v]) => [k, new RegExp(v, 'u')]));

// Classifies a line with the core parser, which compiles src/core/document/linePatterns.json.
function classifyJs(line: string): Classified {
  const b = parseTranscript(line).blocks[0];
  const slice = (r: { start: number; end: number }) => line.slice(r.start, r.end);
  switch (b.kind) {
    case 'turn':
      return { kind: 'speakerLabel', detail: b.speaker.name };
    case 'heading':
      return b.level <= 6 ? { kind: 'heading', detail: `${b.level} ${slice(b.textRange)}` } : { kind: 'boldHeading' };
    case 'metadata':
      return { kind: 'metadata', detail: b.key };
    case 'quote':
      return { kind: 'pullQuote' };
    case 'attribution':
      return { kind: 'attribution', detail: b.name };
    case 'blockquote':
      return { kind: 'blockquote' };
    default:
      return { kind: 'none' };
  }
}

function classifyGrammar(l: TokenizedLine): Classified {
  const level = l.tokens
    .flatMap((t) => t.scopes)
    .map((s) => /^markup\.heading\.([1-6])\./.exec(s))
    .find((m) => m);
  if (level) return { kind: 'heading', detail: `${level[1]} ${runs(l, 'entity.name.section').join('')}` };
  if (lineHas(l, 'meta.metadata')) return { kind: 'metadata', detail: runs(l, 'keyword.other.metadata.key').join('') };
  if (lineHas(l, 'meta.speaker-turn')) return { kind: 'speakerLabel', detail: runs(l, 'entity.name.tag.speaker').join('') };
  if (lineHas(l, 'markup.heading.bold')) return { kind: 'boldHeading' };
  if (lineHas(l, 'markup.quote.pull')) return { kind: 'pullQuote' };
  if (lineHas(l, 'meta.attribution')) return { kind: 'attribution', detail: runs(l, 'markup.italic.attribution').join('') };
  if (l.tokens.some((t) => t.scopes.includes('markup.quote.transcript'))) return { kind: 'blockquote' };
  return { kind: 'none' };
}

/** Variants of a line that exercise indentation, timestamps and bold around labels. */
function variants(line: string): string[] {
  const out = [line, '  ' + line, '[00:01:02] ' + line, '00:01 ' + line, '\t' + line, line + '  '];
  const colon = line.search(/[:：]/);
  if (colon > 0 && colon < 40) {
    out.push(`**${line.slice(0, colon)}**${line.slice(colon)}`);
    out.push(`**${line.slice(0, colon + 1)}**${line.slice(colon + 1)}`);
    out.push(`${line.slice(0, colon)} (00:12)${line.slice(colon)}`);
  }
  return out;
}

async function corpus(): Promise<string[]> {
  const texts = [readFixture('forms.transcript'), ...['000', '001', '002', '003', '004'].map(readSeed)];
  const lines = texts.flatMap((t) => t.split(/\r\n|\r|\n/)).filter((l) => !l.startsWith('<!--'));
  return [...new Set(lines.flatMap(variants))];
}

suite('Grammar: the core parser agrees with the grammar', function () {
  // Thousands of lines, each tokenized from a fresh state, and a cold WebAssembly start.
  this.timeout(60_000);

  test('Should compile every JavaScript line regex with the u flag, one for every line kind', () => {
    assert.deepStrictEqual(
      PRECEDENCE.filter((kind) => !(kind in patterns)),
      [],
    );
    for (const [name, source] of Object.entries(jsLinePatterns())) {
      assert.doesNotThrow(() => new RegExp(source, 'u'), name);
    }
  });

  test('Should parse every line of the fixture and the seeds (and variants) as the grammar scopes it', async () => {
    const lines = await corpus();
    const tokenized = await Promise.all(lines.map(async (l) => (await tokenize(l))[0]));
    const seen = new Set<Kind>();
    let disagreements = 0;
    const messages: string[] = [];
    tokenized.forEach((t, i) => {
      const js = classifyJs(lines[i]);
      const tm = classifyGrammar(t);
      seen.add(tm.kind);
      if (js.kind !== tm.kind || js.detail !== tm.detail) {
        disagreements++;
        if (messages.length < 5)
          messages.push(`${JSON.stringify(lines[i])}\n js=${JSON.stringify(js)} grammar=${JSON.stringify(tm)}\n${dump(t)}`);
      }
    });
    assert.strictEqual(disagreements, 0, messages.join('\n\n'));
    for (const k of [...PRECEDENCE, 'none'] as const) assert.ok(seen.has(k), `no line of kind ${k} in the corpus`);
    assert.ok(lines.length > 1500, `corpus of ${lines.length} lines`);
  });

  test('Should stay fast on a huge line with a colon far away (JavaScript and grammar)', async () => {
    const line = 'Anna' + ' x'.repeat(100_000) + ': y';
    const start = Date.now();
    for (const re of Object.values(patterns)) re.exec(line);
    assert.strictEqual(classifyJs(line).kind, 'none');
    const t = (await tokenize(line))[0];
    assert.strictEqual(classifyGrammar(t).kind, 'none', dump(t).slice(0, 500));
    assert.ok(Date.now() - start < 5000, `took ${Date.now() - start} ms`);
  });

  test('Should stay fast on long runs of name-like words, stars, quotes and URLs', async () => {
    const lines = [
      'Aa '.repeat(20_000) + ':',
      '维'.repeat(50_000) + '：',
      '**' + 'Ab '.repeat(10_000),
      '*a '.repeat(20_000),
      '**a '.repeat(20_000),
      '__a '.repeat(20_000),
      '_a '.repeat(20_000),
      '``a '.repeat(20_000),
      '`'.repeat(50_000),
      '“' + '字'.repeat(50_000),
      'https://x.y/' + '(a'.repeat(20_000),
      '— ' + 'a'.repeat(50_000),
    ];
    const start = Date.now();
    for (const line of lines) {
      classifyJs(line);
      await tokenize(line);
    }
    assert.ok(Date.now() - start < 10_000, `took ${Date.now() - start} ms`);
  });
});
