import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKS } from '../../src/core';
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
    for (const entry of [...manifest.contributes.menus.commandPalette, ...manifest.contributes.keybindings])
      assert.ok(known.has(entry.command), entry.command);
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

suite('Manifest and checks', () => {
  test('Should offer a severity setting for exactly the registered checks, defaulting to their level', () => {
    const props = manifest.contributes.configuration.properties as Record<string, { default: string; enum: string[] }>;
    const severityKeys = Object.keys(props)
      .filter((k) => k.startsWith('interlinear.severity.'))
      .sort();
    assert.deepStrictEqual(severityKeys, CHECKS.map((c) => `interlinear.severity.${c.id}`).sort());
    for (const c of CHECKS) {
      const spec = props[`interlinear.severity.${c.id}`];
      assert.strictEqual(spec.default, c.defaultLevel, c.id);
      assert.deepStrictEqual(spec.enum, ['off', 'hint', 'info', 'warning', 'error']);
    }
  });

  test('Should list every check in the README', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const c of CHECKS) assert.ok(readme.includes(`\`${c.id}\``), `README does not mention ${c.id}`);
  });
});
