// Source of the `interlinear.severity.<check-id>` settings in package.json: one per registered check (bilingual ones too), written
// from the check registry (id, description, default level) so that a new check cannot ship without its setting
// or with a default that differs from the one the engine uses. The other settings are written by hand.
import * as fs from 'fs';
import * as path from 'path';
import * as prettier from 'prettier';
import { type CheckInfo, type Level } from '../src/core';
import { ALL_CHECKS } from '../src/core/checks/pairRegistry';
import { repoRoot } from './repoRoot';

export const PACKAGE_JSON_PATH = (): string => path.join(repoRoot(), 'package.json');

/** The configuration category holding the severity settings; its id is their common key prefix. */
export const SEVERITY_CATEGORY_ID = 'interlinear.severity';

const LEVELS: readonly Level[] = ['off', 'hint', 'info', 'warning', 'error'];

// What each level looks like in the editor: the Settings UI shows these beside the choices.
const LEVEL_DESCRIPTIONS: Record<Level, [name: string, effect: string]> = {
  off: ['Off', 'the check does not run.'],
  hint: ['Hint', 'faint dots under the text, not listed in the Problems panel.'],
  info: ['Information', 'underlined and listed in the Problems panel.'],
  warning: ['Warning', 'underlined and listed in the Problems panel.'],
  error: ['Error', 'underlined and listed in the Problems panel.'],
};

function levelDescription(level: Level, check: CheckInfo): string {
  const [name, effect] = LEVEL_DESCRIPTIONS[level];
  return `${name}${level === check.defaultLevel ? ' (default)' : ''}: ${effect}`;
}

/** A check's name in words, as settings and docs title it: `duplicate-passage` → "Duplicate passage". */
export function checkTitle(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One entry of `contributes.configuration`: a section of the Settings UI. */
export interface SettingsCategory {
  readonly id?: string;
  readonly title: string;
  readonly order?: number;
  readonly properties: Record<string, Record<string, unknown>>;
}

/** The setting of one check, as package.json declares it. */
export function severitySetting(check: CheckInfo, order: number): Record<string, unknown> {
  return {
    type: 'string',
    enum: LEVELS,
    enumDescriptions: LEVELS.map((level) => levelDescription(level, check)),
    default: check.defaultLevel,
    scope: 'resource',
    order,
    markdownDescription:
      // The Settings UI labels a setting by its key ("Duplicate-passage") and takes no title of its own: the
      // check's name in words opens the description instead.
      `**${checkTitle(check.id)}.** ${check.description}\n\n` +
      `How its findings (code \`${check.id}\`) are shown. \`off\` turns the check off; ` +
      `\`<!-- interlinear-disable ${check.id} -->\` turns it off for part of a file.`,
  };
}

/**
 * The Settings UI category of the severity settings. Its id equals the settings' key prefix, so the Settings
 * UI labels each by its check id alone ("Duplicate-passage") under the title, not "Severity: Duplicate-passage";
 * `order` keeps the registry's order, which the README's table of checks follows too.
 */
export function severityCategory(checks: readonly CheckInfo[] = ALL_CHECKS): SettingsCategory {
  return {
    id: SEVERITY_CATEGORY_ID,
    title: 'Check Severity',
    order: 1,
    properties: Object.fromEntries(checks.map((check, i) => [`${SEVERITY_CATEGORY_ID}.${check.id}`, severitySetting(check, i)])),
  };
}

/**
 * package.json with the severity category written from the registry: every other category and setting is
 * kept as it is, and a severity setting left in another category is dropped (it now lives in its own).
 */
export function withSeveritySettings(
  manifest: Record<string, unknown>,
  checks: readonly CheckInfo[] = ALL_CHECKS,
): Record<string, unknown> {
  const contributes = (manifest.contributes ?? {}) as Record<string, unknown>;
  const configuration = contributes.configuration as SettingsCategory | SettingsCategory[] | undefined;
  const categories = (Array.isArray(configuration) ? configuration : configuration ? [configuration] : [])
    .filter((category) => category.id !== SEVERITY_CATEGORY_ID)
    .map((category) => ({
      ...category,
      properties: Object.fromEntries(
        Object.entries(category.properties ?? {}).filter(([key]) => !key.startsWith(`${SEVERITY_CATEGORY_ID}.`)),
      ),
    }));
  return { ...manifest, contributes: { ...contributes, configuration: [...categories, severityCategory(checks)] } };
}

/** The text package.json should have: the current file with its severity settings regenerated, as Prettier formats it. */
export async function packageJsonText(): Promise<string> {
  const file = PACKAGE_JSON_PATH();
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(withSeveritySettings(manifest), null, 2), { ...options, filepath: file });
}
