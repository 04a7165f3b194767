// Check Permissions…: its requests and report are permissionReport, in the features bundle, loaded by the first check.
import type * as vscode from 'vscode';
import { features } from '../loadFeatures';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

export function registerPermissionCommands(parts: HireParts): vscode.Disposable[] {
  return [registerCommand(parts.log, 'feishuHire.checkPermissions', () => features().checkAndShowPermissions(parts))];
}
