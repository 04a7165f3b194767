// The one owner of sign-in state: profiles and their credentials, sample mode, settings, the Feishu client, context
// keys and the view's description. Transitions run one at a time; each ends in one `onDidChange`, and only when
// something really changed.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { readSettings, SECTION, type Settings } from '../config';
import type { CredentialStore, StoredCredentials } from '../credentials/credentialStore';
import { FeishuError } from '../feishu/errors';
import { createFeishuClient, type FeishuClient } from '../feishu/feishuClient';
import { displayBaseUrl, normaliseBaseUrl, type FetchLike, type RequestLogEntry, type RetryNotice } from '../feishu/httpClient';
import { nodeFetchTransport } from '../feishu/nodeFetchTransport';
import { fetchTenantToken, type AppCredentials } from '../feishu/tenantToken';
import type { UserIdType } from '../feishu/types';
import { inertText } from '../model/inertText';
import { cleanProfileName, FEISHU_URL, newProfileId, suggestedProfileName, type Profile } from '../model/profile';
import { SAMPLE_PINNED_OWNER, type ProfileStore } from './profileStore';

const t = vscode.l10n.t;

export const SIGNED_IN_CONTEXT = 'feishuHire.signedIn';
export const SAMPLE_MODE_CONTEXT = 'feishuHire.sampleMode';
export const HAS_PROFILES_CONTEXT = 'feishuHire.hasProfiles';

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

/** `profileId`: whose credentials (undefined in sample mode and with no profile); a rename changes no state. */
export type SessionState =
  | { kind: 'signedOut'; profileId?: string }
  | { kind: 'blocked'; problem: SessionProblem; profileId?: string }
  | { kind: 'connected'; baseUrl: string; appId: string; sample: boolean; profileId?: string };

