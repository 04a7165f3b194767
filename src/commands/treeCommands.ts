// Refresh, Load more and Retry: each touches only the node that asked.
import * as vscode from 'vscode';
import type { HireNode } from '../model/hireNode';
import { VIEW_ID } from '../tree/hireTreeProvider';
import type { HireParts } from './parts';

/** Loads the next page of the node's parent with progress in the view; a second click while loading does nothing. */
async function loadMore(parts: HireParts, node?: HireNode): Promise<void> {
  if (!node || (node.kind !== 'loadMore' && node.kind !== 'message')) { return; }
  if (parts.model.isLoading(node.parentId)) { return; }
  const loading = parts.model.loadMore(node.parentId);
  // Re-render the parent so "Load more…" turns into "Loading…" at once.
  parts.provider.fire(parts.model.node(node.parentId));
  await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => loading);
}

export function registerTreeCommands(parts: HireParts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('feishuHire.tree.refresh', () =>
      vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => parts.model.reloadAll())),
    vscode.commands.registerCommand('feishuHire.tree.loadMore', (node?: HireNode) => loadMore(parts, node)),
    vscode.commands.registerCommand('feishuHire.tree.retry', (node?: HireNode) => loadMore(parts, node)),
  ];
}
