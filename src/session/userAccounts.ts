// The one owner of "who I am" per profile: the person signed in with their own Feishu account (OAuth 2.0 code flow
// with PKCE: the browser leg is userSignIn, loaded at first use), their token source, and the context key the My
// To-dos view shows on. Tokens live in SecretStorage only.
import * as vscode from 'vscode';
import type { CredentialStore } from '../credentials/credentialStore';
import { FeishuError } from '../feishu/errors';
import { HttpClient, type RequestLogEntry } from '../feishu/httpClient';
import { nodeFetchTransport } from '../feishu/nodeFetchTransport';
import { refreshTokens } from '../feishu/oauth/tokenEndpoint';
import { UserTokenSource, type UserSession } from '../feishu/oauth/userTokenSource';
import type { AppCredentials } from '../feishu/tenantToken';
import { UserApi } from '../feishu/userApi';
import { features } from '../loadFeatures';
import type { HireConnection } from '../model/connection/hireConnection';
import type { TodosSource } from '../model/todos/todosModel';
import type { Viewer } from '../model/noPeeking/othersHidden';
import type { HireSession } from './hireSession';

const t = vscode.l10n.t;

export const USER_SIGNED_IN_CONTEXT = 'feishuHire.userSignedIn';
export const OAUTH_CALLBACK_PATH = '/feishu-hire/oauth-callback';

export interface UserAccountsDeps {
  credentials: CredentialStore;
  session: HireSession;
  log: vscode.LogOutputChannel;
  redirectPort: () => number;
  timeoutMs: () => number;
}

interface Current {
  profileId: string;
  source: UserTokenSource;
}

export class UserAccounts implements vscode.Disposable {
  private currentValue: Current | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the active profile's signed-in person changed (or signed out). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly deps: UserAccountsDeps) {
    this.disposables = [
      this.changed,
      deps.credentials.onDidChangeUser(() => this.reload()),
      deps.session.onDidChange(() => this.reload()),
      deps.session.onDidChangeProfiles(() => this.reload()),
    ];
    this.reload();
  }

  /** The active profile's person and token source; undefined when nobody signed in as themselves. */
  get current(): Current | undefined {
    return this.currentValue;
  }

  /** What My To-dos reads with: the person's token for the connection's base URL (the source refuses any other). */
  todosSource(connection: HireConnection | undefined): TodosSource | undefined {
    const current = this.currentValue;
    if (!current || !connection || connection.sample || connection.profileId !== current.profileId) { return undefined; }
    const http = new HttpClient({ baseUrl: connection.api.baseUrl, fetch: nodeFetchTransport, timeoutMs: this.deps.timeoutMs(), maxTransientRetries: 1 });
    return { connection, api: new UserApi(http, current.source), user: current.source.user };
  }

  /** Me, by the IDs a record may name me with (no-peeking and "mine"). */
  get viewer(): Viewer | undefined {
    const user = this.currentValue?.source.user;
    return user && { ids: new Set([user.openId, ...(user.unionId ? [user.unionId] : [])]) };
  }

  get ready(): Promise<void> {
    return this.loading;
  }

  private reload(): void {
    this.loading = this.loading.then(() => this.load()).catch(e => this.deps.log.warn(`Could not read the Feishu sign-in: ${String(e)}`));
  }

  private async load(): Promise<void> {
    const profile = this.deps.session.isSample ? undefined : this.deps.session.activeProfile;
    const stored = profile ? await this.deps.credentials.getUser(profile.id) : undefined;
    const before = this.currentValue;
    const same = before && profile && before.profileId === profile.id && stored?.user.openId === before.source.user.openId
      && stored.baseUrl === before.source.baseUrl;
    if (!same) {
      this.currentValue = profile && stored ? { profileId: profile.id, source: this.sourceFor(profile.id, stored) } : undefined;
      void vscode.commands.executeCommand('setContext', USER_SIGNED_IN_CONTEXT, this.currentValue !== undefined);
      this.changed.fire();
    }
  }

  private http(baseUrl: string): HttpClient {
    return new HttpClient({
      baseUrl,
      fetch: nodeFetchTransport,
      timeoutMs: this.deps.timeoutMs(),
      // Never replayed: a refresh token or code sent twice is lost.
      maxRateLimitRetries: 0,
      maxTransientRetries: 0,
      onRequest: (e: RequestLogEntry) => this.deps.log.info(`${e.method} ${e.path} → ${e.status ?? e.error ?? '?'}${e.code ? ` code ${e.code}` : ''}`),
    });
  }

  private sourceFor(profileId: string, stored: UserSession): UserTokenSource {
    return new UserTokenSource(stored, {
      refresh: async refreshToken => refreshTokens(this.http(stored.baseUrl), await this.appOf(profileId), refreshToken),
      load: () => this.deps.credentials.getUser(profileId),
      save: session => this.deps.credentials.storeUser(profileId, session),
      signedOut: () => this.signOut(profileId),
      t,
    });
  }

  private async appOf(profileId: string): Promise<AppCredentials> {
    const app = await this.deps.credentials.get(profileId);
    if (!app) {
      throw new FeishuError({ kind: 'config', detail: t('Set the App ID and App Secret first: the Feishu token endpoint needs them to sign you in.') });
    }
    return app;
  }

  /** The browser leg (in the features bundle) and the code exchange for the active profile; resolves to the new session, or undefined when cancelled. */
  async signIn(): Promise<UserSession | undefined> {
    const profile = this.deps.session.activeProfile;
    if (!profile || this.deps.session.isSample) {
      throw new FeishuError({ kind: 'config', detail: t('Add a profile with its App ID and App Secret first, then sign in with Feishu.') });
    }
    const app = await this.appOf(profile.id);
    const baseUrl = (await this.deps.credentials.get(profile.id))?.baseUrl ?? profile.baseUrl;
    const http = this.http(baseUrl);
    const signedIn = await features().signInInBrowser({ baseUrl, app, http, port: this.deps.redirectPort(), callbackPath: OAUTH_CALLBACK_PATH });
    if (!signedIn) { return undefined; }
    const session: UserSession = { baseUrl: http.baseUrl, appId: app.appId, ...signedIn };
    await this.deps.credentials.storeUser(profile.id, session);
    this.deps.log.info('Signed in with a Feishu account');
    this.reload();
    await this.loading;
    return session;
  }

  /** Erases the person's tokens of a profile (the active one by default). */
  async signOut(profileId = this.currentValue?.profileId): Promise<void> {
    if (!profileId) { return; }
    await this.deps.credentials.clearUser(profileId);
    this.reload();
    await this.loading;
  }

  dispose(): void {
    for (const d of this.disposables) { d.dispose(); }
  }
}
