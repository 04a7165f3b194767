// The provider of one queue view (Feedback Owed or Recent Interviews): a thin adapter over QueueModel.
// Records, interviews and messages are drawn by the main tree's treeItemFor; only their labels differ here.
import * as vscode from 'vscode';
import type { QueueModel } from '../model/queue/queueModel';
import { asHireNode, type QueueNode, type QueueView } from '../model/queue/queueNode';
import { readyLabel } from '../model/queue/readyForDebrief';
import { interviewerTitle } from '../model/queue/queueReminder';
import { dayLabel, interviewerDescription, interviewLabel, owedItemLabel } from '../model/queue/queueLabels';
import { READY_DEBRIEF_COMMAND, SHOW_DETAILS_COMMANDS } from './rowCommands';
import { speak, tooltipFor, treeItemFor, type ItemContext } from './treeItemFor';

export const FEEDBACK_OWED_VIEW_ID = 'feishuHire.feedbackOwed';
export const RECENT_INTERVIEWS_VIEW_ID = 'feishuHire.recentInterviews';
export const QUEUE_VIEW_IDS: Record<QueueView, string> = { owed: FEEDBACK_OWED_VIEW_ID, recent: RECENT_INTERVIEWS_VIEW_ID };

export class QueueTreeProvider implements vscode.TreeDataProvider<QueueNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QueueNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly view: QueueView,
    private readonly model: QueueModel,
    private readonly context: () => ItemContext,
    /** Last-known data first: a listing restored costs no request. */
    private readonly ready: () => Promise<void> = () => Promise.resolve(),
  ) {}

  fire(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: QueueNode): vscode.TreeItem {
    return queueItemFor(node, this.model, this.context(), QUEUE_VIEW_IDS[this.view]);
  }

  async getChildren(node?: QueueNode): Promise<QueueNode[]> {
    if (!this.model.signedIn) { return []; }
    // The first look at either view loads the window; nothing is fetched for a view never shown.
    return vscode.window.withProgress({ location: { viewId: QUEUE_VIEW_IDS[this.view] } }, async () => {
      if (!node) {
        await this.ready();
        await this.model.ensureLoaded();
        return this.model.roots(this.view);
      }
      return this.model.children(node);
    });
  }

  getParent(node: QueueNode): QueueNode | undefined {
    return this.model.parent(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: QueueNode): vscode.TreeItem {
    const hire = asHireNode(node);
    if (hire && node.kind !== 'readyApplication') { item.tooltip = tooltipFor(hire, this.context()) ?? item.tooltip; }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function queueItemFor(node: QueueNode, model: QueueModel, ctx: ItemContext, viewId: string): vscode.TreeItem {
  const { t } = ctx;
  switch (node.kind) {
    case 'interviewer': {
      const open = node.open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(interviewerTitle(node.group, t), open);
      item.id = node.id;
      item.description = interviewerDescription(node.group, t);
      item.iconPath = new vscode.ThemeIcon('person');
      // My own group has no Copy Reminder (menus match `interviewer` exactly).
      const me = !model.remindable().some(g => g.interviewerKey === node.group.interviewerKey);
      item.contextValue = me ? 'interviewer:me' : 'interviewer';
      speak(item, 'interviewer', ctx);
      item.tooltip = me
        ? t('You: what you owe. Copy Reminder leaves you out.')
        : t('Copy Reminder puts a message listing what {0} owes on the clipboard, for Feishu chat.', interviewerTitle(node.group, t));
      return item;
    }
    case 'day': {
      const text = dayLabel(node.day, ctx);
      const open = node.open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(text.label, open);
      item.id = node.id;
      item.description = text.description;
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'day';
      speak(item, 'day', ctx);
      return item;
    }
    case 'interview': {
      const item = treeItemFor(node, ctx);
      const text = interviewLabel(node.state, model.label(node.state.applicationId), ctx);
      item.label = text.label;
      item.description = text.description;
      item.iconPath = new vscode.ThemeIcon(
        node.state.owed > 0 ? 'warning' : node.state.phase === 'ended' ? 'pass' : 'clock',
        node.state.owed > 0 ? new vscode.ThemeColor('list.warningForeground') : undefined,
      );
      speak(item, node.state.owed > 0 ? 'interviewOwed' : node.state.phase === 'ended' ? 'interviewEnded' : 'interviewNotOver', ctx);
      return item;
    }
    case 'record': {
      const item = treeItemFor(node, ctx);
      // This view's own Show Score Details: a click opens the row selected here (see rowClicks.ts).
      item.command = { command: SHOW_DETAILS_COMMANDS[viewId] ?? 'feishuHire.record.showDetails', title: t('Show Score Details') };
      if (node.owed) {
        const text = owedItemLabel(node.owed, model.label(node.owed.applicationId), t);
        item.label = text.label;
        item.description = text.description;
        speak(item, 'recordOwed', ctx);
      }
      return item;
    }
    case 'readyGroup': {
      const item = new vscode.TreeItem(t('Ready for Debrief'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.ready.length);
      item.iconPath = new vscode.ThemeIcon('checklist');
      item.contextValue = 'readyGroup';
      speak(item, 'list', ctx);
      item.tooltip = t('Applications whose interviews of the last {0} days have all their feedback in, with no decision yet: newest first.', model.windowDays);
      return item;
    }
    case 'readyApplication': {
      const text = readyLabel(node.ready, model.label(node.applicationId), t);
      const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = text.description;
      item.iconPath = new vscode.ThemeIcon('account');
      item.contextValue = 'readyApplication';
      item.command = { command: READY_DEBRIEF_COMMAND, title: t('Debrief') };
      speak(item, 'readyApplication', ctx);
      return item;
    }
    case 'message': {
      const item = treeItemFor(node, ctx);
      // A missing scope keeps its Check Permissions; any other problem offers the queue's Refresh.
      if (node.severity !== 'info' && node.action === undefined) {
        item.command = { command: 'feishuHire.feedback.refresh', title: t('Refresh') };
        item.description = `· ${t('Refresh')}`;
        speak(item, node.severity === 'error' ? 'error' : 'warning', ctx);
      }
      return item;
    }
  }
}
