// Set Credentials, Add Profile and Sign Out. The prompts and the check are credentialsPrompts, in the features
// bundle: loaded by the first of them, not at activation.
import * as vscode from 'vscode';
import { features } from '../loadFeatures';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;

export function registerCredentialsCommands(parts: HireParts): vscode.Disposable[] {
  const registrations = [
    registerCommand(parts.log, 'feishuHire.credentials.set', () => features().setCredentials(parts)),
    registerCommand(parts.log, 'feishuHire.profile.add', () => features().addProfile(parts)),
    registerCommand(parts.log, 'feishuHire.credentials.signOut', async () => {
      await parts.session.signOut();
      void vscode.window.setStatusBarMessage(t('Feishu Hire: signed out'), 4000);
    }),
  ];
  // A command any extension could call to store a secret of its choosing exists only under the test runner.
  if (parts.context.extensionMode === vscode.ExtensionMode.Test) {
    registrations.push(registerCommand(parts.log, 'feishuHire.credentials.setFrom', preset => features().setCredentialsFrom(parts, preset)));
  }
  return registrations;
}
