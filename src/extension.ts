// activate(): build the parts, register them, push every disposable. Nothing is fetched until the view asks.
import * as path from 'path';
import * as vscode from 'vscode';
import { registerCopyCommands } from './commands/copyCommands';
import { registerCredentialsCommands } from './commands/credentialsCommands';
import { registerDetailsCommands } from './commands/detailsCommands';
import { registerFeedbackViews, type FeedbackViews } from './commands/feedbackViews';
import { registerExportCommands } from './commands/exportCommands';
import { describeFilter, registerLookupCommands } from './commands/lookupCommands';
import { registerQueueExportCommands } from './commands/queueExportCommands';
import { NodeLookup } from './commands/nodeArgument';
import type { HireParts } from './commands/parts';
import { registerCommand } from './commands/registerCommand';
import { registerProfileCommands } from './commands/profileCommands';
import { registerSampleCommands } from './commands/sampleCommands';
import type { ScorecardDeps } from './commands/scorecardDeps';
import { registerTreeCommands } from './commands/treeCommands';
import { CredentialStore } from './credentials/credentialStore';
import type * as FakeFeishuServer from './fakeFeishu/server';
import type { RequestLogEntry, RetryNotice } from './feishu/httpClient';
import { languageOf } from './model/format';
import { HireTreeModel } from './model/hireTreeModel';
import { LastKnownStore } from './model/lastKnownStore';
import { HireSession, type SampleServer } from './session/hireSession';
import { LastKnownData } from './session/lastKnownData';
import { ProfileStore } from './session/profileStore';
import { removeUnlistedProfiles } from './session/unlistedProfiles';
import { JobLevelNames } from './model/jobLevelNames';
import { HireTreeProvider, VIEW_ID } from './tree/hireTreeProvider';
import { ScoreDetailsPanel } from './webview/scoreDetailsPanel';

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
  feedback: FeedbackViews;
}

export function activate(context: vscode.ExtensionContext): FeishuHireApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Feishu Hire', { log: true });
  const credentials = new CredentialStore(context.secrets);
  const lastKnownStore = new LastKnownStore({
    directory: path.join(context.globalStorageUri.fsPath, 'lastKnown'),
    keys: credentials.keys,
    maxAgeDays: () => session.settings.keepLastKnownData ? session.settings.lastKnownDataDays : 0,
    log: line => log.warn(line),
  });
  const profileStore = new ProfileStore(context.globalState);
  const session: HireSession = new HireSession({
    credentials,
    profiles: profileStore,
    log,
    sample: {
      start: async () => {
        const fake = await loadSampleServer().startFakeFeishu({ port: 0, host: '127.0.0.1' });
        return { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret, close: () => fake.close() };
      },
      demo: demoServer(log),
      memento: context.workspaceState,
    },
    // Called on Sign Out and Remove Profile only, long after `lastKnown` below exists.
    eraseData: (profileId: string): Promise<void> => lastKnown.erase(profileId),
  });
  void session.ready.then(() => removeUnlistedProfiles({
    profiles: profileStore, lastKnown: lastKnownStore, clearCredentials: id => credentials.clear(id), log: line => log.warn(line),
  }));
  const model = new HireTreeModel({
    api: () => session.client?.hire,
    pageSize: () => session.settings.pageSize,
    userIdType: () => session.userIdType,
    lang: () => languageOf(vscode.env.language),
    pinned: { get: () => session.pinned(), set: ids => session.setPinned(ids) },
    t,
    log: line => log.warn(line),
  });
  const scorecards: ScorecardDeps = {
    api: () => session.client?.hire, userIdType: () => session.userIdType,
    levels: new JobLevelNames(() => session.client?.hire),
  };
  const provider = new HireTreeProvider(model, () => session.state, () => ({
    t,
    locale: vscode.env.language,
    lang: languageOf(vscode.env.language),
    sample: session.isSample,
    filterDescription: describeFilter(model.filter),
    isLoading: id => model.isLoading(id),
    levels: scorecards.levels,
  }), () => lastKnown.ready());
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  const nodes = new NodeLookup();
  nodes.add(id => model.node(id));
  const parts: HireParts = { context, session, model, provider, treeView, log, nodes };
  const feedback = registerFeedbackViews(parts);

  const showDescription = (): void => {
    treeView.description = session.describe(describeFilter(model.filter));
  };
  let asOf: string | undefined;
  /** "Last-known data as of …" while restored lists show; gone once fresh data replaced them. */
  const showAsOf = (): void => {
    const message = lastKnown.message();
    if (message) { treeView.message = message; } else if (asOf !== undefined && treeView.message === asOf) { treeView.message = undefined; }
    asOf = message;
  };
  context.subscriptions.push(
    log, credentials, session, provider, treeView,
    treeView.onDidCollapseElement(e => model.cancel(e.element.id)),
    // One transition, one reset: the tree starts again for whoever is signed in now.
    session.onDidChange(() => {
      model.reset();
      treeView.message = undefined;
      showDescription();
      provider.fire(undefined);
    }),
    model.onDidChange(node => { if (!node) { showDescription(); showAsOf(); } }),
    session.onDidChangeProfiles(showDescription),
    // `asOf` is kept current by showAsOf on every whole-tree change; no need to format it again per request.
    session.onDidRequest(e => logRequest(log, treeView, e, asOf)),
    session.onDidRetry(n => showRetry(log, treeView, n)),
    ...registerCredentialsCommands(parts),
    ...registerProfileCommands(parts),
    ...registerSampleCommands(parts),
    ...registerLookupCommands(parts),
    ...registerTreeCommands(parts),
    ...registerCopyCommands(parts),
    ...registerDetailsCommands(parts, scorecards),
    ...registerExportCommands(parts, scorecards),
    ...registerQueueExportCommands(parts, feedback.views.model, scorecards),
    ...feedback.disposables,
    registerCommand(log, 'feishuHire.openSettings', async () => {
      await vscode.commands.executeCommand('workbench.action.openSettings', '@ext:feishu-hire-tools.feishu-hire-interviews');
    }),
    registerCommand(log, 'feishuHire.showLog', () => log.show()),
  );
  // After the handler above that resets the model on each transition: the restore lands on the fresh model.
  const lastKnown: LastKnownData = new LastKnownData(session, model, lastKnownStore, log);
  context.subscriptions.push(lastKnown);

  const activatedInMs = performance.now() - started;
  return apiFor(context.extensionMode, activatedInMs, parts, feedback.views);
}

