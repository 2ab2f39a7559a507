import * as assert from 'assert';
import {
  addAnnotation,
  addReply,
  countAnnotations,
  deleteAnnotation,
  deleteComment,
  editComment,
  EMPTY_SIDECAR,
  filterAnnotations,
  loadAnnotations,
  mergeSidecars,
  mergeSidecarTexts,
  parseSidecar,
  renderFootnotes,
  reopenAnnotation,
  resolveAnnotation,
  saveAnnotations,
  serializeSidecar,
  setCategory,
  type AnnotationSidecar,
} from '../../src/core/annotations';
import { MemoryFileSystem } from '../../src/core';
import { readSeed } from './helpers';

const text = readSeed('000');
const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';
const T2 = '2025-01-03T00:00:00.000Z';
const ANN = { name: 'Ann', email: 'ann@example.org' };
const BOB = { name: 'Bob' };

// A note on the first occurrence of `quote`.
function add(sidecar: AnnotationSidecar, quote: string, body: string, id: string, extra: Parameters<typeof addAnnotation>[4] = {}) {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, quote);
  return addAnnotation(sidecar, text, { start: at, end: at + quote.length }, body, { now: T0, id, author: ANN, ...extra }).sidecar;
}

// Two notes on seed 000 (a name and a term), the first with a reply.
function twoNotes(): AnnotationSidecar {
  const lines = text.split('\n').filter((l) => l.length > 30);
  const first = lines[3].slice(0, 12);
  const second = lines[8].slice(4, 20);
  let s = add(EMPTY_SIDECAR, first, 'Which spelling is right?', 'urn:a', { category: 'name' });
  s = add(s, second, 'Use the glossary term.', 'urn:b', { category: 'term', author: BOB });
  return addReply(s, 'urn:a', 'The glossary has it.', { now: T1, id: 'urn:a-r1', author: BOB });
}

