// The signed-in person in VS Code's Accounts menu: one session for the active profile's own Feishu account. Signing
// out there erases the tokens. The session's accessToken is never handed out: other extensions get a placeholder.
import * as vscode from 'vscode';
import { userNameIn } from '../model/mine/me';
import { languageOf } from '../model/text/format';
import type { UserAccounts } from './userAccounts';

export const AUTH_PROVIDER_ID = 'feishuHire';

export class FeishuAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  private last: vscode.AuthenticationSession | undefined;

  constructor(private readonly accounts: UserAccounts) {
    this.disposables = [
      this.changed,
      accounts.onDidChange(() => {
        const before = this.last;
        const now = this.sessionOf();
        this.last = now;
        if (before?.id === now?.id && before?.account.id === now?.account.id) { return; }
        this.changed.fire({ added: now ? [now] : [], removed: before ? [before] : [], changed: [] });
      }),
      vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, vscode.l10n.t('Feishu Hire'), this, { supportsMultipleAccounts: false }),
    ];
    this.last = this.sessionOf();
  }

  private sessionOf(): vscode.AuthenticationSession | undefined {
    const current = this.accounts.current;
    if (!current) { return undefined; }
    const user = current.source.user;
    // The token stays inside the extension: the API calls go through UserTokenSource, which renews and binds it.
    return {
      id: current.profileId,
      accessToken: 'feishu-hire-internal',
      account: { id: user.openId, label: userNameIn(user, languageOf(vscode.env.language)) },
      scopes: [],
    };
  }

  async getSessions(): Promise<vscode.AuthenticationSession[]> {
    await this.accounts.ready;
    const session = this.sessionOf();
    return session ? [session] : [];
  }

  async createSession(): Promise<vscode.AuthenticationSession> {
    await this.accounts.signIn();
    const session = this.sessionOf();
    if (!session) { throw new Error(vscode.l10n.t('The Feishu sign-in did not finish.')); }
    return session;
  }

  async removeSession(sessionId: string): Promise<void> {
    await this.accounts.signOut(sessionId);
  }

  dispose(): void {
    for (const d of this.disposables) { d.dispose(); }
  }
}
