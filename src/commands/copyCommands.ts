// Copy as JSON / Copy ID, for one node or a multi-selection, confirmed in the status bar.
import * as vscode from 'vscode';
import { feishuIdOf, isCopyable, type CopyableNode } from '../model/tree/hireNode';
import { toJson } from '../model/export/recordJson';
import { commandTargets } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;

function targets(parts: HireParts, clickedValue?: unknown, selectionValue?: unknown): CopyableNode[] {
  return commandTargets(parts, clickedValue, selectionValue).filter(isCopyable);
}

export function registerCopyCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.item.copyJson', async (clicked, selection) => {
      const nodes = targets(parts, clicked, selection);
      if (nodes.length === 0) { return; }
      await vscode.env.clipboard.writeText(toJson(nodes));
      vscode.window.setStatusBarMessage(
        nodes.length === 1 ? t('$(check) Copied JSON of {0}', feishuIdOf(nodes[0]!)) : t('$(check) Copied JSON of {0} items', nodes.length),
        3000,
      );
    }),
    registerCommand(parts.log, 'feishuHire.item.copyId', async (clicked, selection) => {
      const nodes = targets(parts, clicked, selection);
      if (nodes.length === 0) { return; }
      await vscode.env.clipboard.writeText(nodes.map(feishuIdOf).join('\n'));
      vscode.window.setStatusBarMessage(
        nodes.length === 1 ? t('$(check) Copied ID {0}', feishuIdOf(nodes[0]!)) : t('$(check) Copied {0} IDs', nodes.length),
        3000,
      );
    }),
  ];
}
