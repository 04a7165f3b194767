// Suite fixture: a fake Feishu server of the suite's own, signed in through the extension's credential flow.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { testingParts } from './testingParts';

export interface SignedInSession {
  hire: HireTesting;
  fake: FakeFeishu;
}

/** Registers suiteSetup/suiteTeardown; the returned object is filled in before the first test runs. */
export function signedInSession(): SignedInSession {
  const session = {} as SignedInSession;
  suiteSetup(async () => {
    session.hire = await testingParts();
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
