import * as vscode from 'vscode';
import type { ExportProfile, ExportSettingsInput } from '../core/export';
import { loadChecks } from './loadChecks';
import { SECTION } from './settings';
import { WorkspaceFileSystem } from './workspaceFileSystem';

// The `interlinear.export.*` settings, by the field of the export settings each sets.
const KEYS = ['fixes', 'labelStyle', 'frontMatter', 'annotations', 'anchors', 'bilingualLayout'] as const;

/**
 * The export settings the user set for a document (user, workspace or folder), leaving out what nobody set: a
 * default of the Settings UI must not hide the team profile's choice.
 */
export function exportSettingsFor(scope: vscode.Uri): ExportSettingsInput {
  const config = vscode.workspace.getConfiguration(`${SECTION}.export`, scope);
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const i = config.inspect(key);
    const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out as ExportSettingsInput;
}

/** The team profile (`.interlinear/export.json`) of the document's workspace folder; its problems are logged and shown. */
export async function loadProfile(doc: vscode.Uri, output: vscode.LogOutputChannel): Promise<ExportProfile> {
  const { loadExportProfile, EMPTY_PROFILE } = loadChecks();
  const folder = vscode.workspace.getWorkspaceFolder(doc);
  if (!folder) return EMPTY_PROFILE;
  const loaded = await loadExportProfile(new WorkspaceFileSystem(folder.uri));
  const problems = loaded.status === 'loaded' ? loaded.problems : loaded.status === 'unreadable' ? [loaded.message] : [];
  problems.forEach((p) => output.warn(`Export profile: ${p}`));
  if (problems.length) void vscode.window.showWarningMessage(`Interlinear: ${problems[0]}`);
  return loaded.value;
}
