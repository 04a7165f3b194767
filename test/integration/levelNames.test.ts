// Job-level names in record tooltips, and the missing permission named when they cannot be read.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { JOB_LEVEL_SCOPE } from '../../src/fakeFeishu/jobLevelIds';
import { SAMPLE } from '../../src/fakeFeishu/server';
import type { HireNode, RecordNode } from '../../src/model/tree/hireNode';
import { signedInSession } from './signedInSession';

suite('Job-level names', () => {
  const session = signedInSession();

  async function recordWithLevels(): Promise<RecordNode> {
    const model = session.hire.model;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith120), true);
    const app = model.applicationNode('pinned', SAMPLE.appWith120);
    for (const interview of (await model.children(app)).filter(n => n.kind === 'interview')) {
      const record = (await model.children(interview)).find((n): n is RecordNode => n.kind === 'record' && !!n.record.min_job_level_id);
      if (record) { return record; }
    }
    throw new Error('no record with a suggested level');
  }

  async function tooltipOf(node: HireNode): Promise<string> {
    const provider = session.hire.provider;
    const item = await provider.resolveTreeItem(provider.getTreeItem(node), node);
    const tooltip = item.tooltip;
    // appendText writes spaces as &nbsp; and escapes Markdown: read it back as text.
    const markdown = typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '';
    return markdown.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
  }

  test('a record tooltip names the levels, with one job-level request', async () => {
    session.fake.resetStats();
    const record = await recordWithLevels();
    const text = await tooltipOf(record);
    assert.match(text, /Level P\d/);
    assert.ok(!text.includes(record.record.min_job_level_id!), 'the ID is replaced by its name');
    await tooltipOf(record);
    assert.strictEqual(session.fake.stats.count('jobLevels'), 1);
  });

  test('without the permission the ID stays and the tooltip names the permission', async () => {
    session.fake.set({ disabledScopes: [JOB_LEVEL_SCOPE] });
    const { baseUrl, appId, appSecret } = session.fake;
    // A new session makes a new client, which reads the level names again (signing in again with the same
    // credentials changes nothing, so it keeps the client).
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl, appId, appSecret }), true);
    try {
      const record = await recordWithLevels();
      const text = await tooltipOf(record);
      assert.ok(text.includes(record.record.min_job_level_id!), text);
      assert.ok(text.includes(JOB_LEVEL_SCOPE), text);
    } finally {
      session.fake.set({ disabledScopes: [] });
    }
  });
});
