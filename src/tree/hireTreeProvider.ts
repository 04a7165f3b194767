// The one TreeDataProvider: a thin adapter from the view-model to VS Code.
import * as vscode from 'vscode';
import type { HireNode } from '../model/hireNode';
import type { HireTreeModel } from '../model/hireTreeModel';
import { tooltipFor, treeItemFor, type ItemContext } from './treeItemFor';

export const VIEW_ID = 'feishuHire.interviews';

export class HireTreeProvider implements vscode.TreeDataProvider<HireNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<HireNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: () => HireTreeModel, private readonly context: () => ItemContext) {}

  /** The model calls this; undefined refreshes everything. */
  fire(node: HireNode | undefined): void {
    this.changed.fire(node);
  }

  getTreeItem(node: HireNode): vscode.TreeItem {
    return treeItemFor(node, this.context());
  }

  getChildren(node?: HireNode): vscode.ProviderResult<HireNode[]> {
    const model = this.model();
    if (!node) { return model.roots(); }
    // Progress shows in the view while a first page loads; errors come back as nodes, never toasts.
    return vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => model.children(node));
  }

  getParent(node: HireNode): HireNode | undefined {
    return this.model().parent(node);
  }

  async resolveTreeItem(item: vscode.TreeItem, node: HireNode): Promise<vscode.TreeItem> {
    // Level names come from one request per client, made on the first hover over a record that has levels.
    if (node.kind === 'record' && (node.record.min_job_level_id || node.record.max_job_level_id)) { await this.context().levels?.ensure(); }
    item.tooltip = tooltipFor(node, this.context()) ?? item.tooltip;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
