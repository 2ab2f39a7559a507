import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { alignDocuments } from '../../src/core/align/documents';
import { parseLexicon } from '../../src/core/align/lexicon';
import { alignmentTmx, type AlignmentResult } from '../../src/core/align/output';
import { sentenceSegments } from '../../src/core/align/segments';
import { parseTmx, variantIn } from '../../src/core/memory/tmx';
import { repoRoot } from './helpers';

const DEMO = path.join(repoRoot, 'seeds', 'demo');

// The demo interview aligned as `interlinear align … --format tmx` aligns it.
function demoAlignment(): AlignmentResult {
  const [en, zh] = ['interview.en.transcript.md', 'interview.zh.transcript.md'].map((f) => fs.readFileSync(path.join(DEMO, f), 'utf8'));
  const lexicon = parseLexicon(fs.readFileSync(path.join(repoRoot, 'src', 'core', 'align', 'zh-en.lexicon.tsv'), 'utf8'));
  const source = sentenceSegments(en).segments;
  const target = sentenceSegments(zh).segments;
  return { source: source.map((s) => s.text), target: target.map((s) => s.text), pairs: alignDocuments(source, target, { lexicon }) };
}

suite('TMX', () => {
  test('Should read back every pair that align --format tmx writes, text for text', () => {
    const a = demoAlignment();
    const memory = parseTmx(alignmentTmx(a, 'en', 'zh'));
    assert.deepStrictEqual(memory.problems, []);
    assert.strictEqual(memory.sourceLang, 'en');
    const written = a.pairs
      .filter((p) => p.source.length && p.target.length)
      .map((p) => [p.source.map((i) => a.source[i]).join(' '), p.target.map((j) => a.target[j]).join(' ')]);
    assert.ok(written.length >= 35);
    assert.deepStrictEqual(
      memory.units.map((u) => [variantIn(u, 'en'), variantIn(u, 'zh')]),
      written,
    );
  });

  test('Should keep markup characters, quotes and astral characters of a segment as text', () => {
    const a: AlignmentResult = {
      source: ['Use <b> & "quotes" — 5 > 3 😀.'],
      target: ['用 <b> 和“引号”——5 > 3 😀。'],
      pairs: [{ source: [0], target: [0], score: 1 }],
    };
    const [unit] = parseTmx(alignmentTmx(a, 'en', 'zh-CN')).units;
    assert.strictEqual(variantIn(unit, 'en'), a.source[0]);
    assert.strictEqual(variantIn(unit, 'zh'), a.target[0], 'zh finds zh-CN');
  });

  test("Should leave out another format's inline codes, read TMX 1.1 lang attributes, and stop at a fault with what it read", () => {
    const xml = `<?xml version="1.0"?><tmx version="1.1"><header srclang="en"/><body>
      <tu><tuv lang="EN-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> <hi>now</hi></seg></tuv>
          <tuv lang="DE-DE"><seg><![CDATA[Hier <klicken>]]> <ph>{0}</ph>jetzt</seg></tuv></tu>
      <tu><tuv lang="en"><seg>Broken`;
    const memory = parseTmx(xml);
    assert.strictEqual(memory.units.length, 1);
    assert.strictEqual(variantIn(memory.units[0], 'en-us'), 'Click here now');
    assert.strictEqual(variantIn(memory.units[0], 'de'), 'Hier <klicken> jetzt');
    assert.strictEqual(memory.problems.length, 1);
    assert.match(memory.problems[0], /not well-formed/);
    assert.match(parseTmx('<html><body>hi</body></html>').problems.join(), /not a TMX file/);
  });

  // The DTD comes from Debian's OmegaT package (scripts/fetchTmxDtd.sh, run by CI); xmllint from libxml2-utils.
  test('Should write TMX that validates against the TMX 1.4b DTD', function () {
    const dtd = path.join(repoRoot, '.cache', 'tmx', 'tmx14.dtd');
    const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    if (!fs.existsSync(dtd) || xmllint.error) {
      if (process.env.CI) assert.fail('CI needs xmllint and .cache/tmx/tmx14.dtd (bash scripts/fetchTmxDtd.sh)');
      this.skip();
    }
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-tmx-')), 'demo.tmx');
    try {
      fs.writeFileSync(file, alignmentTmx(demoAlignment(), 'en', 'zh'));
      const r = spawnSync('xmllint', ['--noout', '--dtdvalid', dtd, file], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
