// Export Interviews… on an application and Copy as Markdown on interviews and records. Their steps are exportFlow,
// in the features bundle, loaded by the first export or copy.
import type * as vscode from 'vscode';
import { features } from '../loadFeatures';
import type { HireParts, NoPeeking } from './parts';
import { registerCommand } from './registerCommand';

export function registerExportCommands(parts: HireParts, noPeeking: NoPeeking): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.application.export', (arg?: unknown, options?: unknown) =>
      features().exportApplication(parts, arg, options, noPeeking)),
    registerCommand(parts.log, 'feishuHire.item.copyMarkdown', (clickedValue?: unknown, selectionValue?: unknown) =>
      features().copyMarkdown(parts, clickedValue, selectionValue, noPeeking)),
  ];
}
