// "Export Cleaned Markdown" and "Export Bilingual Markdown" in a real VS Code: a diff preview first, nothing written
// until "Write Edition", then the edition beside its source, opened; the source untouched.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportShown } from '../../src/extension/exportCommands';
import { repoRoot, seedUri } from './util';

suite('Export in VS Code', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-export-'));
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Should preview the cleaned edition of seed 000 as a diff, then write it beside the source and open it', async () => {
    const seed = fs.readFileSync((await seedUri('000')).fsPath, 'utf8');
    const source = path.join(dir, 'interview.txt');
    fs.writeFileSync(source, seed);
    const shown = await vscode.commands.executeCommand<ExportShown>('interlinear.exportMarkdown', vscode.Uri.file(source));
    assert.ok(shown, 'the command returns the preview');
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff editor is shown');
    assert.strictEqual(tab.input.original.fsPath, source);
    assert.strictEqual(tab.input.modified.toString(), shown.preview.toString());
    const previewText = (await vscode.workspace.openTextDocument(shown.preview)).getText();
    assert.strictEqual(previewText, shown.edition.markdown);
    assert.match(previewText, /^---\n[\s\S]*\n---\n/, 'the edition opens with its front matter');
    const target = path.join(dir, 'interview.md');
    assert.ok(!fs.existsSync(target), 'nothing is written before "Write Edition"');

    const written = await vscode.commands.executeCommand<vscode.Uri>('interlinear.writeEdition', shown.preview);
    assert.strictEqual(written?.fsPath, target);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), shown.edition.markdown);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, target, 'the edition is opened');
    assert.strictEqual(fs.readFileSync(source, 'utf8'), seed, 'the source is untouched');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['interview.md', 'interview.txt'], 'no temporary file is left behind');
  });

  test('Should carry the review notes of the source into the edition as footnotes', async () => {
    for (const name of ['interview.zh.transcript.md', 'interview.zh.transcript.md.annotations.json'])
      fs.copyFileSync(path.join(repoRoot, 'seeds', 'demo', name), path.join(dir, name));
    const shown = await vscode.commands.executeCommand<ExportShown>(
      'interlinear.exportMarkdown',
      vscode.Uri.file(path.join(dir, 'interview.zh.transcript.md')),
    );
    assert.ok(shown);
    // The demo's open note on the changed number: a footnote mark on its paragraph, its text with the reply below;
    // the resolved note is no footnote.
    const md = shown.edition.markdown;
    const mark = /200家公司[^\n]*\[\^([^\]]+)\]/u.exec(md);
    assert.ok(mark, 'a footnote mark follows the noted text');
    assert.match(md, new RegExp(`^\\[\\^${mark[1]}\\]: .*2,000 companies`, 'mu'));
    assert.doesNotMatch(md, /no change needed/);
  });

  test('Should replace an existing edition only when told to', async () => {
    const source = path.join(dir, 'talk.txt');
    fs.writeFileSync(source, 'Alice: Hello there, this is a short talk.\n\nBob: And this is the answer to it.\n');
    fs.writeFileSync(path.join(dir, 'talk.md'), 'an earlier edition\n');
    const shown = await vscode.commands.executeCommand<ExportShown>('interlinear.exportMarkdown', vscode.Uri.file(source));
    assert.ok(shown);
    const written = await vscode.commands.executeCommand<vscode.Uri>('interlinear.writeEdition', shown.preview, { overwrite: true });
    assert.strictEqual(written?.fsPath, path.join(dir, 'talk.md'));
    assert.match(fs.readFileSync(path.join(dir, 'talk.md'), 'utf8'), /\*\*Alice:\*\* Hello there/);
  });

  test('Should set the demo pair sentence by sentence in a bilingual edition', async () => {
    for (const name of ['interview.en.transcript.md', 'interview.zh.transcript.md'])
      fs.copyFileSync(path.join(repoRoot, 'seeds', 'demo', name), path.join(dir, name));
    const shown = await vscode.commands.executeCommand<ExportShown>(
      'interlinear.exportBilingual',
      vscode.Uri.file(path.join(dir, 'interview.zh.transcript.md')),
    );
    assert.ok(shown);
    assert.strictEqual(path.basename(shown.edition.target.fsPath), 'interview.bilingual.md');
    const md = shown.edition.markdown;
    // The demo's first question and its translation, one after the other.
    const en = md.indexOf('Who were your first customers?');
    const zh = md.indexOf('你们最早的客户是谁？');
    assert.ok(en >= 0 && zh > en, 'an original sentence is followed by its translation');
  });
});
