// Feedback Owed and Recent Interviews: their model, providers, views, badge, Refresh and the optional
// refresh interval, registered from one place. Quota first: nothing loads before a view is shown and
// nothing polls unless the user sets feishuHire.feedbackRefreshMinutes.
import * as vscode from 'vscode';
import { FeedbackModel } from '../model/feedbackModel';
import type { FeedbackNode } from '../model/feedbackNode';
import { languageOf } from '../model/format';
import { refreshDue } from '../model/refreshSchedule';
import { FEEDBACK_OWED_VIEW_ID, FeedbackTreeProvider, RECENT_INTERVIEWS_VIEW_ID } from '../tree/feedbackTreeProvider';
import type { ItemContext } from '../tree/treeItemFor';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { registerReminderCommands } from './reminderCommands';
import { registerRevealCommands } from './revealCommands';

const t = vscode.l10n.t;
const TIMER_TICK_MS = 60_000;

export interface FeedbackViews {
  model: FeedbackModel;
  owedView: vscode.TreeView<FeedbackNode>;
  recentView: vscode.TreeView<FeedbackNode>;
}

/** The queue starts over whenever the session changes (sign-in, sample mode, settings). */
export function registerFeedbackViews(parts: HireParts): { views: FeedbackViews; disposables: vscode.Disposable[] } {
  const { session } = parts;
  const model = new FeedbackModel({
    api: () => session.client?.hire,
    now: Date.now,
    lang: () => languageOf(vscode.env.language),
    locale: () => vscode.env.language,
    timeZone: () => undefined,
    t,
    windowDays: () => session.settings.feedbackWindowDays,
    userIdType: () => session.userIdType,
    log: line => parts.log.info(line),
  });
  const context = (): ItemContext => ({
    t, locale: vscode.env.language, lang: languageOf(vscode.env.language), sample: session.isSample, isLoading: () => false,
  });
  const owedProvider = new FeedbackTreeProvider('owed', model, context);
  const recentProvider = new FeedbackTreeProvider('recent', model, context);
  const owedView = vscode.window.createTreeView(FEEDBACK_OWED_VIEW_ID, { treeDataProvider: owedProvider, showCollapseAll: true });
  const recentView = vscode.window.createTreeView(RECENT_INTERVIEWS_VIEW_ID, { treeDataProvider: recentProvider, showCollapseAll: true });
  // Their interviews and records are the main tree's kinds: the main tree's commands accept them.
  parts.nodes.add(id => {
    const node = model.node(id);
    return node && node.kind !== 'interviewer' && node.kind !== 'day' ? node : undefined;
  });

  const describe = (): void => {
    const count = model.owedCount();
    owedView.badge = count > 0 ? { value: count, tooltip: count === 1 ? t('1 feedback record owed') : t('{0} feedback records owed', count) } : undefined;
    const window = model.signedIn ? t('last {0} days', model.windowDays) : undefined;
    const sample = session.isSample ? t('Sample data') : undefined;
    for (const view of [owedView, recentView]) { view.description = [window, sample].filter(Boolean).join(' · ') || undefined; }
    const report = model.report;
    owedView.message = report && model.signedIn && model.lastLoadedMs !== undefined
      ? t('Refreshed {0}', new Date(model.lastLoadedMs).toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit' }))
      : undefined;
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
      nowMs: Date.now(), lastLoadedMs: model.lastLoadedMs, intervalMinutes: session.settings.feedbackRefreshMinutes,
      windowFocused: vscode.window.state.focused, loading: model.isLoading,
    });
    if (due) {
      parts.log.info('Feedback queue: refresh interval reached');
      void refresh();
    }
  };
  const timer = setInterval(tick, TIMER_TICK_MS);

  const disposables: vscode.Disposable[] = [
    owedProvider, recentProvider, owedView, recentView,
    { dispose: () => clearInterval(timer) },
    vscode.window.onDidChangeWindowState(state => { if (state.focused) { tick(); } }),
    changed,
    session.onDidChange(() => model.reset()),
    registerCommand(parts.log, 'feishuHire.feedback.refresh', async () => { await refresh(); }),
    ...registerReminderCommands(parts, model),
    ...registerRevealCommands(parts),
  ];
  return { views: { model, owedView, recentView }, disposables };
}
