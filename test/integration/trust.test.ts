// Issue #10 at the extension's edges: what another extension, a changed setting or a sign-out can and cannot do.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { apiFor, type HireTesting } from '../../src/extension';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { fetchInterview } from '../../src/model/tree/findNode';
import type { HireNode, MessageNode } from '../../src/model/tree/hireNode';
import { signedInSession } from './signedInSession';
import { readTree, settle } from './testingParts';

/** Every string reachable from a value (objects, arrays, getters' values, functions' names), cycles cut. */
function reachableStrings(root: unknown): string[] {
  const seen = new Set<unknown>();
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      found.push(value);
      return;
    }
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value) || depth > 12) { return; }
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown;
      try {
        child = (value as Record<string | symbol, unknown>)[key];
      } catch {
        continue;
      }
      visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}

async function rootNodes(hire: HireTesting): Promise<HireNode[]> {
  return (await hire.provider.getChildren()) ?? [];
}

suite('Trust: exports, sign-out, bound credentials', () => {
  const session = signedInSession();
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('feishuHire');

  test('what an installed copy exports reaches neither the secret nor the token (#10.1)', async () => {
    const token = await session.hire.session.client!.tokens.get();
    const production = apiFor(vscode.ExtensionMode.Production, 1, session.hire, session.hire.feedback);
    const strings = reachableStrings(production);
    assert.ok(!strings.includes(session.fake.appSecret), 'the app secret is reachable from the exports');
    assert.ok(!strings.includes(token), 'the tenant token is reachable from the exports');
    assert.deepStrictEqual(Object.keys(production), ['activatedInMs']);
    // The walk itself finds a secret nested in objects and arrays.
    assert.ok(reachableStrings({ a: [{ b: { c: session.fake.appSecret } }] }).includes(session.fake.appSecret));
  });

  test('commands hand nothing back to their caller, and act only on nodes the tree holds (#10.1)', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    const app = session.hire.model.applicationNode('pinned', SAMPLE.appWith7);
    const records = (await session.hire.model.children((await session.hire.model.children(app))[0]!)).filter(n => n.kind === 'record');
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.record.showDetails', records[0]), undefined);
    assert.ok(session.hire.scoreDetailsPanel(), 'the panel opened');
    session.hire.scoreDetailsPanel()?.dispose();
    // A forged node (not one of the model's) is ignored: nothing is copied.
    await vscode.env.clipboard.writeText('unchanged');
    await vscode.commands.executeCommand('feishuHire.item.copyJson', { kind: 'record', id: 'forged', record: { raw: { evil: true } } });
    assert.strictEqual(await vscode.env.clipboard.readText(), 'unchanged');
  });

  test('after Sign Out no request leaves with the old credentials, and the details panel closes (#10.4)', async () => {
    const fake = session.fake;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    const app = session.hire.model.applicationNode('pinned', SAMPLE.appWith7);
    const records = (await session.hire.model.children((await session.hire.model.children(app))[0]!)).filter(n => n.kind === 'record');
    await vscode.commands.executeCommand('feishuHire.record.showDetails', records[0]);
    assert.ok(session.hire.scoreDetailsPanel(), 'the panel opened');
    fake.set({ latencyMs: 150 });
    // A walk over 200 pages looking for an interview that is not there: the kind of load the panel's Refresh starts.
    const walk = fetchInterview(session.hire.session.connection!, SAMPLE.appWith10000, '7999999999999999999').catch((e: unknown) => e);
    await settle(500);
    const before = fake.stats.requests.length;
    assert.ok(before > 0);
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    await walk;
    await settle(400); // a request in flight at sign-out is logged by the fake when its reply is due
    const atSignOut = fake.stats.requests.length;
    await settle(1200);
    fake.set({ latencyMs: 0 });
    assert.strictEqual(
      fake.stats.requests.length,
      atSignOut,
      `requests after sign-out: ${JSON.stringify(fake.stats.requests.slice(atSignOut).map(r => r.path))}`,
    );
    assert.strictEqual(session.hire.scoreDetailsPanel(), undefined, 'the details panel closed with the session');
    // Back in for the next tests.
    assert.strictEqual(
      await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret }),
      true,
    );
  });

  /** Rewrites the active profile as stored (another window, a damaged file): the session must not follow blindly. */
  async function tamperActiveProfile(change: Record<string, unknown>): Promise<void> {
    const memento = session.hire.context.globalState;
    const list = memento.get<{ profiles: Record<string, unknown>[]; activeId: string; }>('feishuHire.profiles')!;
    await memento.update('feishuHire.profiles', { ...list, profiles: list.profiles.map(p => p['id'] === list.activeId ? { ...p, ...change } : p) });
    await session.hire.session.reload();
  }

  test('credentials stay bound to the URL they were checked against (#10.8)', async () => {
    const other: FakeFeishu = await startFakeFeishu({ port: 0 });
    try {
      // The setting only says what Set Credentials offers first: a profile is not moved by it.
      for (const value of ['not a url at all', other.baseUrl]) {
        await config().update('baseUrl', value, vscode.ConfigurationTarget.Global);
        await session.hire.session.reload();
        assert.strictEqual(session.hire.session.client?.http.baseUrl, session.fake.baseUrl);
        assert.deepStrictEqual((await rootNodes(session.hire)).map(n => n.id), ['pinned', 'all']);
      }
      await session.hire.model.children(session.hire.model.applicationNode('all', SAMPLE.appWith1));

      // A stored profile whose URL is unusable: no client, a message with Set Credentials.
      await tamperActiveProfile({ baseUrl: 'not a url at all' });
      assert.strictEqual(session.hire.session.client, undefined, 'no client while the URL is unusable');
      let roots = await rootNodes(session.hire);
      assert.strictEqual(roots.length, 1);
      const invalid = roots[0] as MessageNode;
      assert.strictEqual(invalid.kind, 'message');
      assert.match(invalid.text, /not usable/);
      assert.strictEqual((await session.hire.provider.getTreeItem(invalid)).command?.command, 'feishuHire.credentials.set');

      // Another valid URL than the one the secret was checked against: the secret is not sent there.
      await tamperActiveProfile({ baseUrl: other.baseUrl });
      roots = await rootNodes(session.hire);
      const moved = roots[0] as MessageNode;
      assert.strictEqual(moved.kind, 'message');
      assert.strictEqual((await session.hire.provider.getTreeItem(moved)).command?.command, 'feishuHire.credentials.set');
      assert.strictEqual(other.stats.requests.length, 0, 'nothing reached the other server');

      // The URL they were checked against: connected again without re-entering anything.
      await tamperActiveProfile({ baseUrl: session.fake.baseUrl });
      assert.ok(session.hire.session.client, 'connected again');
      assert.deepStrictEqual((await rootNodes(session.hire)).map(n => n.id), ['pinned', 'all']);
    } finally {
      await tamperActiveProfile({ baseUrl: session.fake.baseUrl });
      await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
      await other.close();
    }
  });

  test('a base URL with a password or a query is masked in the log (#10.8)', async () => {
    try {
      await config().update('baseUrl', 'https://user:hunter2@proxy.example/?key=s3cr3t', vscode.ConfigurationTarget.Global);
      await session.hire.session.reload();
      await tamperActiveProfile({ baseUrl: 'https://user:hunter3@proxy.example/?key=s3cr3t3' });
      assert.strictEqual(session.hire.session.state.kind, 'blocked');
    } finally {
      await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
      await tamperActiveProfile({ baseUrl: session.fake.baseUrl });
    }
    session.hire.log.info('trust test: masked URL written');
    await settle(1500); // the log file is written asynchronously
    const logText = readTree(session.hire.context.logUri.fsPath);
    assert.match(logText, /trust test: masked URL written/);
    assert.match(logText, /feishuHire\.baseUrl/, 'the bad setting was logged');
    assert.match(logText, /proxy\.example/, 'the bad profile URL was logged');
    for (const secret of ['hunter2', 's3cr3t', 'hunter3']) {
      assert.ok(!logText.includes(secret), `${secret} (a password or a query) is in the log`);
    }
  });

  test('one sign-in and one sign-out are one transition each: one reset of the tree, not two or three (#10)', async () => {
    const fake = session.fake;
    const states: string[] = [];
    const subscription = session.hire.session.onDidChange(change => states.push(change.state.kind));
    try {
      await vscode.commands.executeCommand('feishuHire.credentials.signOut');
      // Setting the base URL and storing the secret both raise events of their own: they must change nothing more.
      assert.strictEqual(
        await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl: fake.baseUrl, appId: fake.appId, appSecret: fake.appSecret }),
        true,
      );
      await settle(1000);
    } finally {
      subscription.dispose();
    }
    assert.deepStrictEqual(states, ['signedOut', 'connected']);
    assert.strictEqual(session.hire.treeView.description, session.hire.session.activeProfile?.name, 'the description names the profile');
  });

  test('tree items through the provider: message actions run what they say (#10)', async () => {
    session.fake.set({ wrongDomain: true });
    const node = session.hire.model.applicationNode('all', SAMPLE.appWith1);
    const children = await session.hire.provider.getChildren(node) ?? [];
    session.fake.set({ wrongDomain: false });
    const error = children.find((c): c is MessageNode => c.kind === 'message');
    assert.ok(error, 'an error node');
    const item = await session.hire.provider.getTreeItem(error);
    // Switching between Feishu and Lark is done in Set Credentials.
    assert.strictEqual(item.command?.command, 'feishuHire.credentials.set');
    assert.match(String(item.description), /Set Credentials/);
    const resolved = await session.hire.provider.resolveTreeItem(item, error);
    const tooltip = resolved.tooltip as vscode.MarkdownString | string | undefined;
    assert.match(typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '', /open\.larksuite\.com/, `${error.text} / ${JSON.stringify(tooltip)}`);
  });
});
