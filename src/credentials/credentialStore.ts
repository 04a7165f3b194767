// The only file touching context.secrets: an in-memory cache over SecretStorage, shared across windows.
// The app ID and secret are stored with the base URL they were checked against: the secret goes nowhere else.
import * as vscode from 'vscode';
import type { AppCredentials } from '../feishu/tenantToken';

/** Credentials as checked by Set Credentials; `baseUrl` is undefined only for pairs stored before binding existed. */
export interface StoredCredentials extends AppCredentials {
  baseUrl?: string;
}

const CREDENTIALS_KEY = 'feishuHire.credentials';
// Written by 0.1.0; read once and rewritten under CREDENTIALS_KEY.
const LEGACY_APP_ID_KEY = 'feishuHire.appId';
const LEGACY_APP_SECRET_KEY = 'feishuHire.appSecret';
const KEYS = new Set([CREDENTIALS_KEY, LEGACY_APP_ID_KEY, LEGACY_APP_SECRET_KEY]);

export class SecretStorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(vscode.l10n.t(
      'VS Code cannot encrypt secrets on this machine ({0}). On Linux, install and unlock a keyring (for example gnome-keyring or KWallet), or start VS Code with --password-store=basic.',
      cause instanceof Error ? cause.message : String(cause)));
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
  private loaded: Promise<StoredCredentials | undefined> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires on any change of the stored credentials, ours or another window's (secrets are shared). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange(e => {
      if (!KEYS.has(e.key)) { return; }
      this.loaded = undefined;
      this.changed.fire();
    });
  }

  get(): Promise<StoredCredentials | undefined> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<StoredCredentials | undefined> {
    try {
      const stored = parseStored(await this.secrets.get(CREDENTIALS_KEY));
      if (stored) { return stored; }
      const [appId, appSecret] = await Promise.all([this.secrets.get(LEGACY_APP_ID_KEY), this.secrets.get(LEGACY_APP_SECRET_KEY)]);
      return appId && appSecret ? { appId, appSecret } : undefined;
    } catch {
      return undefined;
    }
  }

  async store(credentials: StoredCredentials): Promise<void> {
    const value: StoredCredentials = { appId: credentials.appId, appSecret: credentials.appSecret, baseUrl: credentials.baseUrl };
    try {
      await this.secrets.store(CREDENTIALS_KEY, JSON.stringify(value));
    } catch (e) {
      throw new SecretStorageUnavailableError(e);
    }
    await this.deleteLegacy();
    this.loaded = Promise.resolve(value);
  }

  async clear(): Promise<void> {
    this.loaded = Promise.resolve(undefined);
    await this.secrets.delete(CREDENTIALS_KEY);
    await this.deleteLegacy();
  }

  private async deleteLegacy(): Promise<void> {
    await Promise.all([this.secrets.delete(LEGACY_APP_ID_KEY), this.secrets.delete(LEGACY_APP_SECRET_KEY)]).catch(() => undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
