import * as assert from 'assert';
import fc from 'fast-check';
import {
  addAnnotation,
  EMPTY_SIDECAR,
  reanchorAnnotations,
  reanchorSidecar,
  type Annotation,
  type PlacedAnnotation,
} from '../../src/core/annotations';
import { offsetMapOfDiff, offsetMapOfEdits, type EditLike } from '../../src/core/anchors';
import { readSeed } from './helpers';

const NOW = '2025-01-01T00:00:00.000Z';

// A note on the `nth` (0-based) occurrence of `quote` in `text`.
function noteOn(text: string, quote: string, nth = 0, id = 'n1'): Annotation {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `no ${quote}`);
  return addAnnotation(EMPTY_SIDECAR, text, { start: at, end: at + quote.length }, 'check this', { now: NOW, id }).annotation;
}

// The placed note's text in `text`.
function placedText(text: string, p: PlacedAnnotation): string | undefined {
  return p.range && text.slice(p.range.start, p.range.end);
}

// Re-anchors with and without the previous text, which must agree on where the note is.
function both(previous: string, text: string, note: Annotation): PlacedAnnotation {
  const [withDiff] = reanchorAnnotations([note], text, { previousText: previous });
  const [without] = reanchorAnnotations([note], text);
  assert.deepStrictEqual(without.range, withDiff.range, `${without.method} vs ${withDiff.method}`);
  return withDiff;
}

const seed = readSeed('002');
const NAME = 'Jean-Pierre Vautour';

