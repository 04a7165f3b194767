// activate(): build the parts, register them, push every disposable. Nothing is fetched until the view asks.
import * as vscode from 'vscode';
import { registerCopyCommands } from './commands/copyCommands';
import { registerCredentialsCommands, setCredentials } from './commands/credentialsCommands';
import { registerDetailsCommands } from './commands/detailsCommands';
import { registerExportCommands } from './commands/exportCommands';
import { describeFilter, registerLookupCommands } from './commands/lookupCommands';
import type { HireParts } from './commands/parts';
import { registerSampleCommands } from './commands/sampleCommands';
import type { ScorecardDeps } from './commands/scorecardDeps';
import { registerTreeCommands } from './commands/treeCommands';
import { Connection } from './connection';
import { CredentialStore } from './credentials/credentialStore';
import type { RequestLogEntry, RetryNotice } from './feishu/httpClient';
import { languageOf } from './model/format';
import type { HireNode } from './model/hireNode';
import { HireTreeModel } from './model/hireTreeModel';
import { JobLevelNames } from './model/jobLevelNames';
import { HireTreeProvider, VIEW_ID } from './tree/hireTreeProvider';

const t = vscode.l10n.t;
const PINNED_KEY = 'feishuHire.pinnedApplications';

/** What integration tests and other extensions may use. */
export interface FeishuHireApi {
  parts: HireParts;
  activatedInMs: number;
}

export function activate(context: vscode.ExtensionContext): FeishuHireApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Feishu Hire', { log: true });
  const credentials = new CredentialStore(context.secrets);
  // The tree view and provider are made after the client and model that report to them.
  const late: { treeView?: vscode.TreeView<HireNode>; provider?: HireTreeProvider } = {};

  const onRequest = (e: RequestLogEntry): void => {
    const line = `${e.method} ${e.path} → ${e.status ?? '-'} code=${e.code ?? '-'} logid=${e.logId ?? '-'} ${Math.round(e.durationMs)} ms${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}${e.error ? ` ${e.error}` : ''}`;
    if (e.code === 0) { log.info(line); } else { log.warn(line); }
    if (e.code === 0 && late.treeView) {
      late.treeView.message = t('Loaded {0}', new Date().toLocaleTimeString(vscode.env.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
    }
  };
  const onRetry = (n: RetryNotice): void => {
    const seconds = Math.max(1, Math.round(n.delayMs / 1000));
    log.warn(`${n.reason === 'rateLimited' ? 'Rate limited' : 'Transient failure'} on ${n.path}; retrying in ${n.delayMs} ms`);
    if (late.treeView) {
      late.treeView.message = n.reason === 'rateLimited'
        ? t('Rate limited by Feishu, retrying in {0} s…', seconds)
        : t('Connection trouble, retrying in {0} s…', seconds);
    }
  };
  const connection = new Connection(credentials, {
    onRequest, onRetry,
    onSettingsProblems: problems => {
      for (const p of problems) { log.warn(p); }
      const open = t('Open Settings');
      void vscode.window.showWarningMessage(problems.join(' '), open).then(choice => {
        if (choice === open) { void vscode.commands.executeCommand('feishuHire.openSettings'); }
      });
    },
  });

  const model = new HireTreeModel({
    api: () => connection.client?.hire,
    pageSize: () => connection.settings.pageSize,
    userIdType: () => connection.settings.userIdType,
    lang: () => languageOf(vscode.env.language),
    pinned: {
      get: () => context.globalState.get<string[]>(PINNED_KEY, []).filter(id => typeof id === 'string'),
      set: ids => Promise.resolve(context.globalState.update(PINNED_KEY, ids)),
    },
    t,
    onDidChange: node => late.provider?.fire(node),
  });
  const scorecards: ScorecardDeps = {
    api: () => connection.client?.hire, userIdType: () => connection.settings.userIdType,
    levels: new JobLevelNames(() => connection.client?.hire),
  };
  const provider = new HireTreeProvider(() => model, () => ({
    t,
    locale: vscode.env.language,
    lang: languageOf(vscode.env.language),
    sample: connection.sample !== undefined,
    filterDescription: describeFilter(model.filter),
    isLoading: id => model.isLoading(id),
    levels: scorecards.levels,
  }));
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  late.provider = provider;
  late.treeView = treeView;

  const updateDescription = (): void => {
    const filter = describeFilter(model.filter);
    treeView.description = connection.sample ? [t('Sample data'), filter].filter(Boolean).join(' · ') : filter;
    if (!connection.signedIn) { treeView.message = undefined; }
  };

  const parts: HireParts = {
    context, connection, credentials, model, provider, treeView, log,
    reconnect: async () => {
      model.reset();
      await connection.refresh();
      updateDescription();
      provider.fire(undefined);
    },
  };

  context.subscriptions.push(
    log, credentials, connection, provider, treeView,
    treeView.onDidCollapseElement(e => model.cancel(e.element.id)),
    credentials.onDidChange(() => { if (!connection.sample) { void parts.reconnect(); } }),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('feishuHire')) { void parts.reconnect(); }
    }),
    ...registerCredentialsCommands(parts),
    ...registerSampleCommands(parts),
    ...registerLookupCommands(parts),
    ...registerTreeCommands(parts),
    ...registerCopyCommands(parts),
    ...registerDetailsCommands(parts, scorecards),
    ...registerExportCommands(parts, scorecards),
    vscode.commands.registerCommand('feishuHire.openSettings', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', '@ext:feishu-hire-tools.feishu-hire-interviews')),
    vscode.commands.registerCommand('feishuHire.showLog', () => log.show()),
    // For scripts and tests: the same checked flow as the command, without the prompts.
    vscode.commands.registerCommand('feishuHire.credentials.setFrom', (preset: unknown) => setCredentials(parts, preset)),
  );

  void startUp(parts);
  return { parts, activatedInMs: performance.now() - started };
}

/** Reads secrets after activation returns, so activation itself stays cheap. */
async function startUp(parts: HireParts): Promise<void> {
  const demo = process.env['FEISHU_HIRE_DEMO'];
  if (demo) {
    try {
      const server = JSON.parse(demo) as { baseUrl?: unknown; appId?: unknown; appSecret?: unknown };
      if (typeof server.baseUrl === 'string' && typeof server.appId === 'string' && typeof server.appSecret === 'string') {
        await parts.connection.enterSample({ baseUrl: server.baseUrl, appId: server.appId, appSecret: server.appSecret });
        parts.log.info(`Demo: showing the sample tenant at ${server.baseUrl}`);
      }
    } catch (e) {
      parts.log.error(`FEISHU_HIRE_DEMO is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  await parts.reconnect();
}

export function deactivate(): void {
  // Disposables (the sample server among them) are released through context.subscriptions.
}
