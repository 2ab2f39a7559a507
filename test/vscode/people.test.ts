import * as assert from 'assert';
import * as vscode from 'vscode';
import { GLOSSARY_PATH, PROJECT_FOLDER, parseGlossary } from '../../src/core';
import type { InterlinearApi } from '../../src/extension/extension';
import { exists, openTranscript, waitFor } from './util';

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

  test('Should show seed 000 as two people, each in a colour of their own, in the status bar and the people Go to Speaker lists', async () => {
    const editor = await openTranscript('000');
    await api.people.ready();
    const persons = api.people.get(editor.document).filter((p) => p.turns.length > 0);
    assert.strictEqual(persons.length, 2);
    // Every turn belongs to one of them; each has several spellings.
    assert.strictEqual(persons[0].turns.length + persons[1].turns.length, labels(editor.document).length);
    assert.ok(persons.every((p) => p.spellings.length > 1));
    const text = await statusText(api, (s) => s.includes('2 speakers'));
    assert.match(text, /2 speakers · 9 spellings · zh/);
    // Each person's labels in one colour of the palette, the two people in two different ones.
    const painted = () => {
      const used = api.speakerColours(editor).filter((ranges) => ranges.length > 0);
      return used.length === 2 ? used : undefined;
    };
    const used = await waitFor(api.people.onDidChange, painted, 10_000, painted);
    // Turn k of the transcript is the k-th label line (every turn of seed 000 opens with one).
    const turnLines = [...editor.document.getText().matchAll(/^\*\*(.+?)\*\*：/gmu)].map((m) => editor.document.positionAt(m.index).line);
    const colourOf = (turn: number) => used.findIndex((ranges) => ranges.some((r) => r.start.line === turnLines[turn]));
    const colours = persons.map((p) => new Set(p.turns.map(colourOf)));
    assert.ok(
      colours.every((c) => c.size === 1 && !c.has(-1)),
      'one colour per person',
    );
    assert.notDeepStrictEqual([...colours[0]], [...colours[1]]);
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

  test('Should offer to add the spelling a rename chooses to the glossary, write it there, and check again with it', async () => {
    const editor = await openTranscript('000');
    const doc = editor.document;
    await api.people.ready();
    const person = api.people.get(doc).find((p) => p.spellings.some((s) => s.name === 'Damien Duportal'))!;
    const theirs = new Set(person.spellings.map((s) => s.name));
    const ours = (accept: (d: vscode.Diagnostic, text: string) => boolean) => () => {
      const list = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'interlinear' && accept(d, doc.getText(d.range)));
      return list.length ? list : undefined;
    };
    // The person's Latin labels, once a finding says to rename them to `keep`.
    const onLatin = (keep: string) => ours((d, text) => text === 'Damien Duportal' && d.message.endsWith(`rename it to “${keep}”.`));
    const actionsAt = (d: vscode.Diagnostic) =>
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
    const onVariants = ours((_, text) => theirs.has(text) && text !== 'Damien Duportal');
    const [variant] = await waitFor(vscode.languages.onDidChangeDiagnostics, onVariants, 20_000, onVariants);
    const chinese = (await actionsAt(variant)).find((a) => /^Rename all to “(.+)” \(most used in Chinese characters\)$/u.test(a.title))!;
    const name = /“(.+)”/u.exec(chinese.title)![1];
    // Applying the rename runs the offer after it: the spelling, for the glossary.
    assert.deepStrictEqual(
      [chinese.command?.command, chinese.command?.arguments?.map(String)],
      ['_interlinear.offerGlossaryTerm', [doc.uri.toString(), name]],
    );
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri)!.uri;
    const glossary = vscode.Uri.joinPath(folder, GLOSSARY_PATH);
    const hadFolder = await exists(vscode.Uri.joinPath(folder, PROJECT_FOLDER));
    assert.ok(!(await exists(glossary)), `${GLOSSARY_PATH} already exists in the test workspace`);
    try {
      // "Add to Glossary" on the offer runs this.
      const followed = waitFor(vscode.languages.onDidChangeDiagnostics, onLatin(name), 20_000);
      await vscode.commands.executeCommand('interlinear.addToGlossary', ...chinese.command!.arguments!);
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossary));
      assert.match(written, /^term\tlang/);
      assert.deepStrictEqual(parseGlossary(written), { entries: [{ term: name, lang: 'zh' }], problems: [] });
      assert.ok(!doc.isDirty, 'the document itself is not touched');
      // The checks ran again with the glossary: the Latin labels are now the ones to rename, to the glossary's spelling.
      const [latin] = await followed;
      const preferred = (await actionsAt(latin)).find((a) => a.isPreferred)!;
      assert.strictEqual(preferred.title, `Rename all to “${name}” (glossary)`);
      assert.strictEqual(preferred.command, undefined, 'a spelling the glossary has is not offered again');
    } finally {
      // Without the glossary, the Latin spelling is kept again.
      const latinKept = () => (ours((_, text) => text === 'Damien Duportal')() ? undefined : true);
      const back = waitFor(vscode.languages.onDidChangeDiagnostics, latinKept, 20_000, latinKept).catch(() => undefined);
      await vscode.workspace.fs.delete(glossary);
      if (!hadFolder) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, PROJECT_FOLDER), { recursive: true });
      await back;
    }
  });

  test('Should name the speaker of seed 002 from its title in the status bar', async () => {
    await openTranscript('002');
    const text = await statusText(api, (s) => s.includes('Julien'));
    assert.match(text, /1 speaker · Julien Pivotto/);
  });
});
