// The only file touching context.secrets: an in-memory cache over SecretStorage, shared across windows.
import * as vscode from 'vscode';
import type { AppCredentials } from '../feishu/tenantToken';

const APP_ID_KEY = 'feishuHire.appId';
const APP_SECRET_KEY = 'feishuHire.appSecret';
export const SIGNED_IN_CONTEXT = 'feishuHire.signedIn';

export class SecretStorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(vscode.l10n.t(
      'VS Code cannot encrypt secrets on this machine ({0}). On Linux, install and unlock a keyring (for example gnome-keyring or KWallet), or start VS Code with --password-store=basic.',
      cause instanceof Error ? cause.message : String(cause)));
    this.name = 'SecretStorageUnavailableError';
  }
}

export class CredentialStore implements vscode.Disposable {
  private cache: AppCredentials | undefined;
  private loaded: Promise<AppCredentials | undefined> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    // Another window signed in or out: drop the cache and tell the tree.
    this.subscription = secrets.onDidChange(e => {
      if (e.key === APP_ID_KEY || e.key === APP_SECRET_KEY) {
        this.loaded = undefined;
        void this.get().then(() => this.changed.fire());
      }
    });
  }

  get(): Promise<AppCredentials | undefined> {
    if (!this.loaded) {
      this.loaded = (async () => {
        try {
          const [appId, appSecret] = await Promise.all([this.secrets.get(APP_ID_KEY), this.secrets.get(APP_SECRET_KEY)]);
          this.cache = appId && appSecret ? { appId, appSecret } : undefined;
        } catch {
          this.cache = undefined;
        }
        return this.cache;
      })();
    }
    return this.loaded;
  }

  /** Cached value without waiting; undefined before the first `get`. */
  peek(): AppCredentials | undefined {
    return this.cache;
  }

  async store(credentials: AppCredentials): Promise<void> {
    try {
      await this.secrets.store(APP_ID_KEY, credentials.appId);
      await this.secrets.store(APP_SECRET_KEY, credentials.appSecret);
    } catch (e) {
      throw new SecretStorageUnavailableError(e);
    }
    this.cache = credentials;
    this.loaded = Promise.resolve(credentials);
    this.changed.fire();
  }

  async clear(): Promise<void> {
    this.cache = undefined;
    this.loaded = Promise.resolve(undefined);
    try {
      await this.secrets.delete(APP_ID_KEY);
      await this.secrets.delete(APP_SECRET_KEY);
    } finally {
      this.changed.fire();
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
