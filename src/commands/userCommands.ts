// Sign In with Feishu / Sign Out of Feishu: the person's own account, through VS Code's authentication API so the
// account shows in the Accounts menu.
import * as vscode from 'vscode';
import { userNameIn } from '../model/mine/me';
import { languageOf } from '../model/text/format';
import { AUTH_PROVIDER_ID } from '../session/feishuAuthProvider';
import type { UserAccounts } from '../session/userAccounts';
import { showInfo } from '../notifications';
import { registerCommand } from './registerCommand';

export function registerUserCommands(log: vscode.LogOutputChannel, accounts: UserAccounts): vscode.Disposable[] {
  return [
    registerCommand(log, 'feishuHire.user.signIn', async () => {
      const session = accounts.current ? undefined : await accounts.signIn();
      if (accounts.current === undefined) { return; }
      // Asking for the session once puts the account in the Accounts menu, where it can also sign out.
      await vscode.authentication.getSession(AUTH_PROVIDER_ID, [], { silent: true });
      if (session) { void showInfo(vscode.l10n.t('Signed in to Feishu as {0}.', userNameIn(session.user, languageOf(vscode.env.language)))); }
    }),
    registerCommand(log, 'feishuHire.user.signOut', async () => {
      await accounts.signOut();
    }),
  ];
}