suite('Annotation sidecar', () => {
  test('Should write W3C Web Annotations with both selectors and read them back unchanged', () => {
    const s = resolveAnnotation(twoNotes(), 'urn:b', T2);
    const json = serializeSidecar(s);
    // The stored shape, as another tool reading the file sees it.
    type Stored = {
      id: string;
      type: string;
      status: string;
      '@context': string;
      body: { type: string; purpose: string; value: string; creator: { name: string } }[];
      target: { selector: [{ type: string; exact: string; prefix: string }, { start: number; end: number }] };
    };
    const items = JSON.parse(json) as Stored[];
    assert.strictEqual(items.length, 2);
    const a = items.find((i) => i.id === 'urn:a')!;
    assert.strictEqual(a.type, 'Annotation');
    assert.strictEqual(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.deepStrictEqual(
      a.body.map((b) => [b.type, b.purpose, b.value, b.creator.name]),
      [
        ['TextualBody', 'commenting', 'Which spelling is right?', 'Ann'],
        ['TextualBody', 'replying', 'The glossary has it.', 'Bob'],
      ],
    );
    const [quote, position] = a.target.selector;
    assert.strictEqual(quote.type, 'TextQuoteSelector');
    assert.strictEqual(text.slice(position.start, position.end), quote.exact);
    assert.strictEqual(text.slice(position.start - quote.prefix.length, position.start), quote.prefix);
    assert.strictEqual(items.find((i) => i.id === 'urn:b')!.status, 'resolved');
    const back = parseSidecar(json);
    assert.deepStrictEqual(back.problems, []);
    assert.strictEqual(serializeSidecar(back), json);
  });

  test('Should change notes only through new sidecars, stamping what changed', () => {
    const before = twoNotes();
    const snapshot = serializeSidecar(before);
    let s = editComment(before, 'urn:a', 'urn:a-r1', 'Glossary: 维克托·法尔奇', T2);
    s = setCategory(s, 'urn:b', 'style', T2);
    s = reopenAnnotation(resolveAnnotation(s, 'urn:b', T1), 'urn:b', T2);
    assert.strictEqual(serializeSidecar(before), snapshot);
    const a = s.annotations.find((x) => x.id === 'urn:a')!;
    assert.deepStrictEqual([a.comments[1].value, a.comments[1].modified, a.modified], ['Glossary: 维克托·法尔奇', T2, T2]);
    const b = s.annotations.find((x) => x.id === 'urn:b')!;
    assert.deepStrictEqual([b.category, b.status], ['style', 'open']);
    assert.strictEqual(deleteComment(s, 'urn:a', 'urn:a-r1').annotations.find((x) => x.id === 'urn:a')!.comments.length, 1);
    assert.deepStrictEqual(
      deleteComment(s, 'urn:a', 'urn:a#0').annotations.map((x) => x.id),
      ['urn:b'],
    );
    assert.deepStrictEqual(
      deleteAnnotation(s, 'urn:b').annotations.map((x) => x.id),
      ['urn:a'],
    );
  });

  test('Should read notes other tools wrote, keep what it does not know, and report what is not a note', () => {
    const foreign = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://example.org/anno/1',
        type: 'Annotation',
        created: T0,
        creator: 'Dee',
        body: { type: 'TextualBody', value: 'A bare body' },
        target: [
          {
            source: 'x.txt',
            selector: [
              { type: 'XPathSelector', value: '/p' },
              { type: 'TextQuoteSelector', exact: text.slice(0, 5) },
            ],
          },
        ],
        'tool:rating': 3,
        category: 'pronunciation',
      },
      { id: 'broken', type: 'Annotation', target: { selector: { type: 'TextPositionSelector', start: 1, end: 2 } } },
      'just a string',
    ]);
    const s = parseSidecar(foreign);
    assert.strictEqual(s.usable, true);
    assert.strictEqual(s.annotations.length, 1);
    assert.deepStrictEqual(s.problems, [
      'item 2: no target with a TextQuoteSelector; kept as it is, not shown',
      'item 3: not an object; kept as it is, not shown',
    ]);
    const [a] = s.annotations;
    assert.deepStrictEqual(
      [a.creator, a.comments[0].value, a.anchor.start, a.source, a.category],
      [{ name: 'Dee' }, 'A bare body', 0, 'x.txt', undefined],
    );
    const written = JSON.parse(serializeSidecar(resolveAnnotation(s, a.id, T1))) as Record<string, unknown>[];
    assert.strictEqual(written.length, 3);
    assert.strictEqual(written[0]['tool:rating'], 3);
    assert.strictEqual(written[0].category, 'pronunciation');
    assert.deepStrictEqual(written.slice(1), JSON.parse(foreign).slice(1));
  });

  test('Should refuse a sidecar that is not a JSON array, and never write over it', async () => {
    assert.strictEqual(parseSidecar('[{"id": ').usable, false);
    assert.strictEqual(parseSidecar('{"items": []}').usable, false);
    const broken = '[{"id": "a", ';
    const fs = new MemoryFileSystem({ 'talk.txt': text, 'talk.txt.annotations.json': broken });
    const loaded = await loadAnnotations(fs, 'talk.txt');
    assert.strictEqual(loaded.status, 'loaded');
    assert.strictEqual(loaded.value.usable, false);
    assert.match(loaded.status === 'loaded' ? loaded.problems[0] : '', /^talk\.txt\.annotations\.json: not JSON/);
    const saved = await saveAnnotations(fs, 'talk.txt', twoNotes());
    assert.strictEqual(saved.ok, false);
    assert.strictEqual(fs.text('talk.txt.annotations.json'), broken);
  });

  test('Should keep the notes of two windows that saved the same sidecar, by id', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': text });
    const first = await saveAnnotations(fs, 'talk.txt', twoNotes());
    assert.ok(first.ok);
    const base = first.saved;
    // Window 1 adds a note and resolves urn:a; window 2, from the same base, adds another and replies to urn:a.
    const one = resolveAnnotation(add(base, text.slice(200, 210), 'one', 'urn:one'), 'urn:a', T1);
    const two = addReply(add(base, text.slice(400, 410), 'two', 'urn:two'), 'urn:a', 'me too', { now: T2, id: 'urn:a-r2' });
    assert.ok((await saveAnnotations(fs, 'talk.txt', one, base)).ok);
    const after = await saveAnnotations(fs, 'talk.txt', two, base);
    assert.ok(after.ok);
    const onDisk = parseSidecar(fs.text('talk.txt.annotations.json')!);
    assert.deepStrictEqual(onDisk.annotations.map((a) => a.id).sort(), ['urn:a', 'urn:b', 'urn:one', 'urn:two']);
    const a = onDisk.annotations.find((x) => x.id === 'urn:a')!;
    assert.strictEqual(a.status, 'resolved');
    assert.deepStrictEqual(
      a.comments.map((c) => c.id),
      ['urn:a#0', 'urn:a-r1', 'urn:a-r2'],
    );
  });

  test('Should drop a note deleted on one side of a three-way merge only, and never in a two-way merge', () => {
    const base = twoNotes();
    const ours = deleteAnnotation(base, 'urn:b');
    const theirs = add(base, text.slice(500, 520), 'theirs', 'urn:c');
    assert.deepStrictEqual(ids(mergeSidecars(ours, theirs, base)), ['urn:a', 'urn:c']);
    assert.deepStrictEqual(ids(mergeSidecars(ours, theirs)), ['urn:a', 'urn:b', 'urn:c']);
    // Deleted here, edited there: the edit is kept.
    const edited = editComment(base, 'urn:b', 'urn:b#0', 'changed', T2);
    assert.deepStrictEqual(ids(mergeSidecars(ours, edited, base)), ['urn:a', 'urn:b']);
    const merged = mergeSidecarTexts(serializeSidecar(base), serializeSidecar(ours), serializeSidecar(theirs));
    assert.ok(merged.ok);
    assert.deepStrictEqual(ids(parseSidecar(merged.ok ? merged.text : '')), ['urn:a', 'urn:c']);
    assert.strictEqual(mergeSidecarTexts(undefined, '[', '[]').ok, false);
  });

  test('Should count and filter notes for the status bar and the review panel', () => {
    const s = resolveAnnotation(twoNotes(), 'urn:b', T1);
    const counts = countAnnotations(s.annotations);
    assert.strictEqual(counts.total, 2);
    assert.deepStrictEqual(counts.byStatus, { open: 1, resolved: 1 });
    assert.strictEqual(counts.byCategory.name, 1);
    assert.strictEqual(counts.byCategory.omission, 0);
    assert.deepStrictEqual(
      [...counts.byAuthor],
      [
        ['Ann', 1],
        ['Bob', 1],
      ],
    );
    assert.deepStrictEqual(
      filterAnnotations(s.annotations, { status: 'open' }).map((a) => a.id),
      ['urn:a'],
    );
    assert.deepStrictEqual(
      filterAnnotations(s.annotations, { author: 'Bob', category: 'term' }).map((a) => a.id),
      ['urn:b'],
    );
  });

  test('Should render open notes as Markdown footnotes after the word their span ends in', () => {
    const sample = 'Ann: I work at Gogle on Kubernets.\nBob: Great.\n';
    let s = addAnnotation(EMPTY_SIDECAR, sample, { start: 15, end: 18 }, 'Google?', {
      now: T0,
      id: 'g',
      category: 'name',
      author: ANN,
    }).sidecar;
    s = addAnnotation(s, sample, { start: 24, end: 33 }, 'Kubernetes', { now: T0, id: 'k', category: 'term' }).sidecar;
    s = addAnnotation(s, sample, { start: 41, end: 46 }, 'resolved one', { now: T0, id: 'r' }).sidecar;
    s = resolveAnnotation(s, 'r', T1);
    // The exporter cleaned the text: the note follows its word.
    const cleaned = sample.replace('Gogle', 'Google');
    assert.strictEqual(
      renderFootnotes(cleaned, s.annotations, { previousText: sample }),
      'Ann: I work at Google[^note-1] on Kubernets[^note-2].\nBob: Great.\n\n[^note-1]: **name**: Google? — Ann\n[^note-2]: **term**: Kubernetes\n',
    );
    assert.strictEqual(renderFootnotes(sample, []), sample);
  });
});

// The ids of a sidecar's notes, sorted.
function ids(s: AnnotationSidecar): string[] {
  return s.annotations.map((a) => a.id).sort();
}
