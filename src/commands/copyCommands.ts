// Copy as JSON / Copy ID, for one node or a multi-selection, confirmed in the status bar.
import * as vscode from 'vscode';
import { feishuIdOf, isCopyable, type CopyableNode } from '../model/tree/hireNode';
import { toJson } from '../model/export/recordJson';
import { shownNodes } from '../model/scorecard/shownRecords';
import { commandTargets } from './nodeArgument';
import type { HireParts, NoPeeking } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;

function targets(parts: HireParts, clickedValue?: unknown, selectionValue?: unknown): CopyableNode[] {
  return commandTargets(parts, clickedValue, selectionValue).filter(isCopyable);
}

export function registerCopyCommands(parts: HireParts, noPeeking: NoPeeking): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.item.copyJson', async (clicked, selection) => {
      // No peeking: the others' verdicts of an interview I still owe feedback on do not leave through the clipboard.
      const { nodes, hidden } = shownNodes(targets(parts, clicked, selection), { viewer: noPeeking.viewer(), enabled: noPeeking.hideOthers() });
      if (nodes.length === 0) { return; }
      await vscode.env.clipboard.writeText(toJson(nodes));
      const copied = nodes.length === 1 ? t('$(check) Copied JSON of {0}', feishuIdOf(nodes[0]!)) : t('$(check) Copied JSON of {0} items', nodes.length);
      vscode.window.setStatusBarMessage(
        hidden > 0 ? t('{0} — without the verdicts of {1} other records, hidden until you submit yours', copied, hidden) : copied,
        hidden > 0 ? 6000 : 3000,
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
