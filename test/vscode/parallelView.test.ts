// The parallel view in a real VS Code: rows reach the page, a row selects its sentences in both editors, the
// cursor brings its row into view, a merge made by hand outlives the view, and document text never becomes markup.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ParallelView } from '../../src/extension/parallelView';
import type { HostMessage, RenderReport } from '../../src/shared/protocol';
import { repoRoot, waitFor } from './util';

type Table = Extract<HostMessage, { type: 'table' }>;

const DEMO = path.join(repoRoot, 'seeds', 'demo');
const EN = vscode.Uri.file(path.join(DEMO, 'interview.en.transcript.md'));
const ZH = vscode.Uri.file(path.join(DEMO, 'interview.zh.transcript.md'));
const SIDECAR = vscode.Uri.file(path.join(DEMO, 'interview.zh.transcript.md.alignment.json'));

// Opens the parallel view of `uri` and resolves with it, its first table and what the page drew of it.
async function open(uri: vscode.Uri): Promise<{ view: ParallelView; table: Table; drawn: RenderReport }> {
  await vscode.window.showTextDocument(uri);
  const view = await vscode.commands.executeCommand<ParallelView>('interlinear.openParallelView', uri);
  assert.ok(view, 'the command returns the view it opened');
  const table = await waitFor(view.onDidPost, (m) => (m.type === 'table' ? m : undefined), 30_000);
  const drawn = await waitFor(view.onDidRender, (r) => r, 30_000);
  return { view, table, drawn };
}

// The index of the first one-to-one row whose English cell contains `needle`.
function rowWith(table: Table, needle: string): number {
  const i = table.rows.findIndex((r) => r.kind === 'pair' && r.cells[0].includes(needle));
  assert.ok(i >= 0, `a row holds "${needle}"`);
  return i;
}