/** Other extensions get `activatedInMs` only; the internals exist for the test runner alone. */
export function apiFor(mode: vscode.ExtensionMode, activatedInMs: number, parts: HireParts, feedback: FeedbackViews): FeishuHireApi {
  return mode === vscode.ExtensionMode.Test
    ? { activatedInMs, testing: { ...parts, feedback, scoreDetailsPanel: () => ScoreDetailsPanel.active } }
    : { activatedInMs };
}

function logRequest(log: vscode.LogOutputChannel, treeView: vscode.TreeView<unknown>, e: RequestLogEntry, asOf: string | undefined): void {
  const line = `${e.method} ${e.path} → ${e.status ?? '-'} code=${e.code ?? '-'} logid=${e.logId ?? '-'} ${Math.round(e.durationMs)} ms${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}${e.error ? ` ${e.error}` : ''}`;
  if (e.code === 0) { log.info(line); } else { log.warn(line); }
  if (e.code === 0) {
    treeView.message = asOf ?? t('Loaded {0}', new Date().toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  }
}

function showRetry(log: vscode.LogOutputChannel, treeView: vscode.TreeView<unknown>, n: RetryNotice): void {
  const seconds = Math.max(1, Math.round(n.delayMs / 1000));
  log.warn(`${n.reason === 'rateLimited' ? 'Rate limited' : 'Transient failure'} on ${n.path}; retrying in ${n.delayMs} ms`);
  treeView.message = n.reason === 'rateLimited'
    ? t('Rate limited by Feishu, retrying in {0} s…', seconds)
    : t('Connection trouble, retrying in {0} s…', seconds);
}

/** The fake Feishu server ships as its own bundle beside this one: only sample mode pays for loading it. */
function loadSampleServer(): typeof FakeFeishuServer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a sibling bundle, resolved at run time
  return require('./sampleServer.js') as typeof FakeFeishuServer;
}

/** `scripts/demo.sh` starts the fake server itself and passes it here: the demo opens on the sample tenant. */
function demoServer(log: vscode.LogOutputChannel): SampleServer | undefined {
  const demo = process.env['FEISHU_HIRE_DEMO'];
  if (!demo) { return undefined; }
  try {
    const server = JSON.parse(demo) as { baseUrl?: unknown; appId?: unknown; appSecret?: unknown };
    if (typeof server.baseUrl === 'string' && typeof server.appId === 'string' && typeof server.appSecret === 'string') {
      log.info(`Demo: showing the sample tenant at ${server.baseUrl}`);
      return { baseUrl: server.baseUrl, appId: server.appId, appSecret: server.appSecret };
    }
    log.error('FEISHU_HIRE_DEMO needs baseUrl, appId and appSecret strings');
  } catch (e) {
    log.error(`FEISHU_HIRE_DEMO is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return undefined;
}

export function deactivate(): void {
  // Disposables (the sample server among them) are released through context.subscriptions.
}
