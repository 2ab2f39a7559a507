// "Start Translation" in a real VS Code: a new, unsaved translation beside the original with the same structure,
// and an existing translation opened rather than overwritten.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseTranscript } from '../../src/core';
import type { ParallelView } from '../../src/extension/parallelView';
import { repoRoot, waitFor } from './util';

const INTERVIEW = fs.readFileSync(path.join(repoRoot, 'seeds', 'demo', 'interview.en.transcript.md'), 'utf8');
const shape = (text: string) => parseTranscript(text).blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));

suite('Start Translation in VS Code', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-start-'));
    fs.writeFileSync(path.join(dir, 'talk.en.transcript.md'), INTERVIEW);
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Should open an unsaved talk.zh file with the structure and translated speakers of the original', async () => {
    const original = vscode.Uri.file(path.join(dir, 'talk.en.transcript.md'));
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('interlinear.startTranslation', original, {
      lang: 'zh',
      names: { 'Maya Chen': '陈玛雅', 'Tom Berger': '汤姆·伯格' },
    });
    assert.ok(doc, 'the command returns the new document');
    assert.strictEqual(path.basename(doc.uri.fsPath), 'talk.zh.transcript.md');
    assert.ok(doc.isUntitled && doc.isDirty, 'nothing is written until it is saved');
    assert.ok(!fs.existsSync(path.join(dir, 'talk.zh.transcript.md')));
    assert.strictEqual(doc.languageId, 'transcript');
    assert.deepStrictEqual(shape(doc.getText()), shape(INTERVIEW));
    assert.deepStrictEqual([...new Set(parseTranscript(doc.getText()).turns.map((t) => t.speaker.name))], ['陈玛雅', '汤姆·伯格']);
  });

  test('Should pair the new, unsaved translation with its original in the parallel view, with nothing to report yet', async () => {
    const original = vscode.Uri.file(path.join(dir, 'talk.en.transcript.md'));
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('interlinear.startTranslation', original, {
      lang: 'zh',
      names: { 'Maya Chen': '陈玛雅', 'Tom Berger': '汤姆·伯格' },
    });
    assert.ok(doc?.isUntitled);
    for (const uri of [doc.uri, original]) {
      const view = await vscode.commands.executeCommand<ParallelView>('interlinear.openParallelView', uri);
      assert.ok(view, `the view opens from ${uri.scheme}`);
      const table = await waitFor(view.onDidPost, (m) => (m.type === 'table' ? m : undefined), 30_000);
      assert.deepStrictEqual(
        table.columns.map((c) => c.label),
        ['talk.en.transcript.md', 'talk.zh.transcript.md'],
      );
      assert.deepStrictEqual(
        table.rows.filter((r) => r.issues.length || r.flagged),
        [],
      );
      assert.ok(
        table.rows.every((r) => r.kind === 'to-write' || r.kind === 'pair'),
        table.rows.map((r) => r.kind).join(' '),
      );
      view.close();
    }
    assert.deepStrictEqual(
      vscode.languages.getDiagnostics(original).filter((d) => d.source === 'interlinear translation'),
      [],
    );
    assert.ok(!fs.existsSync(path.join(dir, 'talk.zh.transcript.md.annotations.json')));
  });

  test('Should open an existing translation as it is, never overwrite it', async () => {
    const existing = path.join(dir, 'talk.zh.transcript.md');
    fs.writeFileSync(existing, '# 已经开始的译文\n');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>(
      'interlinear.startTranslation',
      vscode.Uri.file(path.join(dir, 'talk.en.transcript.md')),
      { lang: 'zh', names: {} },
    );
    assert.strictEqual(doc?.uri.fsPath, existing);
    assert.strictEqual(doc.getText(), '# 已经开始的译文\n');
    assert.strictEqual(fs.readFileSync(existing, 'utf8'), '# 已经开始的译文\n');
  });
});
