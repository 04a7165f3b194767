// Reveal in Main Tree: a record shown anywhere selected in the main tree. The walk to it is reveal, in the features
// bundle, loaded by the first reveal.
import type * as vscode from 'vscode';
import { features } from '../loadFeatures';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

export function registerRevealCommands(parts: HireParts): vscode.Disposable[] {
  return [registerCommand(parts.log, 'feishuHire.record.reveal', async (value?: unknown) => {
    const node = nodeArgument(parts, value);
    if (node?.kind === 'record') { await features().revealInMainTree(parts, node); }
  })];
}
