import * as vscode from 'vscode';
import type { Level } from '../core/base';
import { SECTION } from './settings';

/** The one place core levels become editor severities. */
export function toSeverity(level: Exclude<Level, 'off'>): vscode.DiagnosticSeverity {
  switch (level) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

const LEVELS = new Set<Level>(['off', 'hint', 'info', 'warning', 'error']);

/** Each check's level from `interlinear.severity.<id>` for a resource; unset or invalid values keep the default. */
export function levelsFor(uri: vscode.Uri, checkIds: readonly string[]): Record<string, Level> {
  const config = vscode.workspace.getConfiguration(`${SECTION}.severity`, uri);
  const levels: Record<string, Level> = {};
  for (const id of checkIds) {
    const value = config.get<string>(id);
    if (value && LEVELS.has(value as Level)) levels[id] = value as Level;
  }
  return levels;
}
