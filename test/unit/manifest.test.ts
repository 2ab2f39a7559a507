import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SEVERITY_CATEGORY_ID, checkTitle, severityCategory, type SettingsCategory } from '../../scripts/severitySettings';
import { ALL_CHECKS } from '../../src/core/checks/pairRegistry';
import { COMMANDS, LANGUAGE_ID } from '../../src/extension/commands';
import {
  ANCHOR_STYLES,
  ANNOTATION_STYLES,
  BILINGUAL_LAYOUTS,
  DEFAULT_EXPORT_SETTINGS,
  EXPORT_FIXES,
  FRONT_MATTER_FIELDS,
  LABEL_STYLES,
} from '../../src/core/export/options';
import { repoRoot } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

// `contributes.configuration` is one category or a list of them (Settings UI sections).
const configuration = manifest.contributes.configuration as SettingsCategory | SettingsCategory[];
const categories: SettingsCategory[] = Array.isArray(configuration) ? configuration : [configuration];
const settings: Record<string, Record<string, unknown>> = Object.assign({}, ...categories.map((c) => c.properties));

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

  test('Should give every setting a default, a description and a scope, in titled categories', () => {
    assert.ok(Object.keys(settings).length > ALL_CHECKS.length, 'settings missing');
    for (const category of categories) assert.ok(category.title, `a configuration category without a title`);
    for (const [key, spec] of Object.entries(settings)) {
      assert.ok(key.startsWith('interlinear.'), key);
      assert.ok('default' in spec, `${key} has no default`);
      assert.ok(spec.markdownDescription, `${key} has no markdownDescription`);
      assert.ok(spec.scope, `${key} has no scope`);
      if (Array.isArray(spec.enum)) {
        assert.ok(spec.enum.includes(spec.default), `${key}: default ${String(spec.default)} is not one of its values`);
        const descriptions = spec.enumDescriptions;
        assert.ok(Array.isArray(descriptions) && descriptions.length === spec.enum.length, `${key}: one enumDescription per value`);
      }
      // A list of choices describes each choice too (the Settings UI shows them in its drop-down).
      const items = spec.items as { enum?: unknown[]; enumDescriptions?: unknown[] } | undefined;
      if (Array.isArray(items?.enum))
        assert.strictEqual(items.enumDescriptions?.length, items.enum.length, `${key}: one enumDescription per item value`);
    }
  });

  test('Should open every severity setting with the check named in words', () => {
    for (const check of ALL_CHECKS) {
      const spec = settings[`${SEVERITY_CATEGORY_ID}.${check.id}`];
      assert.match(String(spec.markdownDescription), new RegExp(`^\\*\\*${checkTitle(check.id)}\\.\\*\\* `), check.id);
      assert.doesNotMatch(checkTitle(check.id), /-/);
    }
  });

  test('Should offer the export settings the export engine reads, with its values and defaults', () => {
    const spec = (key: string) => settings[`interlinear.export.${key}`] as Record<string, unknown> & { items?: { enum: unknown } };
    assert.deepStrictEqual(Object.keys(spec('fixes').properties as object), [...EXPORT_FIXES]);
    assert.deepStrictEqual(spec('fixes').default, DEFAULT_EXPORT_SETTINGS.fixes);
    assert.deepStrictEqual(spec('labelStyle').enum, LABEL_STYLES);
    assert.deepStrictEqual(spec('anchors').enum, ANCHOR_STYLES);
    assert.deepStrictEqual(spec('annotations').enum, ANNOTATION_STYLES);
    assert.deepStrictEqual(spec('bilingualLayout').enum, BILINGUAL_LAYOUTS);
    assert.deepStrictEqual(spec('frontMatter').items?.enum, FRONT_MATTER_FIELDS);
    assert.deepStrictEqual(spec('frontMatter').default, DEFAULT_EXPORT_SETTINGS.frontMatter);
    for (const key of ['labelStyle', 'anchors', 'annotations', 'bilingualLayout'] as const)
      assert.strictEqual(spec(key).default, DEFAULT_EXPORT_SETTINGS[key], key);
  });
});

// Every field of the expected spec that package.json holds differently, as `key.field: has …, registry gives …`.
function differences(key: string, actual: object | undefined, expected: object): string[] {
  if (!actual) return [`${key}: missing`];
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(e)])]
    .filter((f) => JSON.stringify(a[f]) !== JSON.stringify(e[f]))
    .map((f) => `${key}.${f}: package.json has ${JSON.stringify(a[f])}, the registry gives ${JSON.stringify(e[f])}`);
}

suite('Manifest and checks', () => {
  test('Should declare a severity setting for exactly the registered checks, as the registry describes them', () => {
    const expected = severityCategory(ALL_CHECKS);
    const actual = categories.find((c) => c.id === SEVERITY_CATEGORY_ID);
    assert.ok(actual, `no configuration category ${SEVERITY_CATEGORY_ID}: run npm run generate`);
    const { properties: actualSettings, ...actualCategory } = actual;
    const { properties: expectedSettings, ...expectedCategory } = expected;
    const problems = differences(`category ${SEVERITY_CATEGORY_ID}`, actualCategory, expectedCategory);
    for (const key of Object.keys(settings).filter((k) => k.startsWith(`${SEVERITY_CATEGORY_ID}.`) && !(k in expectedSettings)))
      problems.push(`${key}: no registered check has this id`);
    for (const [key, spec] of Object.entries(expectedSettings)) problems.push(...differences(key, actualSettings[key], spec));
    if (problems.length > 0) assert.fail(`${problems.join('\n')}\nRun npm run generate.`);
    // What the generator writes, checked against the registry itself rather than against the generator.
    for (const [i, c] of ALL_CHECKS.entries()) {
      const spec = actualSettings[`${SEVERITY_CATEGORY_ID}.${c.id}`];
      assert.strictEqual(spec.default, c.defaultLevel, c.id);
      assert.deepStrictEqual(spec.enum, ['off', 'hint', 'info', 'warning', 'error'], c.id);
      assert.strictEqual(spec.order, i, c.id);
      assert.ok(String(spec.markdownDescription).includes(c.description), `${c.id}: the description is not the registry's`);
    }
  });

  test('Should list every check in the README', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const c of ALL_CHECKS) assert.ok(readme.includes(`\`${c.id}\``), `README does not mention ${c.id}`);
  });
});
