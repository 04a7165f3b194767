// Explore Sample Data: the bundled fake Feishu server on loopback, so anyone can try the extension.
import * as vscode from 'vscode';
import { startFakeFeishu } from '../fakeFeishu/server';
import type { HireParts } from './parts';

const t = vscode.l10n.t;

export async function exploreSample(parts: HireParts): Promise<void> {
  if (parts.connection.sample) {
    await vscode.commands.executeCommand('feishuHire.interviews.focus');
    return;
  }
  const fake = await startFakeFeishu({ port: 0, host: '127.0.0.1' });
  parts.log.info(`Sample data: fake Feishu server on ${fake.baseUrl}`);
  await parts.connection.enterSample({ baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret, close: () => fake.close() });
  await parts.reconnect();
  await vscode.commands.executeCommand('feishuHire.interviews.focus');
  void vscode.window.setStatusBarMessage(t('$(beaker) Feishu Hire: showing sample data'), 4000);
}

export function registerSampleCommands(parts: HireParts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('feishuHire.sample.explore', () => exploreSample(parts)),
    vscode.commands.registerCommand('feishuHire.sample.exit', async () => {
      if (!parts.connection.sample) { return; }
      await parts.connection.exitSample();
      await parts.reconnect();
      parts.log.info('Left sample data mode');
    }),
  ];
}
