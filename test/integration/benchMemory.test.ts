// Bench only (skipped unless FEISHU_HIRE_BENCH_OUT is set): heap growth of the extension host with the
// sample's 10,000 interviews loaded through the extension's own model. The fake runs in a child process,
// so its memory is not counted.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { SAMPLE } from '../../src/fakeFeishu/sampleTenant';
import { benchOut, writeBenchFigures } from './benchOut';
import { hostGc, settledMemory, sleep, startFakeProcess, waitFor } from './benchHost';
import { testingParts } from './testingParts';

(benchOut ? suite : suite.skip)('benchmark: memory inside the extension host', () => {
  let hire: HireTesting;
  let fake: Awaited<ReturnType<typeof startFakeProcess>> | undefined;
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('feishuHire');

  suiteSetup(async () => {
    hire = await testingParts();
    fake = await startFakeProcess();
    // The largest page the seed endpoint allows, as the benchmark's other paging figures use.
    await config().update('pageSize', 50, vscode.ConfigurationTarget.Global);
    await waitFor('the page size setting', () => hire.session.settings.pageSize === 50);
    const { baseUrl, appId, appSecret } = fake;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl, appId, appSecret }), true);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    await config().update('pageSize', undefined, vscode.ConfigurationTarget.Global);
    fake?.child.kill();
  });

  test('memory with 10,000 interviews loaded (the benchmark reads it)', async function() {
    this.timeout(180_000);
    const gc = hostGc();
    const model = hire.model;
    const before = await settledMemory(gc);
    const app = model.applicationNode('all', SAMPLE.appWith10000);
    let kids = await model.children(app);
    while (kids.at(-1)?.kind === 'loadMore') {
      await model.loadMore(app.id);
      kids = await model.children(app);
    }
    const interviews = kids.filter(k => k.kind === 'interview').length;
    assert.strictEqual(interviews, 10_000, `loaded ${interviews} interviews`);
    // The names the tree asks for in the background come in too: wait for them, then measure.
    await sleep(3000);
    const after = await settledMemory(gc);
    writeBenchFigures({
      memoryGrowthMB: (after - before) / 1024 / 1024,
      memoryInterviews: interviews,
      memoryGcAvailable: gc !== undefined,
      memoryNodeVersion: process.version,
    });
    // Kept alive until measured: the tree holds these nodes while they are shown.
    assert.ok(kids.length >= 10_000);
  });
});
