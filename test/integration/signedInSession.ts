// Suite fixture: a fake Feishu server of the suite's own, signed in through the extension's credential flow.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FeishuHireApi } from '../../src/extension';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';

export interface SignedInSession {
  hire: FeishuHireApi;
  fake: FakeFeishu;
}

/** Registers suiteSetup/suiteTeardown; the returned object is filled in before the first test runs. */
export function signedInSession(): SignedInSession {
  const session = {} as SignedInSession;
  suiteSetup(async () => {
    session.hire = await vscode.extensions.getExtension<FeishuHireApi>('feishu-hire-tools.feishu-hire-interviews')!.activate();
    session.fake = await startFakeFeishu({ port: 0 });
    const { baseUrl, appId, appSecret } = session.fake;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl, appId, appSecret }), true);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    await session.fake.close();
  });
  return session;
}
