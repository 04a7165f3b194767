// The one owner of sign-in state: profiles and their credentials, sample mode, settings, the Feishu client, context
// keys and the view's description. Transitions run one at a time; each ends in one `onDidChange`, and only when
// something really changed.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { readSettings, SECTION, type Settings } from '../config';
import type { CredentialStore } from '../credentials/credentialStore';
import { createFeishuClient, type FeishuClient } from '../feishu/feishuClient';
import { displayBaseUrl } from '../feishu/baseUrl';
import type { RequestLogEntry, RetryNotice } from '../feishu/httpClient';
import { fetchTenantToken, type AppCredentials } from '../feishu/tenantToken';
import type { UserIdType } from '../feishu/types';
import { cleanProfileName, newProfileId, profileLimitProblem, suggestedProfileName, type Profile } from '../model/profiles/profile';
import { createConnection, type HireConnection, type PinnedStore } from '../model/connection/hireConnection';
import { SAMPLE_PINNED_OWNER, type ProfileStore } from './profileStore';
import { migrateLegacyCredentials } from './legacyCredentials';
import { retiringFetch } from './retiringFetch';
import { SampleMode, type SampleSource } from './sampleMode';
import { targetFor, type SessionChange, type SessionState } from './sessionState';
import { showWarning } from '../notifications';

const t = vscode.l10n.t;

export const SIGNED_IN_CONTEXT = 'feishuHire.signedIn';
export const SAMPLE_MODE_CONTEXT = 'feishuHire.sampleMode';
export const HAS_PROFILES_CONTEXT = 'feishuHire.hasProfiles';

export interface HireSessionDeps {
  credentials: CredentialStore;
  profiles: ProfileStore;
  log: vscode.LogOutputChannel;
  sample: SampleSource;
  /** Erases what a profile left on disk (last-known data): on Sign Out and on removal. */
  eraseData?: (profileId: string) => Promise<void>;
  /** Told which profile is about to be read, before its credentials: its last-known data's key is read meanwhile. */
  prepareData?: (profileId: string) => void;
}

interface Connected {
  state: Extract<SessionState, { kind: 'connected'; }>;
  client: FeishuClient;
  connection: HireConnection;
  /** Aborts every request of this client, in flight or later: nothing leaves with credentials that were replaced. */
  retire: AbortController;
  /** What the connection was built from; an equal signature means there is nothing to rebuild. */
  signature: string;
}

export class HireSession implements vscode.Disposable {
  private stateValue: SessionState = { kind: 'signedOut' };
  private connected: Connected | undefined;
  private readonly sampleMode: SampleMode;
  private settingsValue: Settings;
  private reportedProblems = '';
  /** This window's profile; another window may switch to another one. */
  private activeId: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<SessionChange>();
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

