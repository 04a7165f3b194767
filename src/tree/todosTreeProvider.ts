// My To-dos: a thin adapter over TodosModel. Records and messages are drawn by the main tree's treeItemFor (so a
// record opens its score details and reveals in the tree as anywhere else); only labels differ here.
import * as vscode from 'vscode';
import { roundLabel, formatTimeRange } from '../model/text/format';
import type { TodoNode, TodosModel } from '../model/todos/todosModel';
import { SHOW_DETAILS_COMMANDS } from './rowCommands';
import { tooltipFor, treeItemFor, type ItemContext } from './treeItemFor';

export const MY_TODOS_VIEW_ID = 'feishuHire.myTodos';

export class TodosTreeProvider implements vscode.TreeDataProvider<TodoNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TodoNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void; };

  constructor(private readonly model: TodosModel, private readonly context: () => ItemContext) {
    this.subscription = model.onDidChange(() => this.changed.fire(undefined));
  }

  getTreeItem(node: TodoNode): vscode.TreeItem {
    return todoItemFor(node, this.context());
  }

  async getChildren(node?: TodoNode): Promise<TodoNode[]> {
    if (node || !this.model.signedIn) { return []; }
    return vscode.window.withProgress({ location: { viewId: MY_TODOS_VIEW_ID } }, async () => {
      await this.model.ensureLoaded();
      return this.model.roots();
    });
  }

  getParent(): undefined {
    return undefined;
  }

  resolveTreeItem(item: vscode.TreeItem, node: TodoNode): vscode.TreeItem {
    if (node.kind !== 'todoItem') { item.tooltip = tooltipFor(node, this.context()) ?? item.tooltip; }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function who(candidateName: string | undefined, jobTitle: string | undefined, fallbackId: string | undefined): string {
  return [candidateName ?? fallbackId, jobTitle].filter(Boolean).join(' · ');
}

function todoItemFor(node: TodoNode, ctx: ItemContext): vscode.TreeItem {
  const { t } = ctx;
  switch (node.kind) {
    case 'record': {
      const item = treeItemFor(node, ctx);
      // This view's own Show Score Details: a click opens the row selected here (see rowClicks.ts).
      item.command = { command: SHOW_DETAILS_COMMANDS[MY_TODOS_VIEW_ID] ?? 'feishuHire.record.showDetails', title: t('Show Score Details') };
      const iv = node.interview;
      item.label = who(node.todo.candidateName, node.todo.jobTitle, node.applicationId);
      const when = formatTimeRange(iv.begin_time, iv.end_time, { locale: ctx.locale, timeZone: ctx.timeZone, t });
      item.description = [node.todo.phase === 'owed' ? t('Feedback owed') : t('Interview ahead'), roundLabel(iv.round, t), when].join(' · ');
      item.iconPath = new vscode.ThemeIcon(
        node.todo.phase === 'owed' ? 'warning' : 'clock',
        node.todo.phase === 'owed' ? new vscode.ThemeColor('list.warningForeground') : undefined,
      );
      return item;
    }
    case 'todoItem': {
      const item = new vscode.TreeItem(who(node.candidateName, node.jobTitle, node.todo.applicationId ?? node.todo.id), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.todo.type === 'evaluation' ? t('Résumé to evaluate') : t('Interview (details not readable)');
      item.iconPath = new vscode.ThemeIcon(node.todo.type === 'evaluation' ? 'file' : 'calendar');
      item.contextValue = `todo:${node.todo.type}`;
      item.tooltip = t('Open it in Feishu Hire: ID {0}', node.todo.id);
      return item;
    }
    case 'message':
      return treeItemFor(node, ctx);
  }
}
