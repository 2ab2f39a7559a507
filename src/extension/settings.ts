import * as vscode from 'vscode';

/** The settings section every key below lives in. */
export const SECTION = 'interlinear';

/** Setting keys, relative to `SECTION`. */
export const Settings = {
  filePatterns: 'filePatterns',
  speakerColors: 'speakerColors.enabled',
  statusBar: 'statusBar.enabled',
  run: 'run',
  glossaryPath: 'glossaryPath',
  severity: 'severity',
  ignoreWith: 'ignoreWith',
} as const;

/** Reads a setting for a resource at use time, so edits apply without a reload. */
export function setting<T>(key: (typeof Settings)[keyof typeof Settings], fallback: T, scope?: vscode.Uri): T {
  return vscode.workspace.getConfiguration(SECTION, scope).get<T>(key, fallback);
}
