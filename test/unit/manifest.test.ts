import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, LANGUAGE_ID } from '../../src/extension/commands';
import { repoRoot } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

suite('Manifest', () => {
  test('Should contribute exactly the commands the extension handles', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(contributed, Object.values(COMMANDS).sort());
  });

  test('Should scope every palette and keybinding entry to a known command', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    for (const entry of [...manifest.contributes.menus.commandPalette, ...manifest.contributes.keybindings]) assert.ok(known.has(entry.command), entry.command);
  });

  test('Should register the transcript language with a grammar and configuration that exist', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === LANGUAGE_ID);
    assert.ok(language);
    assert.ok(fs.existsSync(path.join(repoRoot, language.configuration)));
    const grammar = manifest.contributes.grammars.find((g: { language: string }) => g.language === LANGUAGE_ID);
    assert.strictEqual(grammar.scopeName, 'text.transcript');
    assert.ok(fs.existsSync(path.join(repoRoot, grammar.path)));
  });

  test('Should give every setting a default, a description and a scope', () => {
    for (const [key, spec] of Object.entries<Record<string, unknown>>(manifest.contributes.configuration.properties)) {
      assert.ok(key.startsWith('interlinear.'), key);
      assert.ok('default' in spec && spec.markdownDescription && spec.scope, key);
    }
  });
});