suite('Annotation re-anchoring', () => {
  test('Should keep a note where it is when nothing changed', () => {
    const note = noteOn(seed, NAME);
    const [p] = reanchorAnnotations([note], seed);
    assert.strictEqual(p.method, 'position');
    assert.strictEqual(p.annotation, note);
  });

  test('Should move a note down when lines are inserted above it, and up when lines above are deleted', () => {
    const note = noteOn(seed, NAME);
    const lines = 'A new first line.\nAnd a second one.\n';
    const inserted = lines + seed;
    const down = both(seed, inserted, note);
    assert.strictEqual(placedText(inserted, down), NAME);
    assert.strictEqual(down.range!.start, note.anchor.start + lines.length);
    const deleted = seed.replace('Julien Pivotto\n\nTranscript\n\n', '');
    const up = both(seed, deleted, note);
    assert.strictEqual(up.range!.start, deleted.indexOf(NAME));
    assert.ok(!up.orphaned);
  });

  test('Should leave a note in place when text after it changes', () => {
    const note = noteOn(seed, NAME);
    const edited = seed.replace('Belgian company', 'Belgian firm') + '\nAn added closing line.';
    const p = both(seed, edited, note);
    assert.deepStrictEqual(p.range, { start: note.anchor.start, end: note.anchor.end });
  });

  test('Should follow the context right next to the span when it is edited', () => {
    const note = noteOn(seed, NAME);
    const edited = seed.replace(`So my name is ${NAME}, I am`, `Hello, my name is ${NAME} and I am`);
    const p = both(seed, edited, note);
    assert.strictEqual(placedText(edited, p), NAME);
    assert.strictEqual(p.range!.start, edited.indexOf(NAME));
  });

  test('Should stretch a note over text inserted inside it, and shrink it when part of it is deleted', () => {
    const note = noteOn(seed, NAME);
    const grown = seed.replace(NAME, 'Jean-Pierre Marc Vautour');
    assert.strictEqual(placedText(grown, both(seed, grown, note)), 'Jean-Pierre Marc Vautour');
    const shrunk = seed.replace(NAME, 'Jean Vautour');
    assert.strictEqual(placedText(shrunk, both(seed, shrunk, note)), 'Jean Vautour');
  });

  test('Should find a span that was rewritten outright between its unchanged context', () => {
    const note = noteOn(seed, NAME);
    const fixed = seed.replace(NAME, 'Julien Pivotto');
    const withDiff = reanchorAnnotations([note], fixed, { previousText: seed })[0];
    const without = reanchorAnnotations([note], fixed)[0];
    assert.strictEqual(placedText(fixed, withDiff), 'Julien Pivotto');
    assert.strictEqual(placedText(fixed, without), 'Julien Pivotto');
    assert.strictEqual(without.method, 'context');
    assert.strictEqual(without.annotation.anchor.exact, 'Julien Pivotto');
  });

  test('Should keep to the right copy of a quote that occurs several times', () => {
    // "DevOps" occurs dozens of times; the note is on the one in "a DevOps evangelist".
    const quote = 'DevOps';
    const nth = seed.slice(0, seed.indexOf('a DevOps evangelist')).split(quote).length - 1;
    const note = noteOn(seed, quote, nth);
    const edited = `${quote} ${quote}\n` + seed.replace('So where am I?', 'Where am I, with DevOps?');
    const p = both(seed, edited, note);
    assert.strictEqual(p.range!.start, edited.indexOf('a DevOps evangelist') + 2);
  });

  test('Should report a note whose text is gone as orphaned, and keep it', () => {
    const notes = [noteOn(seed, NAME, 0, 'a'), noteOn(seed, 'Czech Republic', 0, 'b')];
    const gone = seed.replace(/So my name is [^\n]*\n/, '');
    const placed = reanchorAnnotations(notes, gone, { previousText: seed });
    assert.deepStrictEqual(
      placed.map((p) => [p.annotation.id, p.orphaned]),
      [
        ['a', true],
        ['b', false],
      ],
    );
    assert.strictEqual(placed[0].annotation, notes[0]);
  });

  test('Should re-attach what survives a rewrite of the whole file, and orphan the rest', () => {
    const notes = [noteOn(seed, NAME, 0, 'a'), noteOn(seed, 'the Netherlands, Ukraine', 0, 'b')];
    const rewritten = readSeed('001') + '\nWe work in the Netherlands, Ukraine and elsewhere.\n';
    const placed = reanchorSidecar({ ...EMPTY_SIDECAR, annotations: notes }, rewritten, { previousText: seed }).placed;
    assert.strictEqual(placed[0].orphaned, true);
    assert.strictEqual(placedText(rewritten, placed[1]), 'the Netherlands, Ukraine');
  });

  test('Should move notes through an editor’s change events exactly', () => {
    const note = noteOn(seed, NAME);
    const at = note.anchor.start;
    const edits = [
      { range: { start: 0, end: 0 }, newText: 'x\n' },
      { range: { start: at + 5, end: at + 6 }, newText: '' },
      { range: { start: at + NAME.length, end: at + NAME.length }, newText: ' Jr.' },
    ];
    let edited = seed;
    for (const e of [...edits].reverse()) edited = edited.slice(0, e.range.start) + e.newText + edited.slice(e.range.end);
    const [p] = reanchorAnnotations([note], edited, { edits });
    assert.strictEqual(p.method, 'diff');
    assert.strictEqual(placedText(edited, p), 'Jean-ierre Vautour');
  });

  test('Should carry every note of a large file through edits spread all over it, and give up a diff of a rewrite quickly', () => {
    const big = Array.from({ length: 12 }, (_, i) => readSeed(`00${i % 5}`)).join('\n\n');
    const notes = Array.from({ length: 200 }, (_, i) => {
      const at = Math.floor((i * big.length) / 200);
      return addAnnotation(EMPTY_SIDECAR, big, { start: at, end: at + 10 }, 'n', { now: NOW, id: `n${i}` }).annotation;
    });
    // A line inserted every 7,000 characters, outside the notes.
    const starts = new Set(notes.map((n) => n.anchor.start));
    let edited = '';
    let shifts = 0;
    const expected = new Map<number, number>();
    for (let i = 0; i < big.length; i++) {
      if (i % 7000 === 3 && ![...starts].some((s) => s <= i && i < s + 10)) {
        edited += 'An inserted line.\n';
        shifts += 18;
      }
      if (starts.has(i)) expected.set(i, i + shifts);
      edited += big[i];
    }
    const map = offsetMapOfDiff(big, edited)!;
    assert.ok(map);
    const placed = reanchorAnnotations(notes, edited, { previousText: big });
    assert.deepStrictEqual(
      placed.map((p) => p.range?.start),
      notes.map((n) => expected.get(n.anchor.start)),
    );
    const began = Date.now();
    assert.strictEqual(offsetMapOfDiff(big, [...big].reverse().join('')), undefined);
    assert.ok(Date.now() - began < 3000, `${Date.now() - began} ms`);
  });

  test('Should map offsets through a diff as through the edits that made it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.string({ maxLength: 6 })), { maxLength: 5 }),
        (text, raw) => {
          // Edits apart from each other, applied from the end.
          const edits = raw
            .map(([at, cut, insert]) => ({
              range: { start: at % (text.length + 1), end: Math.min(text.length, (at % (text.length + 1)) + cut) },
              newText: insert,
            }))
            .sort((a, b) => a.range.start - b.range.start)
            .reduce<EditLike[]>((kept, e) => (kept.length && e.range.start <= kept[kept.length - 1].range.end ? kept : [...kept, e]), []);
          let edited = text;
          for (const e of [...edits].reverse()) edited = edited.slice(0, e.range.start) + e.newText + edited.slice(e.range.end);
          const byEdits = offsetMapOfEdits(edits);
          const byDiff = offsetMapOfDiff(text, edited)!;
          // Both maps are edit scripts of the same change: a character outside their replacements keeps its text.
          for (const map of [byEdits, byDiff])
            for (let i = 0; i < text.length; i++) {
              if (map.replacements.some((r) => r.oldStart <= i && i < r.oldEnd)) continue;
              assert.strictEqual(edited[map.mapStart(i)], text[i], `char ${i}`);
              assert.deepStrictEqual(map.mapRange({ start: i, end: i + 1 }), { start: map.mapStart(i), end: map.mapStart(i) + 1 });
            }
          assert.strictEqual(byDiff.mapStart(text.length), edited.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('Should always find an untouched span exactly, whatever is edited around it (property)', () => {
    const base = seed.slice(0, 4000);
    const edit = fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom('', 'x', 'DevOps ', '\n', 'new words here. ', 'Jean-Pierre', '你好'));
    fc.assert(
      fc.property(
        fc.nat(base.length - 1),
        fc.integer({ min: 1, max: 40 }),
        fc.array(edit, { maxLength: 6 }),
        fc.boolean(),
        (s, length, edits, withPrevious) => {
          // Without the old text, a quote of a few characters whose context was edited cannot be told from its copies.
          const start = withPrevious ? s : Math.min(s, base.length - 4);
          const end = Math.min(base.length, start + (withPrevious ? length : Math.max(length, 4)));
          const note = addAnnotation(EMPTY_SIDECAR, base, { start, end }, 'n', { now: NOW, id: 'p' }).annotation;
          // Edits that leave the span itself alone, applied from the end so offsets stay those of the base text.
          const raw = edits
            .map(([at, cut, insert]) => ({ from: at % (base.length + 1), cut, insert }))
            .map((e) => ({ ...e, to: Math.min(base.length, e.from + e.cut) }));
          const spans = raw
            .filter((e) => e.to <= start || e.from >= end)
            .sort((a, b) => a.from - b.from)
            .reduce<typeof raw>((kept, e) => (kept.length && e.from <= kept[kept.length - 1].to ? kept : [...kept, e]), []);
          let edited = base;
          let shift = 0;
          for (const e of [...spans].reverse()) edited = edited.slice(0, e.from) + e.insert + edited.slice(e.to);
          for (const e of spans) if (e.to <= start) shift += e.insert.length - (e.to - e.from);
          const [p] = reanchorAnnotations([note], edited, withPrevious ? { previousText: base } : {});
          assert.ok(!p.orphaned, 'orphaned');
          assert.strictEqual(placedText(edited, p), note.anchor.exact, p.method);
          // Where the quote occurs once, there is only one right answer.
          if (edited.indexOf(note.anchor.exact) === edited.lastIndexOf(note.anchor.exact))
            assert.strictEqual(p.range!.start, start + shift);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('Should never drop a note, whatever happens to the text (property)', () => {
    const base = seed.slice(0, 3000);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length), fc.nat(30)), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(200), fc.string({ maxLength: 30 })), { maxLength: 5 }),
        (ranges, edits) => {
          const notes = ranges.map(([at, len], i) => noteFor(base, at, len, `id${i}`));
          let edited = base;
          for (const [at, cut, insert] of edits) {
            const i = at % (edited.length + 1);
            edited = edited.slice(0, i) + insert + edited.slice(i + cut);
          }
          for (const options of [{}, { previousText: base }]) {
            const placed = reanchorAnnotations(notes, edited, options);
            assert.deepStrictEqual(
              placed.map((p) => p.annotation.id),
              notes.map((n) => n.id),
            );
            for (const p of placed)
              if (p.range) assert.ok(0 <= p.range.start && p.range.start <= p.range.end && p.range.end <= edited.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

// A note on `length` characters at `at`.
function noteFor(text: string, at: number, length: number, id: string): Annotation {
  return addAnnotation(EMPTY_SIDECAR, text, { start: at, end: Math.min(text.length, at + length) }, 'n', { now: NOW, id }).annotation;
}
