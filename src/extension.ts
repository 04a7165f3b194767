// activate(): wiring only. Build the parts, one transition handler, push every disposable. Nothing is fetched
// until a view asks.
import * as path from 'path';
import * as vscode from 'vscode';
import { registerCopyCommands } from './commands/copyCommands';
import { registerCredentialsCommands } from './commands/credentialsCommands';
import { registerDebriefCommands } from './commands/debriefCommands';
import { registerDetailsCommands } from './commands/detailsCommands';
import { registerExportCommands } from './commands/exportCommands';
import { describeFilter, registerLookupCommands } from './commands/lookupCommands';
import { NodeLookup } from './commands/nodeLookup';
import type { HireParts } from './commands/parts';
import { registerPermissionCommands } from './commands/permissionCommands';
import { registerProfileCommands } from './commands/profileCommands';
import { registerQueueCommands } from './commands/queueCommands';
import { registerMineCommands } from './commands/mineCommands';
import { registerQueueExportCommands } from './commands/queueExportCommands';
import { registerCommand } from './commands/registerCommand';
import { registerReminderCommands } from './commands/reminderCommands';
import { registerRevealCommands } from './commands/revealCommands';
import { registerSampleCommands } from './commands/sampleCommands';
import { registerTreeCommands } from './commands/treeCommands';
import { registerUserCommands } from './commands/userCommands';
import { readSettings, type Settings } from './config';
import { CredentialStore } from './credentials/credentialStore';
import type * as FakeFeishuServer from './fakeFeishu/server';
import { loadedFeatures } from './loadFeatures';
import { LastKnownStore } from './model/lastKnown/lastKnownStore';
import { QueueModel } from './model/queue/queueModel';
import { asHireNode } from './model/queue/queueNode';
import { MyIdentity } from './session/myIdentity';
import type { Viewer } from './model/noPeeking/othersHidden';
import { languageOf } from './model/text/format';
import { HireTreeModel } from './model/tree/hireTreeModel';
import { TodosModel } from './model/todos/todosModel';
import { HireSession } from './session/hireSession';
import { demoServer } from './session/sampleMode';
import { LastKnownData } from './session/lastKnown';
import { ProfileStore } from './session/profileStore';
import { describeSession } from './session/sessionState';
import { removeUnlistedProfiles } from './session/unlistedProfiles';
import { FeishuAuthProvider } from './session/feishuAuthProvider';
import { OAUTH_CALLBACK_PATH, UserAccounts } from './session/userAccounts';
import { HireTreeProvider, VIEW_ID } from './tree/hireTreeProvider';
import { MainViewMessage } from './tree/mainViewMessage';
import { logRequest } from './tree/requestLog';
import { RowClicks } from './tree/rowClicks';
import { FEEDBACK_OWED_VIEW_ID, RECENT_INTERVIEWS_VIEW_ID } from './tree/queueTreeProvider';
import { MY_TODOS_VIEW_ID, TodosTreeProvider } from './tree/todosTreeProvider';
import { createQueueViews, type QueueViews } from './tree/queueViews';
import type { ItemContext } from './tree/treeItemFor';
import type { DebriefPanel } from './webview/debrief/debriefPanel';
import type { ScoreDetailsPanel } from './webview/scoreDetails/scoreDetailsPanel';

const t = vscode.l10n.t;

/**
 * What other extensions get: the activation time and nothing else. Under the test runner (ExtensionMode.Test)
 * `testing` also carries the internal parts; it is absent in every installed copy.
 */
export interface FeishuHireApi {
  readonly activatedInMs: number;
  readonly testing?: HireTesting;
}

export interface HireTesting extends HireParts {
  scoreDetailsPanel(): ScoreDetailsPanel | undefined;
  debriefPanel(): DebriefPanel | undefined;
  feedback: QueueViews;
  identity?: MyIdentity;
}

