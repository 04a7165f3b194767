// Refresh, Load more and Retry: each touches only the node that asked.
import * as vscode from 'vscode';
import { VIEW_ID } from '../tree/hireTreeProvider';
import { nodeArgument } from './nodeArgument';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

/** Loads the next page of the node's parent with progress in the view; a second click while loading does nothing. */
async function loadMore(parts: HireParts, value: unknown): Promise<void> {
  const node = nodeArgument(parts, value);
  if (!node || (node.kind !== 'loadMore' && node.kind !== 'message')) { return; }
  if (parts.model.isLoading(node.parentId)) { return; }
  const loading = parts.model.loadMore(node.parentId);
  // Re-render the parent so "Load more…" turns into "Loading…" at once.
  parts.provider.fire(parts.model.node(node.parentId));
  await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => loading);
}

export function registerTreeCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(
      parts.log,
      'feishuHire.tree.refresh',
      () => Promise.resolve(vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => parts.model.reloadAll())),
    ),
    // No argument: a click on the row (row commands carry none, see tree/rowClicks.ts).
    registerCommand(parts.log, 'feishuHire.tree.loadMore', node => loadMore(parts, node ?? parts.rowClicks.clicked(VIEW_ID))),
    registerCommand(parts.log, 'feishuHire.tree.retry', node => loadMore(parts, node ?? parts.rowClicks.clicked(VIEW_ID))),
  ];
}
