import * as assert from 'assert';
import { exportCommand } from '../../src/cli/export';
import { MemoryFileSystem } from '../../src/core/project/memoryFileSystem';
import { readSeed } from './helpers';

// Runs `interlinear export …` (argv from "export" on) in-process over a project in memory (the dist/cli.js run needs a build: see cli.test.ts).
async function run(fs: MemoryFileSystem, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const warn: string[] = [];
  try {
    const code = await exportCommand(fs, argv.slice(1), {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      warn: (s) => warn.push(s),
      version: '9.9.9',
    });
    return { code, out: out.join(''), err: err.join(''), warn };
  } catch (error) {
    return { code: 2, out: out.join(''), err: (error as Error).message, warn };
  }
}

suite('CLI export', () => {
  test('Should write talk.md beside talk.txt and refuse to overwrite it without --force', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': readSeed('004') });
    assert.strictEqual((await run(fs, 'export', 'talk.txt')).code, 0);
    const edition = fs.text('talk.md')!;
    assert.match(edition, /^---\ntitle: "데브옵스\(DevOps\)란 무엇인가\?"/u);
    assert.match(edition, /generator: "Interlinear 9\.9\.9"/u);
    const again = await run(fs, 'export', 'talk.txt');
    assert.strictEqual(again.code, 2);
    assert.match(again.err, /talk\.md: exists; add --force/);
    assert.strictEqual((await run(fs, 'export', 'talk.txt', '--force')).code, 0);
  });

  test('Should never overwrite its input, even with --force', async () => {
    const fs = new MemoryFileSystem({ 'talk.md': 'Ann: Hello.\n' });
    const r = await run(fs, 'export', 'talk.md', '--out', 'talk.md', '--force');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /refusing to overwrite the input/);
    assert.strictEqual(fs.text('talk.md'), 'Ann: Hello.\n');
    assert.strictEqual((await run(fs, 'export', 'talk.md')).code, 0);
    assert.ok(fs.text('talk.edition.md'));
  });

  test('Should refuse binary and undecodable input with a message', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': new Uint8Array([0x41, 0, 0x42]), 'b.txt': new Uint8Array([0xff, 0x41, 0xc3]) });
    assert.match((await run(fs, 'export', 'a.txt')).err, /a\.txt: looks binary/);
    assert.match((await run(fs, 'export', 'b.txt')).err, /b\.txt: is not valid UTF-8/);
    assert.deepStrictEqual(fs.paths(), ['/a.txt', '/b.txt']);
  });

  test('Should print the edition with --out -, and the report and diff beside it on stderr', async () => {
    const fs = new MemoryFileSystem({ 'talk.txt': readSeed('002') });
    const r = await run(fs, 'export', 'talk.txt', '--out', '-', '--report', '--diff');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^---\ntitle: "Julien Pivotto"/u);
    assert.match(r.err, /talk\.txt:36: removed \(duplicate-passage\)/);
    assert.match(r.err, /^--- talk\.txt/mu);
    assert.deepStrictEqual(fs.paths(), ['/talk.txt']);
  });

  test('Should take the house style from .interlinear/export.json, flags over it', async () => {
    const profile = JSON.stringify({ labelStyle: 'plain', anchors: 'none', frontMatter: ['language'] });
    const fs = new MemoryFileSystem({ 't.txt': 'Ann: Hello there.\n\nBob: Hi.\n', '.interlinear/export.json': profile });
    const r = await run(fs, 'export', 't.txt', '--out', '-', '--labels', 'bold');
    assert.strictEqual(r.out, '---\nlanguage: "en"\n---\n\n# t\n\n**Ann:** Hello there.\n\n**Bob:** Hi.\n');
    assert.match((await run(fs, 'export', 't.txt', '--labels', 'loud')).err, /--labels must be one of bold, bold-name, plain/);
    assert.match((await run(fs, 'export', 't.txt', '--no-fix', 'spelling')).err, /unknown fix spelling/);
  });

  test('Should set the notes of the annotations sidecar as footnotes', async () => {
    const text = 'Ann: We met in Paris.\n';
    const at = text.indexOf('Paris');
    const note = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'n1',
      created: '2024-01-01T00:00:00Z',
      body: [{ type: 'TextualBody', value: 'Was it Lyon?', purpose: 'commenting' }],
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact: 'Paris', prefix: 'met in ', suffix: '.' },
          { type: 'TextPositionSelector', start: at, end: at + 5 },
        ],
      },
    };
    const fs = new MemoryFileSystem({ 't.txt': text, 't.txt.annotations.json': JSON.stringify([note]) });
    const r = await run(fs, 'export', 't.txt', '--out', '-');
    assert.match(r.out, /^\[\^1\]: Was it Lyon\?$/mu);
  });

  test('Should export a bilingual edition of a translation and its original', async () => {
    const fs = new MemoryFileSystem({
      'talk.en.md': '# Talk\n\nAnn: We ship on Fridays. It works.\n',
      'talk.zh.md': '# 讲话\n\nAnn: 我们周五发布。这很有效。\n',
    });
    assert.match((await run(fs, 'export', 'talk.zh.md', '--format', 'bilingual')).err, /needs --source/);
    const r = await run(fs, 'export', 'talk.zh.md', '--format', 'bilingual', '--source', 'talk.en.md', '--layout', 'table');
    assert.strictEqual(r.code, 0, r.err);
    const edition = fs.text('talk.bilingual.md')!;
    assert.match(edition, /^\| Original \(en\) \| Translation \(zh\) \|$/mu);
    assert.match(edition, /^\| \*\*Ann:\*\* We ship on Fridays\. \| 我们周五发布。 \|$/mu);
  });
});