export function activate(context: vscode.ExtensionContext): FeishuHireApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Feishu Hire', { log: true });
  const credentials = new CredentialStore(context.secrets);
  const profiles = new ProfileStore(context.globalState);
  const settings = (): Settings => readSettings().settings;
  const lastKnownStore = new LastKnownStore({
    directory: path.join(context.globalStorageUri.fsPath, 'lastKnown'),
    keys: credentials.keys,
    maxAgeDays: () => settings().keepLastKnownData ? settings().lastKnownDataDays : 0,
    log: line => log.warn(line),
  });
  const lang = (): 'zh' | 'en' => languageOf(vscode.env.language);
  const model = new HireTreeModel({ pageSize: () => settings().pageSize, lang, t, log: line => log.warn(line) });
  const queue = new QueueModel({
    now: Date.now,
    lang,
    locale: () => vscode.env.language,
    timeZone: () => undefined,
    t,
    windowDays: () => settings().feedbackWindowDays,
    log: line => log.info(line),
    me: (): Viewer | undefined => identity.me,
  });
  const lastKnown = new LastKnownData(model, lastKnownStore, log, () => profiles.read().profiles.map(p => p.id), queue);
  const session = new HireSession({
    credentials,
    profiles,
    log,
    sample: {
      start: async () => {
        const redirectUris = [`http://127.0.0.1:${settings().oauthRedirectPort}${OAUTH_CALLBACK_PATH}`];
        const fake = await loadSampleServer().startFakeFeishu({ port: 0, host: '127.0.0.1', redirectUris, tenant: 'showcase' });
        return { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret, close: () => fake.close() };
      },
      demo: demoServer(log),
      memento: context.workspaceState,
    },
    eraseData: profileId => lastKnown.erase(profileId),
    prepareData: profileId => lastKnownStore.prefetchKey(profileId),
  });
  void session.ready.then(() =>
    removeUnlistedProfiles({ profiles, lastKnown: lastKnownStore, clearCredentials: id => credentials.clear(id), log: line => log.warn(line) })
  );
  const accounts = new UserAccounts({
    credentials,
    session,
    log,
    redirectPort: () => settings().oauthRedirectPort,
    timeoutMs: () => settings().requestTimeoutMs,
  });
  const identity = new MyIdentity(context.globalState, session, accounts);
  const itemContext = (): ItemContext => ({
    t,
    locale: vscode.env.language,
    lang: lang(),
    sample: session.isSample,
    filterDescription: describeFilter(model.filter),
    isLoading: id => model.isLoading(id),
    levels: session.connection?.directory.levels,
  });
  const provider = new HireTreeProvider(model, () => session.state, itemContext, async () => {
    await session.ready;
    await lastKnown.ready();
  });
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  const viewMessage = new MainViewMessage({
    view: treeView,
    asOf: () => lastKnown.message(),
    description: () => describeSession(session.state, session.activeProfile?.name, describeFilter(model.filter)),
  });
  // The queue views and My To-dos: no loading marks of the main tree, no filter, no level names.
  const listContext = (): ItemContext => ({ ...itemContext(), isLoading: () => false, filterDescription: undefined, levels: undefined });
  const queueViews: QueueViews = createQueueViews({
    model: queue,
    isSample: () => session.isSample,
    refreshMinutes: () => settings().feedbackRefreshMinutes,
    log,
    context: listContext,
    ready: async () => {
      await session.ready;
      await lastKnown.ready();
    },
  });
  const todos = new TodosModel({ now: Date.now, t });
  const resetTodos = (): void => todos.reset(accounts.todosSource(session.connection));
  const todosView = vscode.window.createTreeView(MY_TODOS_VIEW_ID, { treeDataProvider: new TodosTreeProvider(todos, listContext) });
  const nodes = new NodeLookup();
  nodes.add(id => {
    const node = todos.node(id);
    return node?.kind === 'record' ? node : undefined;
  });
  nodes.add(id => model.node(id));
  // The queue's interviews and records are the main tree's kinds: the main tree's commands accept them.
  nodes.add(id => asHireNode(queue.node(id)));
  const rowClicks = new RowClicks({
    [VIEW_ID]: treeView,
    [FEEDBACK_OWED_VIEW_ID]: queueViews.owedView,
    [RECENT_INTERVIEWS_VIEW_ID]: queueViews.recentView,
    [MY_TODOS_VIEW_ID]: todosView,
  });
  const parts: HireParts = { context, session, model, provider, treeView, log, nodes, rowClicks };
  const noPeeking = { viewer: () => identity.me ?? accounts.viewer, hideOthers: () => settings().hideOthersUntilSubmitted };

  context.subscriptions.push(
    log,
    credentials,
    session,
    provider,
    treeView,
    lastKnown,
    queueViews,
    accounts,
    new FeishuAuthProvider(accounts),
    identity,
    identity.onDidChange(() => queue.setFilters()),
    todosView,
    accounts.onDidChange(resetTodos),
    // The one transition handler, in this order: a save still due is written for the owner leaving, the views start
    // again for the new connection, a panel of another owner closes, then the new owner's last-known data is restored.
    session.onDidChange(({ connection }) => {
      lastKnown.flush();
      model.reset(connection);
      queue.reset(connection);
      resetTodos();
      // The panels exist only once the features bundle is loaded.
      loadedFeatures()?.ScoreDetailsPanel.closeUnlessOwnedBy(connection?.identity);
      loadedFeatures()?.DebriefPanel.closeUnlessOwnedBy(connection?.identity);
      void lastKnown.restore(connection);
      viewMessage.reset();
      provider.fire(undefined);
    }),
    treeView.onDidCollapseElement(e => model.cancel(e.element.id)),
    model.onDidChange(node => {
      if (!node) { viewMessage.update(); }
    }),
    session.onDidChangeProfiles(() => viewMessage.update()),
    session.onDidRequest(e => logRequest(log, viewMessage, e)),
    session.onDidRetry(n => {
      log.warn(`${n.reason === 'rateLimited' ? 'Rate limited' : 'Transient failure'} on ${n.path}; retrying in ${n.delayMs} ms`);
      viewMessage.retry(n);
    }),
    ...registerCredentialsCommands(parts),
    ...registerProfileCommands(parts),
    ...registerSampleCommands(parts),
    ...registerLookupCommands(parts),
    ...registerTreeCommands(parts),
    ...registerCopyCommands(parts, noPeeking),
    ...registerDetailsCommands(parts, noPeeking),
    ...registerDebriefCommands(parts, noPeeking),
    ...registerExportCommands(parts, noPeeking),
    ...registerQueueExportCommands(parts, queue, noPeeking),
    ...registerReminderCommands(parts, queue),
    ...registerQueueCommands(parts, queueViews),
    ...registerMineCommands(parts, queue, identity),
    ...registerRevealCommands(parts),
    ...registerPermissionCommands(parts),
    ...registerUserCommands(log, accounts),
    registerCommand(log, 'feishuHire.todos.refresh', () => todos.refresh()),
    registerCommand(log, 'feishuHire.feedback.refresh', async () => {
      await queueViews.refresh();
    }),
    registerCommand(log, 'feishuHire.openSettings', async () => {
      await vscode.commands.executeCommand('workbench.action.openSettings', '@ext:feishu-hire-tools.feishu-hire-interviews');
    }),
    registerCommand(log, 'feishuHire.showLog', () => log.show()),
  );

  const activatedInMs = performance.now() - started;
  return apiFor(context.extensionMode, activatedInMs, parts, queueViews, identity);
}

/** Other extensions get `activatedInMs` only; the internals exist for the test runner alone. */
export function apiFor(mode: vscode.ExtensionMode, activatedInMs: number, parts: HireParts, feedback: QueueViews, identity?: MyIdentity): FeishuHireApi {
  return mode === vscode.ExtensionMode.Test
    ? {
      activatedInMs,
      testing: {
        ...parts,
        feedback,
        identity,
        scoreDetailsPanel: () => loadedFeatures()?.ScoreDetailsPanel.active,
        debriefPanel: () => loadedFeatures()?.DebriefPanel.active,
      },
    }
    : { activatedInMs };
}

/** The fake Feishu server ships as its own bundle beside this one: only sample mode pays for loading it. */
function loadSampleServer(): typeof FakeFeishuServer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a sibling bundle, resolved at run time
  return require('./sampleServer.js') as typeof FakeFeishuServer;
}

export function deactivate(): void {
  // Disposables (the sample server among them) are released through context.subscriptions.
}
