// Feedback Owed and Recent Interviews at the edge: their providers, views, badge and descriptions, the refresh
// (with progress in the view) and the optional refresh interval. Quota first: nothing loads before a view is
// shown and nothing polls unless the user sets feishuHire.feedbackRefreshMinutes.
import * as vscode from 'vscode';
import type { QueueModel } from '../model/queue/queueModel';
import type { QueueNode } from '../model/queue/queueNode';
import { refreshDue } from '../model/queue/refreshSchedule';
import { FEEDBACK_OWED_VIEW_ID, QueueTreeProvider, RECENT_INTERVIEWS_VIEW_ID } from './queueTreeProvider';
import type { ItemContext } from './treeItemFor';
import { formatTimestamp } from '../model/text/format';
import { plainNameOf } from '../model/text/plainName';

const t = vscode.l10n.t;
const TIMER_TICK_MS = 60_000;
/** Which of Only Mine's two title buttons shows (the toggled icon). */
export const ONLY_MINE_CONTEXT = 'feishuHire.onlyMine';

export interface QueueViews extends vscode.Disposable {
  model: QueueModel;
  owedView: vscode.TreeView<QueueNode>;
  recentView: vscode.TreeView<QueueNode>;
  /** Refresh with progress in Feedback Owed. */
  refresh(): Thenable<unknown>;
}

export interface QueueViewsDeps {
  model: QueueModel;
  context: () => ItemContext;
  isSample: () => boolean;
  refreshMinutes: () => number;
  log: vscode.LogOutputChannel;
  /** Resolves once last-known data has been restored (or found missing): nothing loads before it. */
  ready?: () => Promise<void>;
}

export function createQueueViews(deps: QueueViewsDeps): QueueViews {
  const { model } = deps;
  const owedProvider = new QueueTreeProvider('owed', model, deps.context, deps.ready);
  const recentProvider = new QueueTreeProvider('recent', model, deps.context, deps.ready);
  const owedView = vscode.window.createTreeView(FEEDBACK_OWED_VIEW_ID, { treeDataProvider: owedProvider, showCollapseAll: true });
  const recentView = vscode.window.createTreeView(RECENT_INTERVIEWS_VIEW_ID, { treeDataProvider: recentProvider, showCollapseAll: true });

  const describe = (): void => {
    const count = model.owedCount();
    owedView.badge = count > 0 ? { value: count, tooltip: count === 1 ? t('1 feedback record owed') : t('{0} feedback records owed', count) } : undefined;
    const window = model.signedIn ? t('interviews since {0}', model.sinceText()) : undefined;
    const job = model.filter ? t('job: {0}', plainNameOf(model.filter.title) ?? model.filter.jobId) : undefined;
    const mine = model.onlyMine ? t('only mine') : undefined;
    void vscode.commands.executeCommand('setContext', ONLY_MINE_CONTEXT, model.onlyMine);
    const sample = deps.isSample() ? t('Sample data') : undefined;
    for (const view of [owedView, recentView]) { view.description = [window, job, mine, sample].filter(Boolean).join(' · ') || undefined; }
    const restored = model.restoredAt;
    const message = !model.signedIn
      ? undefined
      : restored !== undefined
      ? t('Last-known data as of {0}. Refresh to load the current data.', formatTimestamp(restored, { locale: vscode.env.language, t }))
      : model.report && model.lastLoadedMs !== undefined
      ? t('Refreshed {0}', new Date(model.lastLoadedMs).toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit' }))
      : undefined;
    owedView.message = message;
    recentView.message = restored !== undefined ? message : undefined;
  };
  const changed = model.onDidChange(() => {
    describe();
    owedProvider.fire();
    recentProvider.fire();
  });

  const refresh = (): Thenable<unknown> => vscode.window.withProgress({ location: { viewId: FEEDBACK_OWED_VIEW_ID } }, () => model.refresh());

  // Optional interval: checked once a minute, skipped while the window is in the background.
  const tick = (): void => {
    const due = refreshDue({
      nowMs: Date.now(),
      lastLoadedMs: model.lastLoadedMs,
      intervalMinutes: deps.refreshMinutes(),
      windowFocused: vscode.window.state.focused,
      loading: model.isLoading,
    });
    if (due) {
      deps.log.info('Feedback queue: refresh interval reached');
      void refresh();
    }
  };
  const timer = setInterval(tick, TIMER_TICK_MS);
  const disposables: vscode.Disposable[] = [
    owedProvider,
    recentProvider,
    owedView,
    recentView,
    changed,
    { dispose: () => clearInterval(timer) },
    vscode.window.onDidChangeWindowState(state => {
      if (state.focused) { tick(); }
    }),
  ];
  return {
    model,
    owedView,
    recentView,
    refresh,
    dispose: () => {
      for (const d of disposables) { d.dispose(); }
    },
  };
}
