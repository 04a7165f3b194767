// Explore Sample Data: the bundled fake Feishu server on loopback, so anyone can try the extension.
import * as vscode from 'vscode';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';

const t = vscode.l10n.t;

async function exploreSample(parts: HireParts): Promise<void> {
  if (!parts.session.isSample) {
    await parts.session.enterSample();
    void vscode.window.setStatusBarMessage(t('$(beaker) Feishu Hire: showing sample data'), 4000);
  }
  await vscode.commands.executeCommand('feishuHire.interviews.focus');
}

export function registerSampleCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.sample.explore', () => exploreSample(parts)),
    registerCommand(parts.log, 'feishuHire.sample.exit', () => parts.session.exitSample()),
  ];
}