export interface HireSessionDeps {
  credentials: CredentialStore;
  profiles: ProfileStore;
  log: vscode.LogOutputChannel;
  sample: SampleSource;
  /** Erases what a profile left on disk (last-known data): on Sign Out and on removal. */
  eraseData?: (profileId: string) => Promise<void>;
}

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
  /** This window's profile; another window may switch to another one. */
  private activeId: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<SessionState>();
  /** Fires after every transition that changed who we are connected as (or whether). */
  readonly onDidChange = this.changed.event;
  private readonly profilesChanged = new vscode.EventEmitter<void>();
  /** Fires when profiles were added, renamed or removed, or another became active. */
  readonly onDidChangeProfiles = this.profilesChanged.event;
  private readonly requested = new vscode.EventEmitter<RequestLogEntry>();
  readonly onDidRequest = this.requested.event;
  private readonly retrying = new vscode.EventEmitter<RetryNotice>();
  readonly onDidRetry = this.retrying.event;
  private readonly disposables: vscode.Disposable[];
  private readonly firstLoad: Promise<void>;
  private readonly credentials: CredentialStore;
  private readonly profileStore: ProfileStore;
  private readonly log: vscode.LogOutputChannel;
  private readonly sample: SampleSource;

  constructor(private readonly deps: HireSessionDeps) {
    ({ credentials: this.credentials, profiles: this.profileStore, log: this.log, sample: this.sample } = deps);
    this.settingsValue = readSettings().settings;
    this.sampleServer = deps.sample.demo;
    this.disposables = [
      this.changed, this.profilesChanged, this.requested, this.retrying,
      this.credentials.onDidChange(() => { void this.reload(); }),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(SECTION)) { void this.reload(); } }),
    ];
    this.firstLoad = this.run(async () => {
      await this.migrate();
      this.activeId = this.profileStore.read().activeId;
      // Sample mode survives a window reload, as the user's own sign-in does.
      if (!this.sampleServer && this.sample.memento.get<boolean>(SAMPLE_MODE_KEY)) {
        await this.startSample();
      }
      await this.apply();
    });
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

  get profiles(): readonly Profile[] {
    return this.profileStore.read().profiles;
  }

  get activeProfile(): Profile | undefined {
    return this.profileStore.find(this.activeId);
  }

  /** The profile's own user-ID type, else the setting: open_ids of one app mean nothing to another. */
  get userIdType(): UserIdType {
    return this.isSample ? this.settingsValue.userIdType : this.activeProfile?.userIdType ?? this.settingsValue.userIdType;
  }

  /** Whose pinned list the tree shows: the active profile's, or sample mode's own. */
  get pinnedOwner(): string | undefined {
    return this.isSample ? SAMPLE_PINNED_OWNER : this.activeId;
  }

  pinned(): string[] {
    const owner = this.pinnedOwner;
    return owner ? this.profileStore.pinned(owner) : [];
  }

  async setPinned(ids: readonly string[]): Promise<void> {
    const owner = this.pinnedOwner;
    if (owner) { await this.profileStore.setPinned(owner, ids); }
  }

  /**
   * Who the data belongs to, without the secret: the details panel and the last-known data keep it and show their
   * data again only to the same key. Undefined while not connected.
   */
  get identity(): string | undefined {
    const s = this.stateValue;
    return s.kind === 'connected' ? (s.sample ? 'sample' : `${s.profileId ?? ''}|${s.baseUrl}|${s.appId}`) : undefined;
  }

  /** The view's description: one rule for every state. */
  describe(filter: string | undefined): string | undefined {
    const s = this.stateValue;
    const name = this.activeProfile?.name;
    const head = s.kind === 'connected' && s.sample ? t('Sample data')
      : s.kind === 'blocked' ? [name, t('Not connected')].filter(Boolean).join(' · ')
        : name;
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

  /** Stores checked credentials in the active profile (a first profile when there is none), leaves sample mode, connects. */
  signIn(baseUrl: string, credentials: AppCredentials): Promise<void> {
    return this.run(async () => {
      const active = this.activeProfile;
      if (active) {
        await this.credentials.store(active.id, { ...credentials, baseUrl });
        await this.profileStore.update(active.id, p => ({ ...p, baseUrl, appId: credentials.appId }));
      } else {
        await this.createProfile(suggestedProfileName(baseUrl, this.profiles, t), baseUrl, credentials);
      }
      await this.closeSample();
      await this.apply();
      this.profilesChanged.fire();
      this.log.info(`Signed in with app ${credentials.appId} on ${displayBaseUrl(baseUrl)} (profile ${this.activeProfile?.name ?? '?'})`);
    });
  }

  /** A new profile with checked credentials, which becomes the active one. */
  addProfile(name: string, baseUrl: string, credentials: AppCredentials): Promise<Profile> {
    return this.run(async () => {
      const profile = await this.createProfile(name, baseUrl, credentials);
      await this.closeSample();
      await this.apply();
      this.profilesChanged.fire();
      this.log.info(`Added profile ${profile.name}: app ${credentials.appId} on ${displayBaseUrl(baseUrl)}`);
      return profile;
    });
  }

  switchProfile(id: string): Promise<void> {
    return this.run(async () => {
      if (!this.profileStore.find(id)) { throw new Error(t('That profile no longer exists.')); }
      this.setActive(id);
      await this.closeSample();
      await this.apply();
      this.profilesChanged.fire();
    });
  }

  renameProfile(id: string, name: string): Promise<void> {
    return this.run(async () => {
      await this.profileStore.update(id, p => ({ ...p, name: cleanProfileName(name) }));
      this.profilesChanged.fire();
    });
  }

  setUserIdType(id: string, userIdType: UserIdType | undefined): Promise<void> {
    return this.run(async () => {
      await this.profileStore.update(id, p => ({ ...p, userIdType }));
      await this.apply();
      this.profilesChanged.fire();
    });
  }

  /** Forgets the profile: its secret, pinned list and data on disk. Another profile (or none) becomes active. */
  removeProfile(id: string): Promise<void> {
    return this.run(async () => {
      const list = this.profileStore.read();
      const remaining = list.profiles.filter(p => p.id !== id);
      await this.eraseProfileData(id);
      await this.profileStore.setPinned(id, []);
      const activeId = this.activeId === id ? remaining[0]?.id : this.activeId;
      await this.profileStore.write({ profiles: remaining, activeId });
      this.activeId = activeId;
      await this.apply();
      this.profilesChanged.fire();
      this.log.info(`Removed a profile; its secret and data are erased`);
    });
  }

  /** The active profile's secret and data on disk are erased; the profile itself (name, URL) stays. */
  signOut(): Promise<void> {
    return this.run(async () => {
      if (this.activeId) { await this.eraseProfileData(this.activeId); }
      await this.closeSample();
      await this.apply();
      this.profilesChanged.fire();
      this.log.info('Signed out');
    });
  }

  /** Starts the bundled fake Feishu server and shows its sample tenant; the user's own credentials stay untouched. */
  enterSample(): Promise<void> {
    return this.run(async () => {
      if (this.sampleServer) { return; }
      await this.startSample();
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

  private async startSample(): Promise<void> {
    const server = await this.sample.start();
    this.log.info(`Sample data: fake Feishu server on ${server.baseUrl}`);
    this.sampleServer = server;
    await this.sample.memento.update(SAMPLE_MODE_KEY, true);
  }

  private async closeSample(): Promise<void> {
    const server = this.sampleServer;
    this.sampleServer = undefined;
    if (this.sample.memento.get(SAMPLE_MODE_KEY) !== undefined) { await this.sample.memento.update(SAMPLE_MODE_KEY, undefined); }
    await server?.close?.();
  }

  private async createProfile(name: string, baseUrl: string, credentials: AppCredentials): Promise<Profile> {
    const profile: Profile = { id: newProfileId(randomBytes), name: cleanProfileName(name), baseUrl, appId: credentials.appId };
    await this.credentials.store(profile.id, { ...credentials, baseUrl });
    const list = this.profileStore.read();
    await this.profileStore.write({ profiles: [...list.profiles, profile], activeId: profile.id });
    this.activeId = profile.id;
    return profile;
  }

  private setActive(id: string): void {
    this.activeId = id;
    const list = this.profileStore.read();
    // The value is set at once; only its trip to disk is not waited for, so the switch shows without it.
    this.profileStore.write({ ...list, activeId: id })
      .catch(e => this.log.warn(`Could not remember the active profile: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async eraseProfileData(id: string): Promise<void> {
    await this.credentials.clear(id);
    await this.deps.eraseData?.(id).catch(e => this.log.warn(`Could not erase the data of a profile: ${e instanceof Error ? e.message : String(e)}`));
  }

  /**
   * Versions before profiles kept one pair (and one pinned list): it becomes the first profile, bound to the URL it
   * was checked against (else the old setting, else Feishu), without asking anything.
   */
  private async migrate(): Promise<void> {
    if (this.profileStore.read().profiles.length > 0) { return; }
    const legacy = await this.credentials.readLegacy();
    if (!legacy) { return; }
    let baseUrl = legacy.baseUrl;
    if (baseUrl === undefined) {
      const setting = vscode.workspace.getConfiguration(SECTION).get<unknown>('baseUrl');
      try { baseUrl = typeof setting === 'string' ? normaliseBaseUrl(setting) : FEISHU_URL; } catch { baseUrl = FEISHU_URL; }
    }
    const profile = await this.createProfile(suggestedProfileName(baseUrl, [], t), baseUrl, legacy);
    const pinned = this.profileStore.legacyPinned();
    if (pinned.length > 0) { await this.profileStore.setPinned(profile.id, pinned); }
    await this.profileStore.deleteLegacyPinned();
    await this.credentials.deleteLegacy();
    this.log.info(`Moved the stored app ${legacy.appId} into the profile "${profile.name}"`);
  }

  /** Works out the state from sample mode, the active profile and its credentials, then switches to it if it differs. */
  private async apply(): Promise<void> {
    const { settings, problems } = readSettings();
    this.settingsValue = settings;
    this.reportSettingsProblems(problems);
    const sample = this.sampleServer;
    let target: { state: SessionState; credentials?: AppCredentials };
    if (sample) {
      target = { state: { kind: 'connected', baseUrl: sample.baseUrl, appId: sample.appId, sample: true }, credentials: sample };
    } else {
      const list = this.profileStore.read();
      // The active profile may have been removed in another window: the list's own active one takes its place.
      const find = (id: string | undefined): Profile | undefined => list.profiles.find(p => p.id === id);
      let active = find(this.activeId);
      if (this.activeId !== undefined && !active) {
        this.activeId = list.activeId;
        active = find(this.activeId);
      }
      target = active ? this.targetFor(active, await this.credentials.get(active.id)) : { state: { kind: 'signedOut' } };
    }
    void vscode.commands.executeCommand('setContext', HAS_PROFILES_CONTEXT, this.profiles.length > 0);
    const signature = JSON.stringify([target.state, target.credentials?.appSecret, settings.requestTimeoutMs, settings.maxConcurrentRequests, this.userIdType]);
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
    // Context keys only pick menus and welcome text: set together, not awaited, so the tree need not wait for them.
    void Promise.all([
      vscode.commands.executeCommand('setContext', SIGNED_IN_CONTEXT, this.signedIn),
      vscode.commands.executeCommand('setContext', SAMPLE_MODE_CONTEXT, this.isSample),
    ]);
    if (target.state.kind === 'blocked') { this.log.warn(target.state.problem.text); }
    this.changed.fire(this.stateValue);
  }

  /** A profile's secret is used only with the URL it was checked against, which must still be a usable URL. */
  private targetFor(profile: Profile, stored: StoredCredentials | undefined): { state: SessionState; credentials?: AppCredentials } {
    const profileId = profile.id;
    if (!stored) { return { state: { kind: 'signedOut', profileId } }; }
    let url: string;
    try {
      url = normaliseBaseUrl(profile.baseUrl);
    } catch (e) {
      const why = e instanceof FeishuError ? e.detail ?? e.message : String(e);
      return { state: { kind: 'blocked', profileId, problem: {
        text: t('The URL of the profile "{0}" is not usable ({1}). Its app secret is not sent anywhere until you run Set Credentials.', profile.name, why),
        action: 'setCredentials',
      } } };
    }
    const bound = stored.baseUrl ?? url;
    if (bound !== url) {
      return { state: { kind: 'blocked', profileId, problem: {
        text: t('The credentials of the profile "{0}" were checked against {1}, but the profile now names {2}. Run Set Credentials to check them against the new URL.', profile.name, displayBaseUrl(bound), displayBaseUrl(url)),
        action: 'setCredentials',
      } } };
    }
    return { state: { kind: 'connected', baseUrl: bound, appId: stored.appId, sample: false, profileId }, credentials: { appId: stored.appId, appSecret: stored.appSecret } };
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

/** The transport behind a switch: once the client is retired no request starts, and those in flight are aborted. */
function retiringFetch(retired: AbortSignal): FetchLike {
  const inner = nodeFetchTransport;
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
