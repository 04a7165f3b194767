// The one owner of sign-in state: credentials, sample mode, settings, the Feishu client, context keys and the view's
// description. Transitions run one at a time; each ends in one `onDidChange`, and only when something really changed.
import * as vscode from 'vscode';
import fetch from 'node-fetch';
import { readSettings, SECTION, type Settings } from '../config';
import type { CredentialStore, StoredCredentials } from '../credentials/credentialStore';
import { FeishuError } from '../feishu/errors';
import { createFeishuClient, type FeishuClient } from '../feishu/feishuClient';
import { displayBaseUrl, normaliseBaseUrl, type FetchLike, type RequestLogEntry, type RetryNotice } from '../feishu/httpClient';
import { fetchTenantToken, type AppCredentials } from '../feishu/tenantToken';
import { inertText } from '../model/inertText';

const t = vscode.l10n.t;

export const SIGNED_IN_CONTEXT = 'feishuHire.signedIn';
export const SAMPLE_MODE_CONTEXT = 'feishuHire.sampleMode';

export interface SampleServer {
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** Undefined for a server we did not start (the demo's). */
  close?: () => Promise<void>;
}

export interface SampleSource {
  /** Starts the bundled fake server (Explore Sample Data). */
  start(): Promise<SampleServer>;
  /** A server someone else runs, to start in sample mode (the demo's). */
  demo?: SampleServer;
  /** Where sample mode is remembered across window reloads. */
  memento: vscode.Memento;
}

const SAMPLE_MODE_KEY = 'feishuHire.sampleMode';

/** Why stored credentials are not used right now; the tree shows it with an action. */
export interface SessionProblem {
  text: string;
  action: 'openSettings' | 'setCredentials';
}

export type SessionState =
  | { kind: 'signedOut' }
  | { kind: 'blocked'; problem: SessionProblem }
  | { kind: 'connected'; baseUrl: string; appId: string; sample: boolean };

interface Connected {
  state: Extract<SessionState, { kind: 'connected' }>;
  client: FeishuClient;
  /** Aborts every request of this client, in flight or later: nothing leaves with credentials that were replaced. */
  retire: AbortController;
  /** What the connection was built from; an equal signature means there is nothing to rebuild. */
  signature: string;
}

export class HireSession implements vscode.Disposable {
  private stateValue: SessionState = { kind: 'signedOut' };
  private connected: Connected | undefined;
  private sampleServer: SampleServer | undefined;
  private settingsValue: Settings;
  private reportedProblems = '';
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<SessionState>();
  /** Fires after every transition that changed who we are connected as (or whether). */
  readonly onDidChange = this.changed.event;
  private readonly requested = new vscode.EventEmitter<RequestLogEntry>();
  readonly onDidRequest = this.requested.event;
  private readonly retrying = new vscode.EventEmitter<RetryNotice>();
  readonly onDidRetry = this.retrying.event;
  private readonly disposables: vscode.Disposable[];
  private readonly firstLoad: Promise<void>;

