// The glossary and baseline reach the editor through the core's project layer, and the code actions take
// their preferred fix from the core's one function.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { BASELINE_PATH, PROJECT_FOLDER, preferredFix, runChecks, type Finding } from '../../src/core';
import { exists, openTranscript, waitFor } from './util';

// Resolves with a document's Interlinear diagnostics once `accept` holds for them.
function diagnosticsWhen(uri: vscode.Uri, accept: (list: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const ours = () => {
    const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');
    return accept(list) ? list : undefined;
  };
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => (e.uris.some((u) => u.toString() === uri.toString()) ? ours() : undefined),
    20_000,
    ours,
  );
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

// The preferred quick fixes VS Code offers at a diagnostic's range, sorted by title.
async function preferredAt(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    d.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return all.filter((a) => a.isPreferred).sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

// The replacements of a workspace edit as [offset, offset, text] triples, in order.
function replacements(doc: vscode.TextDocument, edit: vscode.WorkspaceEdit): [number, number, string][] {
  return edit
    .get(doc.uri)
    .map((e): [number, number, string] => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end), e.newText])
    .sort((a, b) => a[0] - b[0]);
}

suite('Project files and preferred fixes in VS Code', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  // Reverted first: closing a changed untitled document would stop at a "save changes?" dialog.
  teardown(async () => {
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++)
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Should load the glossary named in the settings through the project layer: its entry turns a spelling into a near-miss', async () => {
    const doc = await openUntitled('glossary-test.transcript', 'Ann: We deployed it with Terrafrom yesterday.\nBob: Good.\n');
    const nearMiss = (list: vscode.Diagnostic[]) => list.some((d) => codeOf(d) === 'near-miss' && doc.getText(d.range) === 'Terrafrom');
    // Without a glossary the core finds nothing here: the finding below comes from the glossary file.
    assert.deepStrictEqual(runChecks(doc.getText()), []);
    const relative = `${PROJECT_FOLDER}/vscode-test-glossary.tsv`;
    const file = vscode.Uri.joinPath(folder(), relative);
    const hadFolder = await exists(vscode.Uri.joinPath(folder(), PROJECT_FOLDER));
    const config = vscode.workspace.getConfiguration('interlinear', folder());
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('term\tlang\nTerraform\ten\n\ten\n'));
    try {
      const flagged = diagnosticsWhen(doc.uri, nearMiss);
      await config.update('glossaryPath', relative, vscode.ConfigurationTarget.Global);
      const [d] = (await flagged).filter((x) => codeOf(x) === 'near-miss');
      assert.match(d.message, /glossary term “Terraform”/);
    } finally {
      const cleared = diagnosticsWhen(doc.uri, (list) => !nearMiss(list));
      await config.update('glossaryPath', undefined, vscode.ConfigurationTarget.Global);
      await removeCreated(file, hadFolder);
      await cleared;
    }
  });

  test('Should mark as preferred the quick fix the core picks, also for a finding whose check marked none', async () => {
    const doc = await openUntitled('quote-test.transcript', 'Ann: 他说“你好。\nBob: 好。\n');
    const [d] = await diagnosticsWhen(doc.uri, (list) => list.some((x) => codeOf(x) === 'punctuation'));
    const [finding] = runChecks(doc.getText()).filter((f) => f.checkId === 'punctuation');
    assert.ok(
      finding.fixes.every((f) => !f.preferred),
      'the check marks no fix preferred here',
    );
    const preferred = await preferredAt(doc.uri, d);
    assert.deepStrictEqual(
      preferred.map((a) => a.title),
      [preferredFix(finding)!.title],
    );
    assert.deepStrictEqual(
      replacements(doc, preferred[0].edit!),
      preferredFix(finding)!.edits.map((e) => [e.range.start, e.range.end, e.newText]),
    );
  });

  test("Should offer exactly one preferred quick fix per fixable finding of seed 001: the core's", async () => {
    const editor = await openTranscript('001');
    const doc = editor.document;
    const diagnostics = await diagnosticsWhen(doc.uri, (list) => list.length > 0);
    const core = runChecks(doc.getText());
    // A diagnostic covers its finding: a narrow one is shown with its neighbours, so that it can be seen.
    const coreOf = (d: vscode.Diagnostic): Finding | undefined =>
      core.find(
        (f) =>
          f.checkId === codeOf(d) &&
          f.message === d.message &&
          doc.offsetAt(d.range.start) <= f.range.start &&
          f.range.end <= doc.offsetAt(d.range.end),
      );
    let checked = 0;
    for (const d of diagnostics) {
      const finding = coreOf(d);
      assert.ok(finding, `no core finding for ${codeOf(d)} at line ${d.range.start.line + 1}`);
      const fix = preferredFix(finding);
      if (!fix) continue;
      // VS Code asks for the actions of every diagnostic that overlaps the range.
      const overlapping = core.filter((f) => f.range.start < finding.range.end && f.range.end > finding.range.start);
      const expected = overlapping.flatMap((f) => preferredFix(f)?.title ?? []).sort();
      assert.deepStrictEqual(
        (await preferredAt(doc.uri, d)).map((a) => a.title),
        expected,
        `${codeOf(d)} at line ${d.range.start.line + 1}`,
      );
      checked++;
    }
    assert.ok(checked >= 5, `only ${checked} fixable findings`);
  });

  test('Should accept the current findings into the baseline file and bring them back when it is deleted', async () => {
    const editor = await openTranscript('002');
    const uri = editor.document.uri;
    const baseline = vscode.Uri.joinPath(folder(), BASELINE_PATH);
    assert.ok(!(await exists(baseline)), `${BASELINE_PATH} already exists in the test workspace`);
    const before = await diagnosticsWhen(uri, (list) => list.length > 0);
    const hadFolder = await exists(vscode.Uri.joinPath(folder(), PROJECT_FOLDER));
    try {
      const accepted = diagnosticsWhen(uri, (list) => list.length === 0);
      await vscode.commands.executeCommand('interlinear.acceptFindings');
      await accepted;
      const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(baseline)));
      const entries = file.files[vscode.workspace.asRelativePath(uri, false)];
      assert.strictEqual(file.version, 2);
      assert.ok(entries.length > 0 && entries.length <= before.length, `${entries.length} entries for ${before.length} findings`);
      assert.ok(entries.some((e: { exact: string }) => e.exact === 'Jean-Pierre Vautour'));
    } finally {
      const back = diagnosticsWhen(uri, (list) => list.length === before.length);
      await removeCreated(baseline, hadFolder);
      await back;
    }
  });
});

// Opens a new untitled transcript of its own name: an anonymous "Untitled-1" may come back as the previous
// test's document, whose model VS Code had not yet disposed.
async function openUntitled(name: string, content: string): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  if (doc.languageId !== 'transcript') doc = await vscode.languages.setTextDocumentLanguage(doc, 'transcript');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await vscode.window.showTextDocument(doc);
  return doc;
}

// Deletes a file the test wrote, and its folder unless that was there before.
async function removeCreated(file: vscode.Uri, keepFolder: boolean): Promise<void> {
  await vscode.workspace.fs.delete(file);
  if (!keepFolder) await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true });
}