  constructor(private readonly deps: HireSessionDeps) {
    ({ credentials: this.credentials, profiles: this.profileStore, log: this.log } = deps);
    this.settingsValue = readSettings().settings;
    this.sampleMode = new SampleMode(deps.sample, deps.log);
    this.disposables = [
      this.changed,
      this.profilesChanged,
      this.requested,
      this.retrying,
      this.credentials.onDidChange(() => {
        void this.reload();
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(SECTION)) { void this.reload(); }
      }),
    ];
    this.firstLoad = this.run(async () => {
      await migrateLegacyCredentials({
        credentials: this.credentials,
        profiles: this.profileStore,
        log: this.log,
        createProfile: (name, baseUrl, credentials) => this.createProfile(name, baseUrl, credentials),
      });
      this.activeId = this.profileStore.read().activeId;
      // Sample mode survives a window reload, as the user's own sign-in does.
      if (!this.sampleMode.server && this.sampleMode.remembered) {
        await this.sampleMode.start();
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

  /** The connection's client (its tokens and transport), for what checks the sign-in itself. */
  get client(): FeishuClient | undefined {
    return this.connected?.client;
  }

  /** The signed-in tenant's connection; undefined unless connected. A new one after every transition that changed it. */
  get connection(): HireConnection | undefined {
    return this.connected?.connection;
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

  /** A connection's looked-up applications: its own owner's list, whatever becomes active later. */
  private pinnedStoreOf(owner: string | undefined): PinnedStore {
    return {
      get: () => owner ? this.profileStore.pinned(owner) : [],
      set: async ids => {
        if (owner) { await this.profileStore.setPinned(owner, ids); }
      },
    };
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
      await this.sampleMode.close();
      await this.apply();
      this.profilesChanged.fire();
      this.log.info(`Signed in with app ${credentials.appId} on ${displayBaseUrl(baseUrl)} (profile ${this.activeProfile?.name ?? '?'})`);
    });
  }

  /** A new profile with checked credentials, which becomes the active one. */
  addProfile(name: string, baseUrl: string, credentials: AppCredentials): Promise<Profile> {
    return this.run(async () => {
      const profile = await this.createProfile(name, baseUrl, credentials);
      await this.sampleMode.close();
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
      await this.sampleMode.close();
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
      await this.sampleMode.close();
      await this.apply();
      this.profilesChanged.fire();
      this.log.info('Signed out');
    });
  }

  /** Starts the bundled fake Feishu server and shows its sample tenant; the user's own credentials stay untouched. */
  enterSample(): Promise<void> {
    return this.run(async () => {
      if (this.sampleMode.server) { return; }
      await this.sampleMode.start();
      await this.apply();
    });
  }

  /** Back to the user's own settings and credentials, which sample mode never touched. */
  exitSample(): Promise<void> {
    return this.run(async () => {
      if (!this.sampleMode.server) { return; }
      await this.sampleMode.close();
      await this.apply();
      this.log.info('Left sample data mode');
    });
  }

  private run<T>(transition: () => Promise<T>): Promise<T> {
    const next = this.queue.then(transition, transition);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async createProfile(name: string, baseUrl: string, credentials: AppCredentials): Promise<Profile> {
    const full = profileLimitProblem(this.profiles, t);
    if (full) { throw new Error(full); }
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
    this.profileStore.write({ ...list, activeId: id }).catch(e =>
      this.log.warn(`Could not remember the active profile: ${e instanceof Error ? e.message : String(e)}`)
    );
  }

  private async eraseProfileData(id: string): Promise<void> {
    await this.credentials.clear(id);
    await this.deps.eraseData?.(id).catch(e => this.log.warn(`Could not erase the data of a profile: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** Works out the state from sample mode, the active profile and its credentials, then switches to it if it differs. */
  private async apply(): Promise<void> {
    const { settings, problems } = readSettings();
    this.settingsValue = settings;
    this.reportSettingsProblems(problems);
    const sample = this.sampleMode.server;
    let target: { state: SessionState; credentials?: AppCredentials; };
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
      if (active) { this.deps.prepareData?.(active.id); }
      target = active ? targetFor(active, await this.credentials.get(active.id)) : { state: { kind: 'signedOut' } };
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
      const s = target.state;
      const connection = createConnection({
        api: client.hire,
        userIdType: this.userIdType,
        profileId: s.sample ? undefined : s.profileId,
        sample: s.sample,
        signal: retire.signal,
        identity: s.sample ? 'sample' : `${s.profileId ?? ''}|${s.baseUrl}|${s.appId}`,
        pinned: this.pinnedStoreOf(s.sample ? SAMPLE_PINNED_OWNER : s.profileId),
      });
      this.connected = { state: s, client, connection, retire, signature };
    }
    this.stateValue = target.state;
    // Context keys only pick menus and welcome text: set together, not awaited, so the tree need not wait for them.
    void Promise.all([
      vscode.commands.executeCommand('setContext', SIGNED_IN_CONTEXT, this.signedIn),
      vscode.commands.executeCommand('setContext', SAMPLE_MODE_CONTEXT, this.isSample),
    ]);
    if (target.state.kind === 'blocked') { this.log.warn(target.state.problem.text); }
    this.changed.fire({ state: this.stateValue, connection: this.connected?.connection });
  }

  private reportSettingsProblems(problems: string[]): void {
    const key = problems.join('\n');
    if (key === this.reportedProblems) { return; }
    this.reportedProblems = key;
    if (problems.length === 0) { return; }
    for (const p of problems) { this.log.warn(p); }
    const open = t('Open Settings');
    void showWarning(problems.join(' '), open).then(choice => {
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
      onRequest: e => {
        if (!retire.signal.aborted) { this.requested.fire(e); }
      },
      onRetry: n => {
        if (!retire.signal.aborted) { this.retrying.fire(n); }
      },
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
    void this.sampleMode.close();
    for (const d of this.disposables) { d.dispose(); }
  }
}