  constructor(private readonly credentials: CredentialStore, private readonly log: vscode.LogOutputChannel, private readonly sample: SampleSource) {
    this.settingsValue = readSettings().settings;
    this.sampleServer = sample.demo;
    this.disposables = [
      this.changed, this.requested, this.retrying,
      credentials.onDidChange(() => { void this.reload(); }),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(SECTION)) { void this.reload(); } }),
    ];
    // Sample mode survives a window reload, as the user's own sign-in does.
    this.firstLoad = !this.sampleServer && sample.memento.get<boolean>(SAMPLE_MODE_KEY) ? this.enterSample() : this.reload();
  }

  /** Resolves once the stored credentials have been read at start. */
  get ready(): Promise<void> {
    return this.firstLoad;
  }

  get state(): SessionState {
    return this.stateValue;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  get client(): FeishuClient | undefined {
    return this.connected?.client;
  }

  get signedIn(): boolean {
    return this.stateValue.kind !== 'signedOut';
  }

  get isSample(): boolean {
    return this.stateValue.kind === 'connected' && this.stateValue.sample;
  }

  /**
   * Who the data belongs to, without the secret: the details panel keeps it with its saved page and shows that
   * page again only to the same key. Undefined while not connected.
   */
  get identity(): string | undefined {
    const s = this.stateValue;
    return s.kind === 'connected' ? (s.sample ? 'sample' : `${s.baseUrl}|${s.appId}`) : undefined;
  }

  /** The view's description: one rule for every state. */
  describe(filter: string | undefined): string | undefined {
    const s = this.stateValue;
    const head = s.kind === 'blocked' ? t('Not connected') : s.kind === 'connected' && s.sample ? t('Sample data') : undefined;
    return [head, filter].filter(Boolean).join(' · ') || undefined;
  }

  /** Settings or stored credentials may have changed: rebuild only when the result differs. */
  reload(): Promise<void> {
    return this.run(() => this.apply());
  }

  /** Checks a pair against the service with a throwaway client; throws FeishuError when it is refused. */
  async check(baseUrl: string, credentials: AppCredentials, signal?: AbortSignal): Promise<void> {
    const probe = this.makeClient(baseUrl, async () => undefined, new AbortController());
    await fetchTenantToken(probe.http, credentials, signal);
  }

  /** Stores checked credentials bound to their base URL, leaves sample mode, connects. */
  signIn(baseUrl: string, credentials: AppCredentials): Promise<void> {
    return this.run(async () => {
      await this.credentials.store({ ...credentials, baseUrl });
      const config = vscode.workspace.getConfiguration(SECTION);
      if (config.get<unknown>('baseUrl') !== baseUrl) {
        await config.update('baseUrl', baseUrl, vscode.ConfigurationTarget.Global);
      }
      await this.closeSample();
      await this.apply();
      this.log.info(`Signed in with app ${credentials.appId} on ${displayBaseUrl(baseUrl)}`);
    });
  }

  signOut(): Promise<void> {
    return this.run(async () => {
      await this.credentials.clear();
      await this.closeSample();
      await this.apply();
      this.log.info('Signed out');
    });
  }

  /** Starts the bundled fake Feishu server and shows its sample tenant; the user's own credentials stay untouched. */
  enterSample(): Promise<void> {
    return this.run(async () => {
      if (this.sampleServer) { return; }
      const server = await this.sample.start();
      this.log.info(`Sample data: fake Feishu server on ${server.baseUrl}`);
      this.sampleServer = server;
      await this.sample.memento.update(SAMPLE_MODE_KEY, true);
      await this.apply();
    });
  }

  /** Back to the user's own settings and credentials, which sample mode never touched. */
  exitSample(): Promise<void> {
    return this.run(async () => {
      if (!this.sampleServer) { return; }
      await this.closeSample();
      await this.apply();
      this.log.info('Left sample data mode');
    });
  }

  private run<T>(transition: () => Promise<T>): Promise<T> {
    const next = this.queue.then(transition, transition);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async closeSample(): Promise<void> {
    const server = this.sampleServer;
    this.sampleServer = undefined;
    await this.sample.memento.update(SAMPLE_MODE_KEY, undefined);
    await server?.close?.();
  }

  /** Works out the state from settings, sample mode and stored credentials, then switches to it if it differs. */
  private async apply(): Promise<void> {
    const { settings, problems } = readSettings();
    this.settingsValue = settings;
    this.reportSettingsProblems(problems);
    const sample = this.sampleServer;
    let target: { state: SessionState; credentials?: AppCredentials };
    if (sample) {
      target = { state: { kind: 'connected', baseUrl: sample.baseUrl, appId: sample.appId, sample: true }, credentials: sample };
    } else {
      const stored = await this.credentials.get();
      target = this.targetFor(stored, settings);
      if (target.state.kind === 'connected' && stored && stored.baseUrl === undefined) {
        // 0.1.0 kept no base URL: bind the pair to the one it has been used with, once.
        await this.credentials.store({ ...stored, baseUrl: target.state.baseUrl }).catch(() => undefined);
      }
    }
    const signature = JSON.stringify([target.state, target.credentials?.appSecret, settings.requestTimeoutMs, settings.maxConcurrentRequests, settings.userIdType]);
    if (this.connected?.signature === signature || (!this.connected && JSON.stringify(this.stateValue) === JSON.stringify(target.state))) {
      return;
    }
    this.retireClient();
    if (target.state.kind === 'connected' && target.credentials) {
      const retire = new AbortController();
      const credentials = target.credentials;
      const client = this.makeClient(target.state.baseUrl, async () => retire.signal.aborted ? undefined : credentials, retire);
      this.connected = { state: target.state, client, retire, signature };
    }
    this.stateValue = target.state;
    await vscode.commands.executeCommand('setContext', SIGNED_IN_CONTEXT, this.signedIn);
    await vscode.commands.executeCommand('setContext', SAMPLE_MODE_CONTEXT, this.isSample);
    if (target.state.kind === 'blocked') { this.log.warn(target.state.problem.text); }
    this.changed.fire(this.stateValue);
  }

  /** Stored credentials are used only with the base URL they were checked against, and only if the setting agrees. */
  private targetFor(stored: StoredCredentials | undefined, settings: Settings): { state: SessionState; credentials?: AppCredentials } {
    if (!stored) { return { state: { kind: 'signedOut' } }; }
    const credentials = { appId: stored.appId, appSecret: stored.appSecret };
    const setting = vscode.workspace.getConfiguration(SECTION).get<unknown>('baseUrl', settings.baseUrl);
    let configured: string;
    try {
      if (typeof setting !== 'string') { throw new FeishuError({ kind: 'config', detail: t('not a string') }); }
      configured = normaliseBaseUrl(setting);
    } catch (e) {
      const why = e instanceof FeishuError ? e.detail ?? e.message : String(e);
      return { state: { kind: 'blocked', problem: {
        text: t('The setting feishuHire.baseUrl is not usable ({0}). Your app secret is not sent anywhere until you fix it.', why),
        action: 'openSettings',
      } } };
    }
    const bound = stored.baseUrl ?? configured;
    if (bound !== configured) {
      return { state: { kind: 'blocked', problem: {
        text: t('Your credentials were checked against {0}, but feishuHire.baseUrl is now {1}. Run Set Credentials to check them against the new URL.', displayBaseUrl(bound), displayBaseUrl(configured)),
        action: 'setCredentials',
      } } };
    }
    return { state: { kind: 'connected', baseUrl: bound, appId: stored.appId, sample: false }, credentials };
  }

  private reportSettingsProblems(problems: string[]): void {
    const key = problems.join('\n');
    if (key === this.reportedProblems) { return; }
    this.reportedProblems = key;
    if (problems.length === 0) { return; }
    for (const p of problems) { this.log.warn(p); }
    const open = t('Open Settings');
    void vscode.window.showWarningMessage(inertText(problems.join(' ')), open).then(choice => {
      if (choice === open) { void vscode.commands.executeCommand('feishuHire.openSettings'); }
    });
  }

  private makeClient(baseUrl: string, credentials: () => Promise<AppCredentials | undefined>, retire: AbortController): FeishuClient {
    const s = this.settingsValue;
    return createFeishuClient({
      baseUrl,
      fetch: retiringFetch(retire.signal),
      credentials,
      timeoutMs: s.requestTimeoutMs,
      maxConcurrentRequests: s.maxConcurrentRequests,
      onRequest: e => { if (!retire.signal.aborted) { this.requested.fire(e); } },
      onRetry: n => { if (!retire.signal.aborted) { this.retrying.fire(n); } },
      log: line => this.log.warn(line),
    });
  }

  private retireClient(): void {
    const old = this.connected;
    this.connected = undefined;
    if (!old) { return; }
    old.retire.abort();
    old.client.tokens.reset();
  }

  dispose(): void {
    this.retireClient();
    void this.closeSample();
    for (const d of this.disposables) { d.dispose(); }
  }
}

/** node-fetch behind a switch: once the client is retired no request starts, and those in flight are aborted. */
function retiringFetch(retired: AbortSignal): FetchLike {
  const inner = fetch as unknown as FetchLike;
  return (url, init) => {
    if (retired.aborted) { return Promise.reject(retiredError()); }
    const signal = init?.signal ? AbortSignal.any([init.signal, retired]) : retired;
    return inner(url, { ...init, signal });
  };
}

function retiredError(): Error {
  const error = new Error('the session changed; this request was not sent');
  error.name = 'AbortError';
  return error;
}
