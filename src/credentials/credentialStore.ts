// The only file touching context.secrets: each profile's app ID and secret (with the base URL they were checked
// against: the secret goes nowhere else), its last-known-data key, and the single pair older versions kept.
import * as vscode from 'vscode';
import type { AppCredentials } from '../feishu/tenantToken';
import type { SecretKeys } from '../model/lastKnown/lastKnownStore';
import { PROFILE_ID_PATTERN } from '../model/profiles/profile';
import type { UserSession } from '../feishu/oauth/userTokenSource';
import { parseUserSession } from '../feishu/oauth/userSessionJson';

/** Credentials as checked by Set Credentials; `baseUrl` is undefined only for pairs stored before binding existed. */
export interface StoredCredentials extends AppCredentials {
  baseUrl?: string;
}

const PREFIX = 'feishuHire.profile.';
// Written by 0.1.x before profiles; read once by the migration, then deleted.
const LEGACY_KEYS = ['feishuHire.credentials', 'feishuHire.appId', 'feishuHire.appSecret'] as const;

const credentialsKey = (profileId: string): string => {
  // Ids are ours, but a key is built from it: refuse anything else rather than trust it.
  if (!PROFILE_ID_PATTERN.test(profileId)) { throw new Error(`not a profile id: ${JSON.stringify(profileId).slice(0, 80)}`); }
  return `${PREFIX}${profileId}.credentials`;
};
// The signed-in person's tokens: erased with the profile's credentials (Sign Out, Remove Profile).
const userKey = (profileId: string): string => credentialsKey(profileId).replace(/\.credentials$/, '.user');

/** Marks every one, as FeishuError's mark does: Set Credentials (dist/features.js) recognises what this bundle's store threw. */
const SECRET_STORAGE_UNAVAILABLE: unique symbol = Symbol.for('feishuHire.SecretStorageUnavailableError');

export class SecretStorageUnavailableError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [SECRET_STORAGE_UNAVAILABLE]?: unknown; })[SECRET_STORAGE_UNAVAILABLE] === true;
  }

  constructor(cause: unknown) {
    super(
      vscode.l10n.t(
        'VS Code cannot encrypt secrets on this machine ({0}). On Linux, install and unlock a keyring (for example gnome-keyring or KWallet), or start VS Code with --password-store=basic.',
        cause instanceof Error ? cause.message : String(cause),
      ),
    );
    Object.defineProperty(this, SECRET_STORAGE_UNAVAILABLE, { value: true });
    this.name = 'SecretStorageUnavailableError';
  }
}

function parseStored(text: string | undefined): StoredCredentials | undefined {
  if (!text) { return undefined; }
  try {
    const value = JSON.parse(text) as Partial<StoredCredentials>;
    if (typeof value.appId === 'string' && typeof value.appSecret === 'string' && value.appId && value.appSecret) {
      return { appId: value.appId, appSecret: value.appSecret, baseUrl: typeof value.baseUrl === 'string' ? value.baseUrl : undefined };
    }
  } catch {
    // A damaged entry reads as signed out; Set Credentials overwrites it.
  }
  return undefined;
}

export class CredentialStore implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<StoredCredentials | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires on any change of stored credentials, ours or another window's (secrets are shared). */
  readonly onDidChange = this.changed.event;
  private readonly userChanged = new vscode.EventEmitter<void>();
  /** Fires when a person's tokens changed, here or in another window. */
  readonly onDidChangeUser = this.userChanged.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange(e => {
      if (e.key.startsWith(PREFIX) && e.key.endsWith('.user')) { this.userChanged.fire(); }
      if (!e.key.startsWith(PREFIX) || !e.key.endsWith('.credentials')) { return; }
      this.cache.delete(e.key);
      this.changed.fire();
    });
  }

  get(profileId: string): Promise<StoredCredentials | undefined> {
    const key = credentialsKey(profileId);
    let value = this.cache.get(key);
    if (!value) {
      value = Promise.resolve(this.secrets.get(key)).then(parseStored, () => undefined);
      this.cache.set(key, value);
    }
    return value;
  }

  async store(profileId: string, credentials: StoredCredentials): Promise<void> {
    const key = credentialsKey(profileId);
    const value: StoredCredentials = { appId: credentials.appId, appSecret: credentials.appSecret, baseUrl: credentials.baseUrl };
    try {
      await this.secrets.store(key, JSON.stringify(value));
    } catch (e) {
      throw new SecretStorageUnavailableError(e);
    }
    this.cache.set(key, Promise.resolve(value));
  }

  async clear(profileId: string): Promise<void> {
    const key = credentialsKey(profileId);
    this.cache.set(key, Promise.resolve(undefined));
    await Promise.all([this.secrets.delete(key), this.clearUser(profileId)]);
  }

  /** The person signed in to a profile with their own Feishu account, if any. */
  async getUser(profileId: string): Promise<UserSession | undefined> {
    try {
      return parseUserSession(await this.secrets.get(userKey(profileId)));
    } catch {
      return undefined;
    }
  }

  async storeUser(profileId: string, session: UserSession): Promise<void> {
    try {
      await this.secrets.store(userKey(profileId), JSON.stringify(session));
    } catch (e) {
      throw new SecretStorageUnavailableError(e);
    }
  }

  async clearUser(profileId: string): Promise<void> {
    await this.secrets.delete(userKey(profileId));
  }

  /** The pair a version before profiles stored, if any (the migration reads it once). */
  async readLegacy(): Promise<StoredCredentials | undefined> {
    try {
      const stored = parseStored(await this.secrets.get(LEGACY_KEYS[0]));
      if (stored) { return stored; }
      const [appId, appSecret] = await Promise.all([this.secrets.get(LEGACY_KEYS[1]), this.secrets.get(LEGACY_KEYS[2])]);
      return appId && appSecret ? { appId, appSecret } : undefined;
    } catch {
      return undefined;
    }
  }

  async deleteLegacy(): Promise<void> {
    await Promise.all(LEGACY_KEYS.map(k => this.secrets.delete(k))).catch(() => undefined);
  }

  /** Named secrets for a profile's other data (the last-known data key), under the same prefix rule. */
  get keys(): SecretKeys {
    const checked = (name: string): string => {
      if (!name.startsWith(PREFIX) || name.endsWith('.credentials')) { throw new Error(`not a data key: ${name.slice(0, 80)}`); }
      return name;
    };
    return {
      get: name => Promise.resolve(this.secrets.get(checked(name))),
      store: async (name, value) => {
        try {
          await this.secrets.store(checked(name), value);
        } catch (e) {
          throw new SecretStorageUnavailableError(e);
        }
      },
      delete: name => Promise.resolve(this.secrets.delete(checked(name))),
    };
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.userChanged.dispose();
  }
}
