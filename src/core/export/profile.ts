// A team's house style in `.interlinear/export.json`: the export settings and the risky fixes accepted by hand.
import { readTextFile, type ProjectFileSystem } from '../project/fileSystem';
import type { Loaded } from '../project/loaded';
import { PROJECT_FOLDER } from '../project/sidecars';
import {
  ANCHOR_STYLES,
  ANNOTATION_STYLES,
  BILINGUAL_LAYOUTS,
  EXPORT_FIXES,
  FRONT_MATTER_FIELDS,
  LABEL_STYLES,
  type ExportFix,
  type ExportSettingsInput,
  type FixDecision,
  type FrontMatterField,
} from './options';

/** Where a project keeps its export profile. */
export const EXPORT_PROFILE_PATH = `${PROJECT_FOLDER}/export.json`;

/** An export profile: settings (any left out) and accepted risky fixes. */
export interface ExportProfile {
  readonly settings: ExportSettingsInput;
  readonly decisions: readonly FixDecision[];
}

export const EMPTY_PROFILE: ExportProfile = { settings: {}, decisions: [] };

/**
 * Reads a profile's JSON. What is wrong in it (an unknown field, a value not allowed) is listed in `problems`
 * and left out, never fatal; JSON that does not parse, or is not an object, is one problem and an empty profile.
 */
export function parseExportProfile(json: string, label = EXPORT_PROFILE_PATH): { profile: ExportProfile; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { profile: EMPTY_PROFILE, problems: [`${label}: not valid JSON (${(error as Error).message})`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { profile: EMPTY_PROFILE, problems: [`${label}: expected a JSON object`] };
  const settings: { -readonly [K in keyof ExportSettingsInput]: ExportSettingsInput[K] } = {};
  const decisions: FixDecision[] = [];
  const oneOf = <T extends string>(key: string, value: unknown, allowed: readonly T[]): T | undefined => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${label}: "${key}" must be one of ${allowed.join(', ')}; ignored`);
    return undefined;
  };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    switch (key) {
      case 'fixes':
        settings.fixes = parseFixes(value, label, problems);
        break;
      case 'labelStyle':
        settings.labelStyle = oneOf(key, value, LABEL_STYLES);
        break;
      case 'anchors':
        settings.anchors = oneOf(key, value, ANCHOR_STYLES);
        break;
      case 'annotations':
        settings.annotations = oneOf(key, value, ANNOTATION_STYLES);
        break;
      case 'bilingualLayout':
        settings.bilingualLayout = oneOf(key, value, BILINGUAL_LAYOUTS);
        break;
      case 'frontMatter': {
        const fields = Array.isArray(value)
          ? value.filter((f): f is FrontMatterField => (FRONT_MATTER_FIELDS as readonly unknown[]).includes(f))
          : [];
        if (!Array.isArray(value) || fields.length !== value.length)
          problems.push(`${label}: "frontMatter" must be a list of ${FRONT_MATTER_FIELDS.join(', ')}; unknown fields ignored`);
        if (Array.isArray(value)) settings.frontMatter = fields;
        break;
      }
      case 'accept':
        decisions.push(...parseDecisions(value, label, problems));
        break;
      default:
        problems.push(`${label}: unknown field "${key}"; ignored`);
    }
  }
  return { profile: { settings, decisions }, problems };
}

/** Loads the project's profile (missing: the empty profile, no message). */
export async function loadExportProfile(fs: ProjectFileSystem, path = EXPORT_PROFILE_PATH): Promise<Loaded<ExportProfile>> {
  const read = await readTextFile(fs, path);
  if (!read.ok) return { status: read.missing ? 'missing' : 'unreadable', value: EMPTY_PROFILE, message: `${path}: ${read.reason}` };
  const { profile, problems } = parseExportProfile(read.text, path);
  return { status: 'loaded', value: profile, problems };
}

/** A comma-separated list of fix ids (or `all`), as `--fix` and `--no-fix` take it; unknown ids are returned apart. */
export function parseFixList(list: string): { fixes: ExportFix[]; unknown: string[] } {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes('all')) return { fixes: [...EXPORT_FIXES], unknown: [] };
  return {
    fixes: names.filter((n): n is ExportFix => (EXPORT_FIXES as readonly string[]).includes(n)),
    unknown: names.filter((n) => !(EXPORT_FIXES as readonly string[]).includes(n)),
  };
}

function parseFixes(value: unknown, label: string, problems: string[]): Partial<Record<ExportFix, boolean>> {
  const out: Partial<Record<ExportFix, boolean>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${label}: "fixes" must be an object of fix ids to true or false; ignored`);
    return out;
  }
  for (const [id, on] of Object.entries(value as Record<string, unknown>)) {
    if (!(EXPORT_FIXES as readonly string[]).includes(id) || typeof on !== 'boolean')
      problems.push(`${label}: "fixes.${id}" is not a fix id set to true or false (ids: ${EXPORT_FIXES.join(', ')}); ignored`);
    else out[id as ExportFix] = on;
  }
  return out;
}

function parseDecisions(value: unknown, label: string, problems: string[]): FixDecision[] {
  if (!Array.isArray(value)) {
    problems.push(`${label}: "accept" must be a list of {"checkId", "text", "replacement"}; ignored`);
    return [];
  }
  const out: FixDecision[] = [];
  value.forEach((d: unknown, i) => {
    const r = d as Record<string, unknown> | null;
    if (
      r &&
      typeof r === 'object' &&
      typeof r.checkId === 'string' &&
      typeof r.text === 'string' &&
      (r.replacement === undefined || typeof r.replacement === 'string')
    )
      out.push({ checkId: r.checkId, text: r.text, replacement: r.replacement as string | undefined });
    else problems.push(`${label}: "accept[${i}]" needs "checkId" and "text" strings; ignored`);
  });
  return out;
}