suite('Parallel view in VS Code', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(SIDECAR).then(undefined, () => undefined);
  });

  test('Should pair the demo interview with its translation and post the rows to the page', async () => {
    const { view, table, drawn } = await open(ZH);
    assert.deepStrictEqual(
      table.columns.map((c) => [c.label, c.lang]),
      [
        ['interview.en.transcript.md', 'en'],
        ['interview.zh.transcript.md', 'zh'],
      ],
    );
    assert.ok(table.rows.length >= 35, `${table.rows.length} rows`);
    const number = table.rows[rowWith(table, '2,000 companies')];
    assert.match(number.cells[1], /200家/);
    assert.strictEqual(drawn.rows, table.rows.length);
    assert.ok(drawn.sample.includes('Building Cloud Forge'), drawn.sample);
    view.close();
  });

  test('Should select a row’s sentences in both editors, and bring the row of the cursor into view', async () => {
    const { view, table } = await open(ZH);
    const row = rowWith(table, 'How did it start?');
    await view.receive({ type: 'select', row });
    const editorOf = (uri: vscode.Uri) => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const en = await waitFor(
      vscode.window.onDidChangeVisibleTextEditors,
      () => editorOf(EN),
      10_000,
      () => editorOf(EN),
    );
    assert.strictEqual(en.document.getText(en.selection), 'How did it start?');
    const zh = editorOf(ZH)!;
    assert.strictEqual(zh.document.getText(zh.selection), table.rows[row].cells[1]);
    // Side by side, each in one editor group only.
    const groupsOf = (uri: vscode.Uri) =>
      vscode.window.tabGroups.all.filter((g) =>
        g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()),
      ).length;
    assert.deepStrictEqual([groupsOf(EN), groupsOf(ZH)], [1, 1]);
    assert.notStrictEqual(en.viewColumn, zh.viewColumn);

    const later = rowWith(table, '2,000 companies');
    const offset = zh.document.getText().indexOf('200家');
    const revealed = waitFor(view.onDidPost, (m) => (m.type === 'reveal' && m.row === later ? m.row : undefined), 10_000);
    zh.selection = new vscode.Selection(zh.document.positionAt(offset), zh.document.positionAt(offset));
    assert.strictEqual(await revealed, later);
    view.close();
  });

  test('Should keep the selected row when its sentence ends inside a line, so that the row keys act on it', async () => {
    const { view, table } = await open(ZH);
    const row = rowWith(table, 'Tom, thanks for making time for this.');
    const reveals: number[] = [];
    const listening = view.onDidPost((m) => void (m.type === 'reveal' && reveals.push(m.row)));
    // The selections the view makes reach it back as selection events of both editors: wait for the original's.
    const selected = waitFor(
      vscode.window.onDidChangeTextEditorSelection,
      (e) => (e.textEditor.document.uri.toString() === EN.toString() && !e.selections[0].isEmpty ? true : undefined),
      10_000,
    );
    await view.receive({ type: 'select', row });
    await selected;
    await new Promise((resolve) => setImmediate(resolve));
    listening.dispose();
    assert.deepStrictEqual(
      reveals.filter((r) => r !== row),
      [],
    );
    view.close();
  });

  test('Should tell an English sentence left in the translation once, as untranslated, while the view is open', async () => {
    const onLine = (line: number) =>
      vscode.languages
        .getDiagnostics(ZH)
        .filter((d) => d.range.start.line === line && typeof d.code === 'object')
        .map((d) => `${d.source} ${(d.code as { value: string }).value}`)
        .sort();
    const line = (await vscode.workspace.openTextDocument(ZH))
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('I think it'));
    const { view } = await open(ZH);
    const once = () => (onLine(line).join() === 'interlinear translation untranslated' ? true : undefined);
    await waitFor(vscode.languages.onDidChangeDiagnostics, once, 20_000, once);
    view.close();
    // Without the view, the document's own check says it again.
    const alone = () => (onLine(line).join() === 'interlinear wrong-language' ? true : undefined);
    await waitFor(vscode.languages.onDidChangeDiagnostics, alone, 20_000, alone);
  });

  test('Should keep a merge made by hand in the sidecar and show it again when the view is reopened', async () => {
    const first = await open(ZH);
    const row = rowWith(first.table, 'How did it start?');
    const cells = [first.table.rows[row].cells, first.table.rows[row + 1].cells];
    const merged = waitFor(first.view.onDidPost, (m) => (m.type === 'table' ? m : undefined), 30_000);
    await first.view.receive({ type: 'edit', edit: 'merge-next', row });
    const after = await merged;
    assert.strictEqual(after.rows.length, first.table.rows.length - 1);
    assert.deepStrictEqual(after.rows[row].cells, [`${cells[0][0]} ${cells[1][0]}`, `${cells[0][1]} ${cells[1][1]}`]);
    assert.ok(after.rows[row].manual && !after.rows[row].flagged);
    first.view.close();

    const sidecar = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(SIDECAR)));
    assert.strictEqual(sidecar.original, 'interview.en.transcript.md');
    assert.strictEqual(sidecar.overrides.length, 1);
    const again = await open(ZH);
    assert.deepStrictEqual(again.table.rows[row].cells, after.rows[row].cells);
    assert.ok(again.table.rows[row].manual);
    again.view.close();
  });

  test('Should show translation findings in both editors and on their rows, and follow an edit that mends one', async () => {
    const { view, table } = await open(ZH);
    const ofCheck = (uri: vscode.Uri, id: string) =>
      vscode.languages.getDiagnostics(uri).filter((d) => typeof d.code === 'object' && d.code.value === id);
    const omitted = table.rows.find((r) => r.cells[0].includes('We had no limits at all.'));
    assert.ok(
      omitted?.issues.some((i) => i.startsWith('omission:')),
      JSON.stringify(omitted),
    );
    const [omission] = ofCheck(EN, 'omission');
    assert.ok(omission, 'the omission is a diagnostic of the original');
    const en = await vscode.workspace.openTextDocument(EN);
    assert.strictEqual(en.getText(omission.range), 'We had no limits at all.');
    const [number] = ofCheck(ZH, 'number-mismatch');
    assert.strictEqual(number?.range.start.line, 16);

    // Mending the number in the translation (an unsaved edit) takes its finding away once the view re-aligns.
    const zh = await vscode.window.showTextDocument(ZH, { viewColumn: vscode.ViewColumn.Two });
    const at = zh.document.getText().indexOf('200家');
    const realigned = waitFor(view.onDidPost, (m) => (m.type === 'table' ? m : undefined), 30_000);
    await zh.edit((b) => b.replace(new vscode.Range(zh.document.positionAt(at), zh.document.positionAt(at + 3)), '2,000'));
    await realigned;
    assert.deepStrictEqual(ofCheck(ZH, 'number-mismatch'), []);
    assert.strictEqual(ofCheck(EN, 'omission').length, 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    view.close();
    assert.deepStrictEqual(ofCheck(EN, 'omission'), [], 'closing the view clears its findings');
  });

  test('Should suggest the translation of a sentence said before, write it into the translation, and undo it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-tm-'));
    const said = 'We built a cache that remembers the result of every build step.';
    const done = '我们做了一个缓存，能记住每个构建步骤的结果。';
    // As "Start Translation" leaves it: the last turn still to write (…).
    fs.writeFileSync(path.join(dir, 'talk.en.txt'), `Ana: ${said}\n\nBo: It saved us many hours every week.\n\nAna: ${said}\n`);
    fs.writeFileSync(path.join(dir, 'talk.zh.txt'), `Ana: ${done}\n\nBo: 它每周为我们节省了好几个小时。\n\nAna: …\n`);
    try {
      const { view, table } = await open(vscode.Uri.file(path.join(dir, 'talk.zh.txt')));
      const row = table.rows.length - 1;
      assert.strictEqual(table.rows[row].cells[1], '…', JSON.stringify(table.rows));
      const suggested = waitFor(view.onDidPost, (m) => (m.type === 'suggestions' && m.row === row ? m : undefined), 30_000);
      await view.receive({ type: 'select', row });
      const { matches } = await suggested;
      assert.strictEqual(matches[0]?.score, 100);
      assert.strictEqual(matches[0].target, done);
      await view.receive({ type: 'insert', row, match: 0 });
      const zh = vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith('talk.zh.txt'))!;
      assert.strictEqual(zh.document.getText(), `Ana: ${done}\n\nBo: 它每周为我们节省了好几个小时。\n\nAna: ${done}\n`);
      assert.ok(zh.document.isDirty, 'written into the editor, not saved');
      await vscode.window.showTextDocument(zh.document, zh.viewColumn);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(zh.document.getText(), `Ana: ${done}\n\nBo: 它每周为我们节省了好几个小时。\n\nAna: …\n`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      view.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Should say plainly that no language model is there to draft with, and change nothing', async () => {
    const { view, table } = await open(ZH);
    await view.receive({ type: 'select', row: rowWith(table, 'How did it start?') });
    const before = (await vscode.workspace.openTextDocument(ZH)).getText();
    const draft = await vscode.commands.executeCommand('interlinear.draftTranslation');
    assert.deepStrictEqual(draft, { none: 'no-model' }, 'the test VS Code offers no chat model');
    assert.strictEqual((await vscode.workspace.openTextDocument(ZH)).getText(), before);
    view.close();
  });

  test('Should show markup in a transcript as text, never as elements of the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-xss-'));
    const hostile = 'She typed <img src=x onerror=alert(1)> into the form.';
    fs.writeFileSync(path.join(dir, 'note.en.txt'), `${hostile} Then <script>alert(2)</script> too.\n`);
    fs.writeFileSync(path.join(dir, 'note.zh.txt'), '她在表单里输入了 <img src=x onerror=alert(1)>。然后还有 <b>粗体</b>。\n');
    try {
      const { view, drawn } = await open(vscode.Uri.file(path.join(dir, 'note.zh.txt')));
      assert.strictEqual(drawn.foreign, 0, 'no element but the page’s own');
      assert.ok(drawn.sample.includes('<img src=x onerror=alert(1)>'), drawn.sample);
      view.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
