import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  BASELINE_PATH,
  GLOSSARY_PATH,
  MemoryFileSystem,
  NodeFileSystem,
  acceptFindings,
  addGlossaryTerm,
  annotationsPath,
  glossaryRowEdit,
  loadBaseline,
  loadGlossary,
  parseGlossary,
  runChecks,
  applyEdits,
  type Check,
} from '../../src/core';
import { UsageError } from '../../src/cli/args';
import { readBaseline, readGlossary } from '../../src/cli/inputs';
import { joinLines } from './helpers';

// Flags every "XX", for baseline round trips.
const flagXX: Check = {
  id: 'test-xx',
  description: 'flags XX',
  defaultLevel: 'warning',
  fixable: false,
  tags: [],
  scope: 'document',
  run(ctx, report) {
    for (const m of ctx.text.matchAll(/XX/g)) report({ range: { start: m.index!, end: m.index! + 2 }, message: 'XX found' });
  },
};

const warnings = () => {
  const list: string[] = [];
  return { list, warn: (s: string) => list.push(s) };
};

suite('Project files', () => {
  test('Should name the sidecars once, relative to the project root', () => {
    assert.strictEqual(GLOSSARY_PATH, '.interlinear/glossary.tsv');
    assert.strictEqual(BASELINE_PATH, '.interlinear/baseline.json');
    assert.strictEqual(annotationsPath('talks/a.md'), 'talks/a.md.annotations.json');
  });

  test('Should load a glossary, report broken rows by file and line, and tell missing from unreadable', async () => {
    const project = new MemoryFileSystem({
      [GLOSSARY_PATH]: joinLines('term\tlang', 'Terraform\ten', '\ten', 'DevOps Days\ten'),
      'bin.tsv': new Uint8Array([0, 1, 2]),
      'dir/inner.tsv': 'term\nX',
    });
    const loaded = await loadGlossary(project);
    assert.strictEqual(loaded.status, 'loaded');
    assert.deepStrictEqual(
      loaded.value.entries.map((e) => e.term),
      ['Terraform', 'DevOps Days'],
    );
    assert.deepStrictEqual(loaded.status === 'loaded' && loaded.problems, ['.interlinear/glossary.tsv:3: row has no term; skipped']);
    assert.deepStrictEqual(await loadGlossary(project, 'none.tsv'), {
      status: 'missing',
      value: { entries: [], problems: [] },
      message: 'none.tsv: cannot read (no such file)',
    });
    const binary = await loadGlossary(project, 'bin.tsv', 'the glossary');
    assert.deepStrictEqual(
      [binary.status, binary.status !== 'loaded' && binary.message],
      ['unreadable', 'the glossary: looks binary (it contains NUL bytes)'],
    );
    const dir = await loadGlossary(project, 'dir');
    assert.deepStrictEqual([dir.status, dir.status !== 'loaded' && dir.message], ['unreadable', 'dir: cannot read (is a directory)']);
  });

  test('Should load the CLI glossary through the same loader: --glossary relative to the current directory', async () => {
    const project = new MemoryFileSystem({ 'terms/g.tsv': 'term\tlang\nTerraform\ten\n\ten\n', 'empty.tsv': 'name\tlang\nX\ten\n' });
    const w = warnings();
    assert.deepStrictEqual(
      (await readGlossary(project, 'terms/g.tsv', w.warn)).entries.map((e) => e.term),
      ['Terraform'],
    );
    assert.deepStrictEqual(w.list, ['terms/g.tsv:3: row has no term; skipped']);
    assert.strictEqual((await readGlossary(project, undefined, w.warn)).entries.length, 0);
    await assert.rejects(readGlossary(project, 'missing.tsv', w.warn), new UsageError('missing.tsv: cannot read (no such file)'));
    await assert.rejects(readGlossary(project, 'empty.tsv', w.warn), /empty.tsv: the header has no "term" column/);
  });

  test('Should accept findings into the baseline atomically, and read them back for the CLI and the editor alike', async () => {
    const project = new MemoryFileSystem();
    const text = joinLines('first', 'an XX here');
    assert.deepStrictEqual(await acceptFindings(project, 'talks/a.txt', text, runChecks(text, { checks: [flagXX] })), { ok: true });
    assert.deepStrictEqual(project.paths(), ['/.interlinear/baseline.json']);
    const loaded = await loadBaseline(project);
    assert.strictEqual(loaded.status, 'loaded');
    const moved = joinLines('new', 'an XX here', 'first', 'XX');
    assert.deepStrictEqual(
      runChecks(moved, { checks: [flagXX], baseline: loaded.value.files.get('talks/a.txt') }).map((f) => f.range.start),
      [21],
    );
    const baselineFor = await readBaseline(project, warnings().warn);
    assert.strictEqual(baselineFor(path.join('talks', 'a.txt'))?.entries.length, 1);
    assert.strictEqual(baselineFor('other.txt'), undefined);
  });

  test('Should report a broken baseline clearly and leave it as it is', async () => {
    const project = new MemoryFileSystem({ [BASELINE_PATH]: '{"version": 1, "files": ' });
    const loaded = await loadBaseline(project);
    assert.match(loaded.status === 'loaded' ? loaded.problems[0] : '', /^\.interlinear\/baseline\.json: not JSON \(.*\); ignored$/);
    const w = warnings();
    assert.strictEqual((await readBaseline(project, w.warn))('a.txt'), undefined);
    assert.strictEqual(w.list.length, 1);
    const refused = await acceptFindings(project, 'a.txt', 'XX', runChecks('XX', { checks: [flagXX] }));
    assert.ok(!refused.ok && /not JSON.*left as it is/.test(refused.message), JSON.stringify(refused));
    assert.strictEqual(project.text(BASELINE_PATH), '{"version": 1, "files": ');
    const binary = new MemoryFileSystem({ [BASELINE_PATH]: new Uint8Array([0xff, 0xfe, 0x00, 0xd8]) });
    await assert.rejects(readBaseline(binary, w.warn), /baseline\.json: is not valid UTF-16LE/);
  });

  test("Should add a glossary row that follows the file's header, separator and line breaks", () => {
    const created = glossaryRowEdit(undefined, 'Terraform', 'en')!;
    assert.strictEqual(created.newText, 'term\tlang\tnote\nTerraform\ten\t\n');
    const tsv = 'term\tlang\r\nKubernetes\ten';
    assert.strictEqual(
      applyEdits(tsv, [glossaryRowEdit(tsv, 'Terraform', 'en')!]).text,
      'term\tlang\r\nKubernetes\ten\r\nTerraform\ten\r\n',
    );
    const csv = 'lang,note,term\nen,,Kubernetes\n';
    const added = applyEdits(csv, [glossaryRowEdit(csv, 'Pentagon, Inc', 'en')!]).text;
    assert.deepStrictEqual(parseGlossary(added).entries.at(-1), { term: 'Pentagon, Inc', lang: 'en' });
    assert.strictEqual(glossaryRowEdit(csv, 'a\tb', 'en'), undefined);
  });

  test('Should add a term to the glossary file on disk: a new file with its header, a row after the others, never twice', async () => {
    const project = new MemoryFileSystem();
    assert.deepStrictEqual(await addGlossaryTerm(project, '达米恩·杜波塔尔', 'zh'), { ok: true, added: true });
    assert.strictEqual(project.text(GLOSSARY_PATH), 'term\tlang\tnote\n达米恩·杜波塔尔\tzh\t\n');
    assert.deepStrictEqual(await addGlossaryTerm(project, 'Viktor Farcic', 'en'), { ok: true, added: true });
    assert.deepStrictEqual(
      (await loadGlossary(project)).value.entries.map((e) => [e.term, e.lang]),
      [
        ['达米恩·杜波塔尔', 'zh'],
        ['Viktor Farcic', 'en'],
      ],
    );
    // Already there, as a term or as a row's translation: the file stays as it is.
    const withTranslation = 'term\tlang\ttranslation\ttranslation_lang\nIngrid Larsen\ten\t英格丽·拉森\tzh\n';
    const translated = new MemoryFileSystem({ [GLOSSARY_PATH]: withTranslation });
    assert.deepStrictEqual(await addGlossaryTerm(translated, '英格丽·拉森', 'zh'), { ok: true, added: false });
    assert.deepStrictEqual(await addGlossaryTerm(translated, ' Ingrid Larsen ', 'en'), { ok: true, added: false });
    assert.strictEqual(translated.text(GLOSSARY_PATH), withTranslation);
  });

  test('Should leave a glossary that cannot be read alone, and refuse a term that cannot be one cell', async () => {
    const binary = new Uint8Array([0x74, 0x65, 0x72, 0x6d, 0x00, 0x01]);
    const project = new MemoryFileSystem({ [GLOSSARY_PATH]: binary });
    const refused = await addGlossaryTerm(project, 'Terraform', 'en');
    assert.ok(!refused.ok && /glossary\.tsv: looks binary.*left as it is/.test(refused.message), JSON.stringify(refused));
    assert.deepStrictEqual(await project.readFile(GLOSSARY_PATH), { ok: true, bytes: binary });
    const empty = new MemoryFileSystem();
    const tab = await addGlossaryTerm(empty, 'a\tb', 'en');
    assert.ok(!tab.ok && /cannot be a glossary term/.test(tab.message));
    assert.deepStrictEqual(empty.paths(), []);
  });

  test('Should write files on disk atomically through the Node file system, creating the folder', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-project-'));
    try {
      const project = new NodeFileSystem(root);
      await project.writeFileAtomic(BASELINE_PATH, 'one');
      await project.writeFileAtomic(BASELINE_PATH, 'two');
      assert.deepStrictEqual(fs.readdirSync(path.join(root, '.interlinear')), ['baseline.json']);
      assert.strictEqual(fs.readFileSync(path.join(root, BASELINE_PATH), 'utf8'), 'two');
      assert.strictEqual(await project.stat('.interlinear'), 'directory');
      assert.strictEqual(await project.stat('nothing'), undefined);
      assert.deepStrictEqual(await project.readDirectory('.interlinear'), [{ name: 'baseline.json', kind: 'file' }]);
      assert.deepStrictEqual(await project.readFile('nothing'), { ok: false, missing: true, reason: 'no such file' });
      assert.deepStrictEqual(await project.readFile('.interlinear'), { ok: false, missing: false, reason: 'is a directory' });
    } finally {
      fs.rmSync(root, { recursive: true });
    }
  });
});
