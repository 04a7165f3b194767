// Issue #14, profiles: two named connections on two servers (a Feishu one and a Lark one), each with its own
// secret, pinned applications and data; switching, removing, and moving a single pre-profile app into a profile.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { CredentialStore } from '../../src/credentials/credentialStore';
import type { HireTesting } from '../../src/extension';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { HireSession } from '../../src/session/hireSession';
import { ProfileStore } from '../../src/session/profileStore';
import { settle, testingParts } from './testingParts';

/** A Memento of the test's own: the migration is checked without touching the running extension's state. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? this.values.get(key) as T : fallback;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) { this.values.delete(key); } else { this.values.set(key, value); }
    return Promise.resolve();
  }
}

suite('Profiles (#14)', () => {
  let hire: HireTesting;
  let feishu: FakeFeishu;
  let lark: FakeFeishu;
  const credentialsKey = (id: string): string => `feishuHire.profile.${id}.credentials`;
  const profileNamed = (name: string) => hire.session.profiles.find(p => p.name === name);
  const pinnedRoot = async (): Promise<string[]> => {
    const pinned = hire.model.roots().find(r => r.id === 'pinned');
    assert.ok(pinned, 'signed in: a pinned root');
    return (await hire.model.children(pinned)).map(n => n.id);
  };

  suiteSetup(async () => {
    hire = await testingParts();
    await hire.session.ready;
    feishu = await startFakeFeishu({ port: 0, appId: 'cli_feishu_tenant_a', appSecret: 'secret-of-the-feishu-app' });
    lark = await startFakeFeishu({ port: 0, appId: 'cli_lark_tenant_b', appSecret: 'secret-of-the-lark-app' });
  });

  suiteTeardown(async () => {
    for (const name of ['Tenant A (Feishu)', 'Tenant B (Lark)']) {
      const p = profileNamed(name);
      if (p) { await hire.session.removeProfile(p.id); }
    }
    await feishu.close();
    await lark.close();
  });

  test('two profiles on two servers: each one\'s secret, pinned applications and requests stay apart', async () => {
    assert.strictEqual(
      await vscode.commands.executeCommand('feishuHire.credentials.setFrom', {
        baseUrl: feishu.baseUrl,
        appId: feishu.appId,
        appSecret: feishu.appSecret,
        profile: 'Tenant A (Feishu)',
      }),
      true,
    );
    const a = profileNamed('Tenant A (Feishu)');
    assert.ok(a);
    assert.strictEqual(hire.session.activeProfile?.id, a.id);
    assert.match(hire.treeView.description ?? '', /Tenant A \(Feishu\)/);
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    assert.deepStrictEqual(await pinnedRoot(), [`pinned/app/${SAMPLE.appWith7}`]);

    const larkBefore = lark.stats.requests.length;
    assert.strictEqual(larkBefore, 0);
    assert.strictEqual(
      await vscode.commands.executeCommand('feishuHire.credentials.setFrom', {
        baseUrl: lark.baseUrl,
        appId: lark.appId,
        appSecret: lark.appSecret,
        profile: 'Tenant B (Lark)',
      }),
      true,
    );
    const b = profileNamed('Tenant B (Lark)');
    assert.ok(b);
    assert.strictEqual(hire.session.activeProfile?.id, b.id, 'the new profile is active');
    assert.match(hire.treeView.description ?? '', /Tenant B \(Lark\)/);
    assert.deepStrictEqual(await pinnedRoot(), [`pinned/msg/empty`], 'B does not see what A pinned');
    assert.strictEqual(hire.model.node(`pinned/app/${SAMPLE.appWith7}`), undefined, 'no node of A is left');
    await settle(500);
    const feishuAtSwitch = feishu.stats.requests.length;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith49), true);
    assert.deepStrictEqual(await pinnedRoot(), [`pinned/app/${SAMPLE.appWith49}`]);
    assert.strictEqual(feishu.stats.requests.length, feishuAtSwitch, 'B\'s requests went to B\'s server only');
    assert.ok(lark.stats.requests.some(r => r.route === 'token'), 'B traded B\'s secret at B\'s server');

    // Each secret under its own profile, the other's nowhere in it.
    const secretA = await hire.context.secrets.get(credentialsKey(a.id)) ?? '';
    const secretB = await hire.context.secrets.get(credentialsKey(b.id)) ?? '';
    assert.ok(secretA.includes(feishu.appSecret) && !secretA.includes(lark.appSecret));
    assert.ok(secretB.includes(lark.appSecret) && !secretB.includes(feishu.appSecret));

    // Back to A: A's pinned list, A's server; B's server hears nothing more.
    await hire.session.switchProfile(a.id);
    await settle(500); // a request B's background work had sent before the switch is logged when it arrives
    const larkAtSwitch = lark.stats.requests.length;
    assert.deepStrictEqual(await pinnedRoot(), [`pinned/app/${SAMPLE.appWith7}`]);
    const app = hire.model.applicationNode('pinned', SAMPLE.appWith7);
    assert.ok((await hire.model.children(app)).some(n => n.kind === 'interview'));
    await settle(500);
    assert.strictEqual(
      lark.stats.requests.length,
      larkAtSwitch,
      `nothing reached B's server while A is active: ${JSON.stringify(lark.stats.requests.slice(larkAtSwitch).map(r => r.path))}`,
    );
    assert.notStrictEqual(hire.session.connection?.identity, undefined);
    assert.ok(hire.session.connection?.identity?.startsWith(`${a.id}|`), 'the data is A\'s');
  });

  test('the details panel of one profile closes when another becomes active', async () => {
    const a = profileNamed('Tenant A (Feishu)')!;
    const b = profileNamed('Tenant B (Lark)')!;
    await hire.session.switchProfile(a.id);
    const app = hire.model.applicationNode('pinned', SAMPLE.appWith7);
    const interview = (await hire.model.children(app)).find(n => n.kind === 'interview')!;
    const record = (await hire.model.children(interview)).find(n => n.kind === 'record')!;
    await vscode.commands.executeCommand('feishuHire.record.showDetails', record);
    assert.ok(hire.scoreDetailsPanel(), 'the panel opened');
    await hire.session.switchProfile(b.id);
    assert.strictEqual(hire.scoreDetailsPanel(), undefined, 'A\'s interviewers\' notes do not stay open under B');
  });

  test('rename changes the name shown, not the connection; remove erases the secret and pinned list', async () => {
    const b = profileNamed('Tenant B (Lark)')!;
    await hire.session.switchProfile(b.id);
    const client = hire.session.client;
    await hire.session.renameProfile(b.id, '  Tenant\u202e B\n (Lark)  ');
    assert.strictEqual(hire.session.client, client, 'a rename keeps the client');
    assert.strictEqual(hire.session.activeProfile?.name, 'Tenant B (Lark)', 'control and bidi characters are folded away');
    assert.match(hire.treeView.description ?? '', /Tenant B \(Lark\)/);

    await hire.session.removeProfile(b.id);
    assert.strictEqual(profileNamed('Tenant B (Lark)'), undefined);
    assert.strictEqual(await hire.context.secrets.get(credentialsKey(b.id)), undefined, 'the secret is erased');
    assert.strictEqual(hire.context.globalState.get(`feishuHire.profile.${b.id}.pinned`), undefined, 'the pinned list is erased');
    assert.notStrictEqual(hire.session.activeProfile?.id, b.id, 'another profile is active');
  });

  test('sign out erases the active profile\'s secret and keeps the profile; Set Credentials fills it again', async () => {
    const a = profileNamed('Tenant A (Feishu)')!;
    await hire.session.switchProfile(a.id);
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    assert.strictEqual(hire.session.signedIn, false);
    assert.strictEqual(await hire.context.secrets.get(credentialsKey(a.id)), undefined);
    assert.ok(profileNamed('Tenant A (Feishu)'), 'the profile stays, signed out');
    assert.match(hire.treeView.description ?? '', /Tenant A \(Feishu\)/);
    assert.strictEqual(
      await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl: feishu.baseUrl, appId: feishu.appId, appSecret: feishu.appSecret }),
      true,
    );
    assert.strictEqual(hire.session.activeProfile?.id, a.id, 'the same profile, signed in again');
    assert.deepStrictEqual(await pinnedRoot(), [`pinned/app/${SAMPLE.appWith7}`], 'its pinned list survived sign-out');
  });

  test('an app stored before profiles becomes a profile without re-entering anything', async () => {
    const memento = new MemoryMemento();
    await memento.update('feishuHire.pinnedApplications', [SAMPLE.appWith1]);
    const legacy = JSON.stringify({ appId: lark.appId, appSecret: lark.appSecret, baseUrl: lark.baseUrl });
    await hire.context.secrets.store('feishuHire.credentials', legacy);
    const credentials = new CredentialStore(hire.context.secrets);
    const session = new HireSession({
      credentials,
      profiles: new ProfileStore(memento),
      log: hire.log,
      sample: { start: () => Promise.reject(new Error('not in this test')), memento },
    });
    try {
      await session.ready;
      assert.strictEqual(session.state.kind, 'connected');
      assert.strictEqual(session.profiles.length, 1);
      const migrated = session.activeProfile!;
      assert.strictEqual(migrated.baseUrl, lark.baseUrl);
      assert.strictEqual(migrated.appId, lark.appId);
      assert.deepStrictEqual(session.connection?.pinned.get(), [SAMPLE.appWith1], 'the pinned list moved with it');
      assert.strictEqual(memento.get('feishuHire.pinnedApplications'), undefined);
      assert.strictEqual(await hire.context.secrets.get('feishuHire.credentials'), undefined, 'the old key is gone');
      assert.ok((await hire.context.secrets.get(credentialsKey(migrated.id)))?.includes(lark.appSecret));
      await session.removeProfile(migrated.id);
      assert.strictEqual(await hire.context.secrets.get(credentialsKey(migrated.id)), undefined);
    } finally {
      session.dispose();
      credentials.dispose();
      await hire.context.secrets.delete('feishuHire.credentials');
    }
  });
});
