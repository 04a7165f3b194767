// Issue #22, in the real extension host: a person's tokens live only in SecretStorage, under their profile, and
// Sign Out and Remove Profile erase them; nothing of them reaches the settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { CredentialStore } from '../../src/credentials/credentialStore';
import type { HireTesting } from '../../src/extension';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { testingParts, until } from './testingParts';

suite('Sign in as yourself (#22)', () => {
  let hire: HireTesting;
  let fake: FakeFeishu;
  const userKey = (id: string): string => `feishuHire.profile.${id}.user`;
  const session = {
    baseUrl: '',
    appId: 'cli_user_app',
    user: { openId: 'ou_me', name: '张伟' },
    tokens: {
      accessToken: 'u-secret-access-token',
      expiresAtMs: Date.now() + 3_600_000,
      refreshToken: 'ur-secret-refresh',
      refreshExpiresAtMs: Date.now() + 86_400_000,
      scope: [],
    },
  };

  suiteSetup(async () => {
    hire = await testingParts();
    await hire.session.ready;
    fake = await startFakeFeishu({ port: 0, appId: 'cli_user_app', appSecret: 'secret-of-the-user-app' });
    session.baseUrl = fake.baseUrl;
  });

  suiteTeardown(async () => {
    for (const p of hire.session.profiles.filter(p => p.baseUrl === fake.baseUrl)) { await hire.session.removeProfile(p.id); }
    await fake.close();
  });

  const signInAsApp = async (): Promise<string> => {
    const ok = await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret });
    assert.strictEqual(ok, true);
    const id = hire.session.activeProfile?.id;
    assert.ok(id);
    return id;
  };

  test('Sign Out erases the person\'s tokens with the app secret; they never reach the settings', async () => {
    const id = await signInAsApp();
    const store = new CredentialStore(hire.context.secrets);
    await store.storeUser(id, session);
    assert.match((await hire.context.secrets.get(userKey(id))) ?? '', /ur-secret-refresh/);
    const settings = JSON.stringify(vscode.workspace.getConfiguration('feishuHire'));
    assert.ok(!settings.includes('u-secret-access-token') && !settings.includes('ur-secret-refresh'));
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    assert.strictEqual(await hire.context.secrets.get(userKey(id)), undefined, 'the tokens are erased');
    assert.strictEqual(await store.getUser(id), undefined);
    store.dispose();
  });

  test('signed in as myself, Only Mine keeps my debts, matched by the profile\'s ID type; Copy Reminder leaves me out', async () => {
    const id = await signInAsApp();
    const { model } = hire.feedback;
    await vscode.commands.executeCommand('feishuHire.feedbackOwed.focus');
    await until('the queue loaded', () => model.hasLoaded && !model.isLoading);
    const [first] = model.owedGroups();
    assert.ok(first && first.interviewerKey.startsWith('ou_'), 'an open_id profile names interviewers by open_id');
    const store = new CredentialStore(hire.context.secrets);
    await store.storeUser(id, { ...session, baseUrl: fake.baseUrl, user: { openId: first.interviewerKey, unionId: 'on_not_used', name: '我' } });
    await until('the sign-in is known as me', () => hire.identity?.signedIn?.ids.has(first.interviewerKey) === true);
    await vscode.commands.executeCommand('feishuHire.feedback.onlyMine');
    assert.strictEqual(model.onlyMine, true);
    assert.deepStrictEqual(model.owedGroups().map(g => g.interviewerKey), [first.interviewerKey]);
    await vscode.commands.executeCommand('feishuHire.feedback.everyone');
    assert.ok(!model.remindable().some(g => g.interviewerKey === first.interviewerKey));
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    assert.strictEqual(model.onlyMine, false);
    store.dispose();
  });

  test('Remove Profile erases them too', async () => {
    const id = await signInAsApp();
    const store = new CredentialStore(hire.context.secrets);
    await store.storeUser(id, session);
    assert.ok(await store.getUser(id));
    await hire.session.removeProfile(id);
    assert.strictEqual(await hire.context.secrets.get(userKey(id)), undefined);
    store.dispose();
  });
});
