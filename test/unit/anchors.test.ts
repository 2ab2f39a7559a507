import * as assert from 'assert';
import fc from 'fast-check';
import { attachAnchor, createAnchor, refreshAnchor, type Attachment } from '../../src/core';
import { joinLines, readSeed } from './helpers';

// Number of (possibly overlapping) occurrences of `needle` in `text`.
function count(text: string, needle: string): number {
  if (needle === '') return text.length + 1;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

// The attached span's text, or undefined when orphaned.
function textOf(text: string, a: Attachment): string | undefined {
  return a.method === 'orphaned' ? undefined : text.slice(a.range.start, a.range.end);
}

// Small alphabets repeat themselves, which is where attaching to the wrong copy could happen.
const smallText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', '你', 'é'), maxLength: 120 });

suite('Anchors', () => {
  test('Should attach at its own position in the unchanged text, for any text and range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const range = { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) };
        fc.pre(range.start <= range.end);
        const anchor = createAnchor(text, range);
        assert.deepStrictEqual(attachAnchor(text, anchor), { method: 'position', range });
      }),
    );
  });

  test('Should re-attach to the same span when text is inserted or deleted outside it and its context', () => {
    fc.assert(
      fc.property(smallText, fc.nat(), fc.nat(), fc.nat(), fc.nat(8), smallText, (text, a, b, at, cut, insert) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const anchor = createAnchor(text, { start, end });
        const windowStart = start - anchor.prefix.length;
        const windowEnd = end + anchor.suffix.length;
        // An edit wholly before or wholly after the quote and its context.
        const editAt = at % (text.length + 1);
        const before = editAt + cut <= windowStart;
        fc.pre(before || editAt >= windowEnd);
        const removed = Math.min(cut, text.length - editAt);
        const edited = text.slice(0, editAt) + insert + text.slice(editAt + removed);
        const window = anchor.prefix + anchor.exact + anchor.suffix;
        // Only an anchor whose quote and context are unique can be told apart from its copies.
        fc.pre(count(text, window) === 1 && count(edited, window) === 1);
        const shift = before ? insert.length - removed : 0;
        const attached = attachAnchor(edited, anchor);
        assert.notStrictEqual(attached.method, 'orphaned');
        assert.deepStrictEqual(attached.method === 'orphaned' ? undefined : attached.range, { start: start + shift, end: end + shift });
      }),
      { numRuns: 500 },
    );
  });

  test('Should never throw, and attach only to spans inside the text, after arbitrary edits', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(20), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 150 }),
        fc.nat(),
        fc.nat(40),
        fc.array(edit, { maxLength: 4 }),
        (text, at, length, edits) => {
          const start = at % (text.length + 1);
          const anchor = createAnchor(text, { start, end: Math.min(text.length, start + length) });
          let current = text;
          for (const [where, cut, insert] of edits) {
            const i = where % (current.length + 1);
            current = current.slice(0, i) + insert + current.slice(i + cut);
          }
          const attached = attachAnchor(current, anchor);
          if (attached.method === 'orphaned') return;
          const { start: s, end: e } = attached.range;
          assert.ok(0 <= s && s <= e && e <= current.length, JSON.stringify(attached));
          if (attached.method !== 'fuzzy') assert.strictEqual(current.slice(s, e), anchor.exact);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('Should follow a line that moved, not a copy of its quote on another line', () => {
    const before = joinLines('Ann: the XX is here', 'Bob: fine', 'Cy: another XX there');
    const anchor = createAnchor(before, { start: before.indexOf('XX'), end: before.indexOf('XX') + 2 });
    const after = joinLines('Cy: another XX there', 'Bob: fine', 'Dee: new', 'Ann: the XX is here');
    const attached = attachAnchor(after, anchor);
    assert.deepStrictEqual(attached, { method: 'quote', range: { start: after.lastIndexOf('XX'), end: after.lastIndexOf('XX') + 2 } });
  });

  test('Should re-attach a quote whose text was edited slightly, and orphan one that is gone', () => {
    const text = readSeed('002');
    const start = text.indexOf('Jean-Pierre Vautour');
    const anchor = createAnchor(text, { start, end: start + 'Jean-Pierre Vautour'.length });
    const typo = text.replace('Jean-Pierre Vautour', 'Jean Pierre Vautur');
    const fuzzy = attachAnchor(typo, anchor);
    assert.strictEqual(fuzzy.method, 'fuzzy', JSON.stringify(fuzzy));
    assert.strictEqual(textOf(typo, fuzzy), 'Jean Pierre Vautur');
    assert.strictEqual(attachAnchor(typo, anchor, { fuzzy: false }).method, 'orphaned');
    const gone = typo.replace('Jean Pierre Vautur', 'Julien Pivotto');
    const refreshed = refreshAnchor(gone, anchor);
    assert.deepStrictEqual(refreshed, { anchor, orphaned: true });
  });

  test("Should pick among the caller's candidates only, never search the text beyond them", () => {
    const text = 'XX one XX two XX';
    const anchor = createAnchor(text, { start: 7, end: 9 });
    const edited = 'new XX one XX two XX';
    assert.deepStrictEqual(attachAnchor(edited, anchor, { candidates: [4, 11, 3] }), { method: 'quote', range: { start: 11, end: 13 } });
    assert.deepStrictEqual(attachAnchor(edited, anchor, { candidates: [4, 3] }), { method: 'orphaned' });
  });

  test('Should give up on a hopeless search within a bounded amount of work', () => {
    const text = 'a'.repeat(2_000_000);
    const anchor = createAnchor('b'.repeat(500) + 'c'.repeat(500), { start: 0, end: 1000 });
    const began = Date.now();
    assert.strictEqual(attachAnchor(text, anchor).method, 'orphaned');
    assert.strictEqual(attachAnchor(text, createAnchor('xaay', { start: 1, end: 3 })).method, 'position');
    assert.ok(Date.now() - began < 5000, `took ${Date.now() - began} ms`);
  });
});
