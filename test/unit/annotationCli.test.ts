import * as assert from 'assert';
import { annotationsCommand } from '../../src/cli/annotations';
import { UsageError } from '../../src/cli/args';
import { addAnnotation, addReply, EMPTY_SIDECAR, serializeSidecar } from '../../src/core/annotations';
import { MemoryFileSystem } from '../../src/core';
import { readSeed } from './helpers';

const T0 = '2025-01-01T00:00:00.000Z';
const seed = readSeed('002');
const NAME = 'Jean-Pierre Vautour';
const TERM = 'Dead of Days';

// The sidecar of seed 002 with a name note (and a reply) and a term note.
function sidecarOf(text: string): string {
  const at = text.indexOf(NAME);
  const term = text.indexOf(TERM);
  let s = addAnnotation(EMPTY_SIDECAR, text, { start: at, end: at + NAME.length }, 'The title says Julien Pivotto.', {
    now: T0,
    id: 'urn:name',
    category: 'name',
    author: { name: 'Ann' },
  }).sidecar;
  s = addAnnotation(s, text, { start: term, end: term + TERM.length }, 'DevOps Days', {
    now: T0,
    id: 'urn:term',
    category: 'term',
  }).sidecar;
  return serializeSidecar(addReply(s, 'urn:name', 'Agreed | fixed upstream', { now: T0, id: 'urn:r', author: { name: 'Bob' } }));
}

// Runs the command; its output and exit code.
async function run(fs: MemoryFileSystem, ...argv: string[]): Promise<{ code: number; out: string; warnings: string[] }> {
  let out = '';
  const warnings: string[] = [];
  const code = await annotationsCommand(
    fs,
    argv,
    (s) => (out += s),
    (w) => warnings.push(w),
  );
  return { code, out, warnings };
}

suite('CLI annotations', () => {
  test('Should report a note at its new line and column after the file was edited outside', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': seed, 'talk.txt.annotations.json': sidecarOf(seed) });
    // Another editor adds three lines at the top and rewrites the line before the name.
    const edited = 'Edited elsewhere\n\nA summary line.\n' + seed.replace('So where am I?', 'Where am I, then?');
    await fs.writeFileAtomic('talk.txt', edited);
    const { code, out } = await run(fs, 'talk.txt', '--format', 'json');
    assert.strictEqual(code, 0);
    const records = JSON.parse(out) as Record<string, unknown>[];
    const lines = edited.split('\n');
    const line = lines.findIndex((l) => l.includes(NAME));
    assert.deepStrictEqual(records[0], {
      id: 'urn:name',
      exact: NAME,
      line: line + 1,
      column: lines[line].indexOf(NAME) + 1,
      endLine: line + 1,
      endColumn: lines[line].indexOf(NAME) + NAME.length + 1,
      orphaned: false,
      body: 'The title says Julien Pivotto.',
      category: 'name',
      status: 'open',
      creator: 'Ann',
      replies: [{ creator: 'Bob', value: 'Agreed | fixed upstream', created: T0 }],
    });
    assert.strictEqual(records[1].id, 'urn:term');
    // The sidecar is only read.
    assert.strictEqual(fs.text('talk.txt.annotations.json'), sidecarOf(seed));
  });

  test('Should mark a note whose text is gone as orphaned, at its last known place', async () => {
    const fs = new MemoryFileSystem({
      'talk.txt': seed.replace(`So my name is ${NAME}, I am a consultant at Inuit.\n`, ''),
      'talk.txt.annotations.json': sidecarOf(seed),
    });
    const records = JSON.parse((await run(fs, 'talk.txt')).out) as { id: string; orphaned: boolean; exact: string }[];
    assert.deepStrictEqual(
      records.map((r) => [r.id, r.orphaned, r.exact]),
      [
        ['urn:name', true, NAME],
        ['urn:term', false, TERM],
      ],
    );
  });

  test('Should print a review report in Markdown, a table by category', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': seed, 'talk.txt.annotations.json': sidecarOf(seed) });
    const { out } = await run(fs, 'talk.txt', '--format=markdown');
    const lines = out.split('\n');
    assert.strictEqual(lines[0], '# Review notes: talk.txt');
    assert.strictEqual(lines[2], '2 notes: 2 open, 0 resolved.');
    assert.ok(lines.includes('| name | 1 | 0 | 1 |'), out);
    assert.ok(lines.includes('| term | 1 | 0 | 1 |'), out);
    assert.ok(lines.indexOf('## name') < lines.indexOf('## term'));
    const row = lines.find((l) => l.includes('Julien Pivotto.'))!;
    assert.match(
      row,
      /^\| \d+:\d+ \| “Jean-Pierre Vautour” \| The title says Julien Pivotto\.<br>↳ Bob: Agreed \\\| fixed upstream \| open \| Ann \|$/,
    );
  });

  test('Should list no notes for a file without a sidecar', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': seed });
    assert.deepStrictEqual(await run(fs, 'talk.txt'), { code: 0, out: '[]\n', warnings: [] });
  });

  test('Should refuse bad usage, an unreadable file and a broken sidecar with a usage error', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': seed, 'bad.txt': seed, 'bad.txt.annotations.json': '[{"id":' });
    await assert.rejects(run(fs), UsageError);
    await assert.rejects(run(fs, 'talk.txt', 'bad.txt'), UsageError);
    await assert.rejects(run(fs, 'talk.txt', '--format', 'text'), /--format must be one of json, markdown/);
    await assert.rejects(run(fs, 'missing.txt'), /missing\.txt: cannot read/);
    await assert.rejects(run(fs, 'bad.txt'), /bad\.txt\.annotations\.json: not JSON/);
    assert.strictEqual(fs.text('bad.txt.annotations.json'), '[{"id":');
  });

  test('Should warn about items of the sidecar that are not notes, and list the rest', async () => {
    const items = JSON.parse(sidecarOf(seed)) as unknown[];
    const fs = new MemoryFileSystem({ 'talk.txt': seed, 'talk.txt.annotations.json': JSON.stringify([...items, { id: 'x' }]) });
    const { out, warnings } = await run(fs, 'talk.txt');
    assert.strictEqual((JSON.parse(out) as unknown[]).length, 2);
    assert.deepStrictEqual(warnings, ['talk.txt.annotations.json: item 3: no target with a TextQuoteSelector; kept as it is, not shown']);
  });
});
