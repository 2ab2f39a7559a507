import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { repoRoot, waitFor } from './util';

// A fixture of test/fixtures/formats copied into the test's folder under another name.
function copyFixture(dir: string, fixture: string, name: string): vscode.Uri {
  const target = path.join(dir, name);
  fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'formats', fixture), target);
  return vscode.Uri.file(target);
}

// Waits until Interlinear's diagnostics of a document satisfy `ready`, and returns them.
function diagnosticsWhere(uri: vscode.Uri, ready: (list: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const ours = () => {
    const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');
    return ready(list) ? list : undefined;
  };
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => (e.uris.some((u) => u.toString() === uri.toString()) ? ours() : undefined),
    20_000,
    ours,
  );
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const TIMING = /-->/;

suite('Subtitle files', () => {
  let dir: string;

  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-subtitles-'));
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Should open an .srt file as SRT and flag a repeated word inside the cue text, with a fix that keeps the timings', async () => {
    const uri = copyFixture(dir, 'repeated.srt', 'talk.srt');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.languageId, 'srt');
    const editor = await vscode.window.showTextDocument(doc);
    const diagnostics = await diagnosticsWhere(uri, (list) => list.some((d) => codeOf(d) === 'repetition'));
    const repetition = diagnostics.find((d) => codeOf(d) === 'repetition')!;
    const line = doc.lineAt(repetition.range.start.line).text;
    assert.strictEqual(line, '[SPEAKER_00]: We wrote the the script last week.');
    assert.strictEqual(repetition.range.end.line, repetition.range.start.line);
    assert.match(doc.getText(repetition.range), /the/);
    for (const d of diagnostics) assert.ok(!TIMING.test(doc.lineAt(d.range.start.line).text), `${codeOf(d)} on a timing line`);
    assert.ok(!diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'a parse error in a good file');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      repetition.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `no preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.getText().split('\n');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = editor.document.getText().split('\n');
    assert.strictEqual(after[2], '[SPEAKER_00]: We wrote the script last week.');
    // Only the cue's text line changed: numbers, timings and the other cues are as they were.
    assert.deepStrictEqual(
      after.filter((_, i) => i !== 2),
      before.filter((_, i) => i !== 2),
    );
  });

  test('Should report a broken timing line as an error on that line, and an end before a start on its own', async () => {
    const uri = copyFixture(dir, 'broken.srt', 'broken.srt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const errors = (
      await diagnosticsWhere(uri, (list) => list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length >= 3)
    ).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    const at = (line: number) => errors.find((d) => d.range.start.line === line);
    const listed = errors.map((d) => `${d.range.start.line}: ${d.message}`).join('\n');
    assert.match(at(5)?.message ?? '', /broken timing line/, listed);
    assert.strictEqual(doc.lineAt(5).text, '00:00:03,000 -> 00:00:04,000');
    assert.match(at(9)?.message ?? '', /ends .* before it starts/, listed);
    assert.match(at(12)?.message ?? '', /expected a cue number/, listed);
    assert.strictEqual(errors.length, 3, listed);
  });

  test('Should show one outline entry per speaker turn', async () => {
    const uri = copyFixture(dir, 'interview.srt', 'interview.srt');
    const doc = await vscode.workspace.openTextDocument(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00', 'SPEAKER_02', 'SPEAKER_01'],
    );
    assert.strictEqual(symbols[0].range.start.line, 0);
    assert.strictEqual(doc.getText(symbols[0].selectionRange), 'SPEAKER_00');
    assert.strictEqual(doc.lineAt(symbols[0].range.end.line).text, 'but they are not.');
  });

  test('Should convert an SRT file to a transcript and its cues file, and export it back to the same SRT', async () => {
    const uri = copyFixture(dir, 'repeated.srt', 'talk.srt');
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    const transcript = await vscode.commands.executeCommand<vscode.Uri>('interlinear.convertToTranscript', uri);
    assert.strictEqual(transcript?.fsPath, path.join(dir, 'talk.transcript.txt'));
    assert.ok(fs.existsSync(path.join(dir, 'talk.transcript.txt.cues.json')));
    const text = fs.readFileSync(transcript.fsPath, 'utf8');
    assert.match(text, /^\[00:00:00\] SPEAKER_00: We wrote the the script last week\. It was long, and nobody read it\.\n/);

    // The SRT exists (it is the input): replaced only when told so, and then with the same cues.
    const srt = await vscode.commands.executeCommand<vscode.Uri>('interlinear.exportSubtitles', transcript, {
      format: 'srt',
      overwrite: true,
    });
    assert.strictEqual(srt?.fsPath, uri.fsPath);
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), original);

    const vtt = await vscode.commands.executeCommand<vscode.Uri>('interlinear.exportSubtitles', transcript, { format: 'vtt' });
    assert.strictEqual(vtt?.fsPath, path.join(dir, 'talk.vtt'));
    assert.match(fs.readFileSync(vtt.fsPath, 'utf8'), /^WEBVTT\n\n00:00:00\.500 --> 00:00:02\.000\n\[SPEAKER_00\]: We wrote/);
  });

  test('Should export an edited transcript keeping the timings of every cue, the edited one\u2019s text changed', async () => {
    const uri = copyFixture(dir, 'repeated.srt', 'talk.srt');
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    const transcript = await vscode.commands.executeCommand<vscode.Uri>('interlinear.convertToTranscript', uri);
    assert.ok(transcript);
    const doc = await vscode.workspace.openTextDocument(transcript);
    // Edited and not saved: the export reads the editor's text.
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('the the');
    edit.replace(transcript, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 7)), 'the');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const srt = await vscode.commands.executeCommand<vscode.Uri>('interlinear.exportSubtitles', transcript, {
      format: 'srt',
      overwrite: true,
    });
    assert.strictEqual(fs.readFileSync(srt!.fsPath, 'utf8'), original.replace('the the', 'the'));
  });

  test('Should open a .vtt file as WebVTT, outline it by voice and keep its findings off timing lines', async () => {
    const uri = copyFixture(dir, 'interview.vtt', 'interview.vtt');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.languageId, 'vtt');
    await vscode.window.showTextDocument(doc);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['Mara', 'Jonas', 'Mara', '이서연', 'Jonas'],
    );
    // The first turn starts at its cue identifier.
    assert.strictEqual(doc.lineAt(symbols[0].range.start.line).text, 'intro');
    const diagnostics = await diagnosticsWhere(uri, (list) => list.some((d) => codeOf(d) === 'wrong-language'));
    for (const d of diagnostics) assert.ok(!TIMING.test(doc.lineAt(d.range.start.line).text), `${codeOf(d)} on a timing line`);
    assert.strictEqual(doc.getText(diagnostics.find((d) => codeOf(d) === 'wrong-language')!.range), '자막의 타이밍은 중요합니다');
  });

  test('Should refuse to convert a file with a broken cue, writing nothing', async () => {
    const uri = copyFixture(dir, 'broken.srt', 'broken.srt');
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('interlinear.convertToTranscript', uri, {
      overwrite: true,
    });
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(fs.readdirSync(dir), ['broken.srt']);
  });
});
