// A whole session, then a search for the app secret and the token everywhere a user could see them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { readTree, testingParts, until } from './testingParts';

suite('Secrets never leak', () => {
  let fake: FakeFeishu;
  let hire: HireTesting;

  suiteSetup(async () => {
    hire = await testingParts();
    fake = await startFakeFeishu({ port: 0 });
  });

  suiteTeardown(async () => {
    hire.scoreDetailsPanel()?.dispose();
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    await fake.close();
  });

  test('log, settings, clipboard and webview hold neither the app secret nor the token', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret }),
      true,
    );
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    const app = hire.model.applicationNode('pinned', SAMPLE.appWith7);
    const interviews = await hire.model.children(app);
    const records = await hire.model.children(interviews[0]!);
    const record = records.find(r => r.kind === 'record');
    assert.ok(record);
    await vscode.commands.executeCommand('feishuHire.item.copyJson', record);
    const clipboard = await vscode.env.clipboard.readText();
    await vscode.commands.executeCommand('feishuHire.record.showDetails', record);
    const panel = hire.scoreDetailsPanel();
    assert.ok(panel, 'the score details panel opened');
    const token = await hire.session.client!.tokens.get();
    assert.match(token, /^t-/);
    // A wrong secret too: the failed check must not log what was typed.
    await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: 'typo-secret-1234567' });
    hire.log.info('security test: end of session');
    // The log file is written asynchronously: wait for the line just logged, so every earlier one is in.
    const logFile = (): string => readTree(hire.context.logUri.fsPath);
    await until('the log file holds the last line logged', () => logFile().includes('security test: end of session'));
    const logText = logFile();
    assert.ok(logText.includes('/open-apis/hire/v1/applications/'), 'the log file was found and has request lines');
    const settings = JSON.stringify(vscode.workspace.getConfiguration('feishuHire').inspect('baseUrl')) +
      JSON.stringify(vscode.workspace.getConfiguration('feishuHire'));
    const places: Record<string, string> = { log: logText, settings, clipboard, webview: panel.panel.webview.html };
    for (const [where, text] of Object.entries(places)) {
      for (const secret of [fake.appSecret, token, 'typo-secret-1234567']) {
        assert.ok(!text.includes(secret), `${where} contains a secret`);
      }
    }
  });
});
