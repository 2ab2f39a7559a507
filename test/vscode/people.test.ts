import * as assert from 'assert';
import * as vscode from 'vscode';
import type { InterlinearApi } from '../../src/extension/extension';
import { openTranscript, waitFor } from './util';

const EXTENSION_ID = 'interlinear.interlinear';

// The speaker labels of seed 000 (`**Name**：`), in order.
const labels = (doc: vscode.TextDocument) => [...doc.getText().matchAll(/^\*\*(.+?)\*\*：/gmu)].map((m) => m[1]);

// Resolves once the status bar's summary satisfies `ok` (it follows the active editor and the people's changes).
async function statusText(api: InterlinearApi, ok: (text: string) => boolean): Promise<string> {
  const now = () => (ok(api.statusText()) ? api.statusText() : undefined);
  return waitFor(api.people.onDidChange, now, 10_000, now).catch(
    () =>
      // The summary also follows the editor's own events; read it once more after them.
      new Promise<string>((resolve) => setTimeout(() => resolve(api.statusText()), 500)),
  );
}

suite('People in VS Code', () => {
  let api: InterlinearApi;
  suiteSetup(async () => {
    api = (await vscode.extensions.getExtension<InterlinearApi>(EXTENSION_ID)!.activate()) as InterlinearApi;
  });
  teardown(async () => {
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++)
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Should show seed 000 as two people, each in a colour of their own, in the status bar and Go to Speaker', async () => {
    const editor = await openTranscript('000');
    await api.people.ready();
    const persons = api.people.get(editor.document).filter((p) => p.turns.length > 0);
    assert.strictEqual(persons.length, 2);
    // Every turn belongs to one of them; each has several spellings.
    assert.strictEqual(persons[0].turns.length + persons[1].turns.length, labels(editor.document).length);
    assert.ok(persons.every((p) => p.spellings.length > 1));
    const text = await statusText(api, (s) => s.includes('2 speakers'));
    assert.match(text, /2 speakers · 9 spellings · zh/);
  });

  test("Should rename one person's labels to the Chinese spelling chosen in a quick fix, and nothing else", async () => {
    const editor = await openTranscript('000');
    const doc = editor.document;
    const before = labels(doc);
    await api.people.ready();
    const person = api.people.get(doc).find((p) => p.spellings.some((s) => s.name === 'Damien Duportal'))!;
    const theirs = new Set(person.spellings.map((s) => s.name));
    // A finding on one of the person's other spellings offers the Chinese spelling beside the preferred original.
    const ours = () => {
      const list = vscode.languages
        .getDiagnostics(doc.uri)
        .filter((d) => d.source === 'interlinear' && theirs.has(doc.getText(d.range)) && doc.getText(d.range) !== 'Damien Duportal');
      return list.length ? list : undefined;
    };
    const [diagnostic] = await waitFor(vscode.languages.onDidChangeDiagnostics, () => ours(), 20_000, ours);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
    );
    const chinese = actions.find((a) => /^Rename all to “(.+)” \(most used in Chinese characters\)$/u.test(a.title));
    assert.ok(chinese?.edit, actions.map((a) => a.title).join('\n'));
    const name = /“(.+)”/u.exec(chinese.title)![1];
    assert.ok(await vscode.workspace.applyEdit(chinese.edit));
    assert.deepStrictEqual(
      labels(doc),
      before.map((n) => (theirs.has(n) ? name : n)),
    );
    assert.ok(doc.isDirty, 'the fix leaves the document unsaved');
  });

  test('Should name the speaker of seed 002 from its title in the status bar', async () => {
    await openTranscript('002');
    const text = await statusText(api, (s) => s.includes('Julien'));
    assert.match(text, /1 speaker · Julien Pivotto/);
  });
});
