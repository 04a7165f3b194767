// The one TreeDataProvider: a thin adapter from the view-model to VS Code.
import * as vscode from 'vscode';
import type { HireNode, MessageNode } from '../model/tree/hireNode';
import type { HireTreeModel } from '../model/tree/hireTreeModel';
import type { SessionState } from '../session/sessionState';
import { tooltipFor, treeItemFor, type ItemContext } from './treeItemFor';

export const VIEW_ID = 'feishuHire.interviews';

export class HireTreeProvider implements vscode.TreeDataProvider<HireNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<HireNode | HireNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void; };

  constructor(
    private readonly model: HireTreeModel,
    private readonly sessionState: () => SessionState,
    private readonly context: () => ItemContext,
    /** Resolves once stored credentials and last-known data have been read: no empty tree flashes at start. */
    private readonly ready: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.subscription = model.onDidChange(node => this.changed.fire(node));
  }

  /** Re-renders a node (or everything) whose look changed without its data changing (a page starting to load). */
  fire(node: HireNode | undefined): void {
    this.changed.fire(node);
  }

  getTreeItem(node: HireNode): vscode.TreeItem {
    return treeItemFor(node, this.context());
  }

  async getChildren(node?: HireNode): Promise<HireNode[]> {
    // Also for a node: VS Code asks again for the children of nodes it shows, and they must come from last-known data.
    await this.ready();
    if (!node) {
      const state = this.sessionState();
      // Stored credentials that cannot be used right now: say why instead of an empty tree.
      if (state.kind === 'blocked') {
        const problem: MessageNode = {
          kind: 'message',
          id: 'session/problem',
          parentId: '',
          severity: 'warning',
          text: state.problem.text,
          action: state.problem.action,
        };
        return [problem];
      }
      return this.model.roots();
    }
    // Progress shows in the view while a first page loads; errors come back as nodes, never toasts.
    return Promise.resolve(vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.model.children(node)));
  }

  getParent(node: HireNode): HireNode | undefined {
    return this.model.parent(node);
  }

  async resolveTreeItem(item: vscode.TreeItem, node: HireNode): Promise<vscode.TreeItem> {
    // Level names come from one request per client, made on the first hover over a record that has levels.
    if (node.kind === 'record' && (node.record.min_job_level_id || node.record.max_job_level_id)) { await this.context().levels?.ensure(); }
    item.tooltip = tooltipFor(node, this.context()) ?? item.tooltip;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
