// Issue #14, last-known data inside the extension host: saved encrypted after loading, shown again for the same
// profile with no request, erased by Sign Out and by turning the setting off. (A real window reload: test/ui.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SAMPLE } from '../../src/fakeFeishu/server';
import type { HireNode } from '../../src/model/tree/hireNode';
import { signedInSession } from './signedInSession';
import { until, settle } from './testingParts';

suite('Last-known data (#14)', () => {
  const session = signedInSession();
  const folder = (): string => path.join(session.hire.context.globalStorageUri.fsPath, 'lastKnown');
  const files = (): string[] => fs.existsSync(folder()) ? fs.readdirSync(folder()) : [];
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('feishuHire');

  /** Until the profile's file exists and has not changed for longer than the save delay: everything loaded is in it. */
  async function savedAndQuiet(profileId: string): Promise<void> {
    const file = (): string => path.join(folder(), `${profileId}.lastknown`);
    const stamp = (): number => fs.existsSync(file()) ? fs.statSync(file()).mtimeMs : 0;
    const deadline = Date.now() + 30_000;
    for (let last = -1;;) {
      const now = stamp();
      if (now !== 0 && now === last) { return; }
      if (Date.now() > deadline) { throw new Error('the saved tree kept changing for 30 s'); }
      last = now;
      await settle(2500);
    }
  }

  /** What the tree shows: root, applications under it, their interviews (as the provider hands them to VS Code). */
  async function visibleIds(appIds: string[]): Promise<string[]> {
    const provider = session.hire.provider;
    const roots = await provider.getChildren() ?? [];
    const ids: string[] = roots.map(r => r.id);
    const pinned = roots.find(r => r.id === 'pinned') as HireNode;
    for (const app of await provider.getChildren(pinned) ?? []) {
      ids.push(app.id);
      if (app.kind === 'application' && appIds.includes(app.applicationId)) {
        ids.push(...(await provider.getChildren(app) ?? []).map(n => n.id));
      }
    }
    return ids;
  }

  test('loaded data is saved encrypted and comes back for the same profile with no request', async () => {
    const hire = session.hire;
    const profile = hire.session.activeProfile!;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    const before = await visibleIds([SAMPLE.appWith7]);
    assert.ok(before.some(id => id.includes('/iv/')), `interviews are shown: ${before.join(' ')}`);
    await savedAndQuiet(profile.id);
    const bytes = fs.readFileSync(path.join(folder(), `${profile.id}.lastknown`));
    for (const plain of [SAMPLE.appWith7, 'interview_record_list', 'interviewer']) {
      assert.ok(!bytes.includes(Buffer.from(plain)), `"${plain}" is readable in the saved file`);
    }

    // Away to sample data and back: the session rebuilds, the model starts empty, the saved tree is restored.
    await hire.session.enterSample();
    await hire.session.exitSample();
    session.fake.resetStats();
    const after = await visibleIds([SAMPLE.appWith7]);
    assert.deepStrictEqual(after, before, 'the same rows');
    assert.strictEqual(session.fake.stats.requests.length, 0, `requests at start: ${JSON.stringify(session.fake.stats.requests.map(r => r.path))}`);
    assert.match(hire.treeView.message ?? '', /as of/);

    // Something new is asked for: requests, and the saved data grows.
    const other = hire.model.applicationNode('pinned', SAMPLE.appWith49);
    assert.ok((await hire.model.children(other)).some(n => n.kind === 'interview'));
    assert.ok(session.fake.stats.requests.length > 0);
  });

  test('one transition handler: the tree and the queue start again for the new connection, then last-known data is restored with no request (#17)', async () => {
    const hire = session.hire;
    const profile = hire.session.activeProfile!;
    await hire.feedback.model.refresh();
    assert.ok(hire.feedback.model.hasLoaded, 'the queue loaded for this connection');
    await savedAndQuiet(profile.id);
    const before = await visibleIds([SAMPLE.appWith7]);
    // Registered long after the extension's own handler: whatever runs after it sees only the new connection.
    const seen: string[] = [];
    const subscription = hire.session.onDidChange(({ connection }) => {
      seen.push(`tree bound ${hire.model.connection === connection}, queue empty ${!hire.feedback.model.hasLoaded}`);
    });
    try {
      await hire.session.enterSample();
      await hire.session.exitSample();
    } finally {
      subscription.dispose();
    }
    assert.deepStrictEqual(seen, ['tree bound true, queue empty true', 'tree bound true, queue empty true']);
    session.fake.resetStats();
    assert.deepStrictEqual(await visibleIds([SAMPLE.appWith7]), before, 'the same rows, restored');
    assert.strictEqual(session.fake.stats.requests.length, 0, `requests: ${JSON.stringify(session.fake.stats.requests.map(r => r.path))}`);
    assert.match(hire.treeView.message ?? '', /as of/);
  });

  test('a switch right after something loaded keeps it: the save still due is written, not dropped', async () => {
    const hire = session.hire;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith51), true);
    const before = await visibleIds([SAMPLE.appWith51]);
    assert.ok(before.some(id => id.includes(`${SAMPLE.appWith51}/iv/`)), `its interviews are shown: ${before.join(' ')}`);
    // Away at once, well within the save delay after the rows arrived, and back.
    await hire.session.enterSample();
    await hire.session.exitSample();
    session.fake.resetStats();
    assert.deepStrictEqual(await visibleIds([SAMPLE.appWith51]), before, 'the same rows, restored');
    assert.strictEqual(session.fake.stats.requests.length, 0, `requests: ${JSON.stringify(session.fake.stats.requests.map(r => r.path))}`);
  });

  test('changes that never pause for the save delay are still saved within a few seconds', async () => {
    const hire = session.hire;
    const profile = hire.session.activeProfile!;
    const file = path.join(folder(), `${profile.id}.lastknown`);
    const stamp = (): number => fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
    const start = stamp();
    // A change every 500 ms, as names arriving one application after another raise them, for 8 s.
    let saved = false;
    for (let i = 0; i < 16 && !saved; i++) {
      hire.model.setFilter({ ...hire.model.filter });
      await settle(500);
      saved = stamp() > start;
    }
    assert.ok(saved, 'nothing was saved in 8 s of steady changes');
  });

  test('Refresh replaces last-known data and the "as of" note goes', async () => {
    await vscode.commands.executeCommand('feishuHire.tree.refresh');
    await until('the note to go', () => !/as of/.test(session.hire.treeView.message ?? ''));
    assert.strictEqual(session.hire.model.restoredAt, undefined);
  });

  test('Sign Out erases the saved data and its key; the setting off erases it and saves nothing', async () => {
    const hire = session.hire;
    const profile = hire.session.activeProfile!;
    await until('the tree to be saved', () => files().some(f => f.startsWith(profile.id)));
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    assert.deepStrictEqual(files().filter(f => f.startsWith(profile.id)), [], 'the file is gone');
    assert.strictEqual(await hire.context.secrets.get(`feishuHire.profile.${profile.id}.dataKey`), undefined, 'the key is gone');
    await settle(2000);
    assert.deepStrictEqual(files().filter(f => f.startsWith(profile.id)), [], 'nothing was saved after sign-out');

    const { baseUrl, appId, appSecret } = session.fake;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl, appId, appSecret }), true);
    assert.ok((await hire.model.children(hire.model.applicationNode('pinned', SAMPLE.appWith7))).length > 0);
    await until('the tree to be saved again', () => files().some(f => f.startsWith(profile.id)));
    try {
      await config().update('keepLastKnownData', false, vscode.ConfigurationTarget.Global);
      await until('the file to be erased', () => !files().some(f => f.startsWith(profile.id)));
      await hire.model.children(hire.model.applicationNode('pinned', SAMPLE.appWith49));
      await settle(2500);
      assert.deepStrictEqual(files().filter(f => f.startsWith(profile.id)), [], 'nothing is saved while off');
    } finally {
      await config().update('keepLastKnownData', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
