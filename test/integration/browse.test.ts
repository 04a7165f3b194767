// Browsing the sample tenant inside a real VS Code: credentials, tree, Load more, lookup, copy.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { SAMPLE, SHOWCASE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import type { HireNode } from '../../src/model/tree/hireNode';
import { storedCredentials, testingParts } from './testingParts';

async function children(hire: HireTesting, node: HireNode): Promise<HireNode[]> {
  return hire.model.children(node);
}

suite('Browse the sample tenant', () => {
  let fake: FakeFeishu;
  let hire: HireTesting;

  suiteSetup(async () => {
    hire = await testingParts();
    fake = await startFakeFeishu({ port: 0 });
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    await fake.close();
  });

  test('signed out: no roots, so the welcome view shows', async () => {
    assert.strictEqual(hire.session.signedIn, false);
    assert.deepStrictEqual(hire.model.roots(), []);
  });

  test('bad credentials are refused with a clear message and nothing is stored', async () => {
    const stored = await vscode.commands.executeCommand('feishuHire.credentials.setFrom', {
      baseUrl: fake.baseUrl,
      appId: fake.appId,
      appSecret: 'wrong-secret',
    });
    assert.strictEqual(stored, false);
    assert.strictEqual(hire.session.signedIn, false);
    assert.strictEqual(await storedCredentials(hire), undefined);
  });

  test('Set Credentials checks the pair with the service, then signs in', async () => {
    const stored = await vscode.commands.executeCommand('feishuHire.credentials.setFrom', {
      baseUrl: fake.baseUrl,
      appId: fake.appId,
      appSecret: fake.appSecret,
    });
    assert.strictEqual(stored, true);
    assert.strictEqual(hire.session.signedIn, true);
    assert.strictEqual(hire.session.activeProfile?.baseUrl, fake.baseUrl, 'the profile keeps the URL the pair was checked against');
    const roots = hire.model.roots();
    assert.deepStrictEqual(roots.map(r => r.id), ['pinned', 'all']);
  });

  test('All applications lists application nodes with a Load more', async () => {
    const all = hire.model.roots()[1]!;
    const apps = await children(hire, all);
    assert.ok(apps.filter(a => a.kind === 'application').length >= 20, `got ${apps.length}`);
    assert.strictEqual(apps.at(-1)?.kind, 'loadMore');
  });

  test('lookup of a bad or unknown ID pins nothing', async () => {
    const before = hire.model.pinnedIds().length;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', 'abc-123'), false);
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.unknownApplicationId), false);
    assert.strictEqual(hire.model.pinnedIds().length, before);
  });

  test('lookup takes what people paste: the one ID in a link or a chat message; two IDs pin nothing', async () => {
    const before = hire.model.pinnedIds().length;
    const two = `compare ${SAMPLE.appWith7} with ${SAMPLE.appWith49}`;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', two), false);
    assert.strictEqual(hire.model.pinnedIds().length, before);
    const chat = `请看 https://acme.feishu.cn/hire/talent/${SAMPLE.talentEmmaWilson}?application_id=${SAMPLE.appWith7} 谢谢`;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', chat), true);
    assert.ok(hire.model.pinnedIds().includes(SAMPLE.appWith7));
  });

  test('lookup pins and reveals the 120-interview application; Load more reaches its last record', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith120), true);
    const node = hire.model.applicationNode('pinned', SAMPLE.appWith120);
    assert.strictEqual(node.id, `pinned/app/${SAMPLE.appWith120}`);
    assert.ok(hire.model.pinnedIds().includes(SAMPLE.appWith120));
    let kids = await children(hire, node);
    assert.strictEqual(kids.filter(k => k.kind === 'interview').length, 20);
    for (let i = 0; i < 10 && kids.at(-1)?.kind === 'loadMore'; i++) {
      await vscode.commands.executeCommand('feishuHire.tree.loadMore', kids.at(-1));
      kids = await children(hire, node);
    }
    const interviews = kids.filter(k => k.kind === 'interview');
    assert.strictEqual(interviews.length, 120);
    assert.notStrictEqual(kids.at(-1)?.kind, 'loadMore');
    const last = interviews.at(-1)!;
    const records = await children(hire, last);
    assert.ok(records.length > 0 && records[0]!.kind === 'record');
    assert.strictEqual(hire.model.parent(records[0]!), last);
  });

  test('Copy as JSON puts exactly the record the API sent on the clipboard', async () => {
    const node = hire.model.applicationNode('pinned', SAMPLE.appWith120);
    const interview = (await children(hire, node))[0]!;
    const record = (await children(hire, interview))[0]!;
    assert.ok(record.kind === 'record');
    await vscode.commands.executeCommand('feishuHire.item.copyJson', record);
    const copied = JSON.parse(await vscode.env.clipboard.readText());
    assert.deepStrictEqual(copied, record.record.raw);
    assert.strictEqual(typeof copied.id, 'string');
    await vscode.commands.executeCommand('feishuHire.item.copyId', record);
    assert.strictEqual(await vscode.env.clipboard.readText(), record.record.id);
  });

  test('sign out empties the tree and forgets the secret', async () => {
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    assert.strictEqual(hire.session.signedIn, false);
    assert.deepStrictEqual(hire.model.roots(), []);
    assert.strictEqual(await storedCredentials(hire), undefined);
  });

  test('Explore Sample Data works without credentials and leaves the user settings untouched', async () => {
    const baseUrlBefore = vscode.workspace.getConfiguration('feishuHire').get('baseUrl');
    await vscode.commands.executeCommand('feishuHire.sample.explore');
    assert.ok(hire.session.isSample, 'sample mode on');
    assert.strictEqual(hire.treeView.description?.includes('Sample'), true);
    const all = hire.model.roots()[1]!;
    assert.ok((await children(hire, all)).some(n => n.kind === 'application'));
    // Sample mode serves the showcase, not the tests' fixtures (their 120-round application, hostile names).
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SHOWCASE.appZhangWei), true);
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith120), false);
    await vscode.commands.executeCommand('feishuHire.sample.exit');
    assert.strictEqual(hire.session.isSample, false);
    assert.strictEqual(hire.session.signedIn, false);
    assert.strictEqual(vscode.workspace.getConfiguration('feishuHire').get('baseUrl'), baseUrlBefore);
  });
});
