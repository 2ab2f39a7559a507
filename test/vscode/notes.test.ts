// Review notes in a real VS Code: a note on a span moves with lines inserted above it, is saved beside the file as W3C
// Web Annotations, is still there when the document is opened again, and can be resolved.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { InterlinearApi } from '../../src/extension/extension';
import type { Annotation } from '../../src/core/annotations';
import { NotesStore } from '../../src/extension/notesStore';
import { seedUri, waitFor } from './util';

const EXTENSION_ID = 'interlinear.interlinear';

suite('Review notes in VS Code', () => {
  let dir: string;
  let api: InterlinearApi;
  suiteSetup(async () => {
    api = (await vscode.extensions.getExtension<InterlinearApi>(EXTENSION_ID)!.activate()) as InterlinearApi;
  });
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlinear-notes-'));
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Should move a note with the text, keep it across a reopen and resolve it', async () => {
    const file = path.join(dir, 'interview.transcript.txt');
    fs.writeFileSync(file, fs.readFileSync((await seedUri('000')).fsPath, 'utf8'));
    const uri = vscode.Uri.file(file);
    const editor = await vscode.window.showTextDocument(uri);
    const doc = editor.document;
    // A note on the first speaker label's line: the label itself.
    const line = [...Array(doc.lineCount).keys()].find((l) => /^\S[^:：]{0,30}[:：]/.test(doc.lineAt(l).text))!;
    const label = doc.lineAt(line).text.match(/^[^:：]+/)![0];
    const range = new vscode.Range(line, 0, line, label.length);
    const note = await vscode.commands.executeCommand<Annotation>('interlinear.addNote', {
      uri,
      range,
      text: 'Is this the spelling the speaker uses?',
      category: 'name',
    });
    assert.ok(note, 'the command returns the note');
    const sidecarPath = `${file}.annotations.json`;
    // Written through the workbench's file service, which may report the file on disk a moment after the command.
    await waitUntil(() => fs.existsSync(sidecarPath));
    const stored = JSON.parse(fs.readFileSync(sidecarPath, 'utf8'));
    assert.strictEqual(stored.length, 1);
    assert.strictEqual(stored[0].type, 'Annotation');
    assert.strictEqual(stored[0].target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector').exact, label);

    const moved = waitFor(api.notes.onDidChange, (u) => (u.toString() === uri.toString() ? true : undefined), 5_000);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'A line added above.\nAnother one.\nAnd a third.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await moved;
    const placed = (await api.notes.get(doc)).placed[0];
    assert.strictEqual(placed.annotation.id, note.id);
    assert.ok(placed.range && !placed.orphaned);
    assert.strictEqual(doc.positionAt(placed.range.start).line, line + 3, 'the note moved down three lines');
    assert.strictEqual(doc.getText(new vscode.Range(doc.positionAt(placed.range.start), doc.positionAt(placed.range.end))), label);

    // Saving the document saves the notes' new places with it.
    await doc.save();
    await waitUntil(() =>
      JSON.parse(fs.readFileSync(sidecarPath, 'utf8'))[0].target.selector.some((s: { start?: number }) => s.start === placed.range!.start),
    );

    // A new window's store (as after a reload) reads the note back from the sidecar, in place.
    const log = vscode.window.createOutputChannel('Interlinear notes test', { log: true });
    const fresh = new NotesStore(log);
    try {
      const again = await fresh.get(doc);
      assert.strictEqual(again.placed.length, 1);
      assert.strictEqual(doc.positionAt(again.placed[0].range!.start).line, line + 3);
      assert.strictEqual(again.sidecar.annotations[0].comments[0].value, 'Is this the spelling the speaker uses?');
    } finally {
      fresh.dispose();
      log.dispose();
    }

    await vscode.commands.executeCommand('interlinear.notes.resolve', { uri, note: placed });
    assert.strictEqual((await api.notes.get(doc)).sidecar.annotations[0].status, 'resolved');
    assert.strictEqual(JSON.parse(fs.readFileSync(sidecarPath, 'utf8'))[0].status, 'resolved');
  });

  test('Should offer a note after the finding’s own fixes, not among them', async () => {
    const file = path.join(dir, 'variants.transcript.txt');
    fs.writeFileSync(file, fs.readFileSync((await seedUri('000')).fsPath, 'utf8'));
    const uri = vscode.Uri.file(file);
    await vscode.window.showTextDocument(uri);
    const variant = () =>
      vscode.languages
        .getDiagnostics(uri)
        .find((d) => d.source === 'interlinear' && typeof d.code === 'object' && d.code.value === 'speaker-variant');
    const diagnostic = await waitFor(vscode.languages.onDidChangeDiagnostics, () => variant(), 20_000, variant);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    const note = titles.indexOf('Add a review note for this finding');
    assert.ok(note >= 0 && titles.filter((t) => t.startsWith('Rename all')).length >= 2, titles.join(' | '));
    assert.ok(
      titles.slice(note).every((t) => !t.startsWith('Rename all')),
      titles.join(' | '),
    );
  });

  test('Should turn a diagnostic into a note on its span with its category', async () => {
    const file = path.join(dir, 'talk.transcript.txt');
    fs.writeFileSync(file, fs.readFileSync((await seedUri('002')).fsPath, 'utf8'));
    const uri = vscode.Uri.file(file);
    const doc = (await vscode.window.showTextDocument(uri)).document;
    const ours = () => {
      const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interlinear');
      return list.length ? list : undefined;
    };
    const [diagnostic] = await waitFor(vscode.languages.onDidChangeDiagnostics, () => ours(), 20_000, ours);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const toNote = actions.find(
      (a) =>
        a.title === 'Add a review note for this finding' &&
        (a.command?.arguments?.[0] as { text?: string })?.text?.startsWith(diagnostic.message),
    );
    assert.ok(toNote?.command, 'the diagnostic offers "Add a review note"');
    await vscode.commands.executeCommand(toNote.command.command, ...(toNote.command.arguments ?? []));
    const [note] = (await api.notes.get(doc)).placed;
    assert.ok(note.range);
    assert.strictEqual(
      doc.getText(new vscode.Range(doc.positionAt(note.range.start), doc.positionAt(note.range.end))),
      doc.getText(diagnostic.range),
    );
    assert.ok(note.annotation.comments[0].value.startsWith(diagnostic.message));
    assert.ok(note.annotation.category, 'a category from the check');
  });
});

// Polls a condition that reads files: one not written yet (or being replaced) reads as not yet.
async function waitUntil(condition: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  const holds = () => {
    try {
      return condition();
    } catch {
      return false;
    }
  };
  while (!holds()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
