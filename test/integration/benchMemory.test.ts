// Bench only (skipped unless FEISHU_HIRE_BENCH_OUT is set): heap growth of the extension host with the
// sample's 10,000 interviews loaded through the extension's own model. The fake runs in a child process,
// so its memory is not counted.
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { createInterface } from 'readline';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { SAMPLE } from '../../src/fakeFeishu/sampleTenant';
import { benchOut, writeBenchFigures } from './benchOut';
import { testingParts } from './testingParts';

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The host's own gc when it can be had (flags set at run time); otherwise undefined and the medians carry the figure. */
function hostGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? gc as () => void : undefined;
  } catch {
    return undefined;
  }
}

/** heapUsed + external in bytes: the median of several readings after a settle, each after a gc when there is one. */
async function settledMemory(gc: (() => void) | undefined): Promise<number> {
  await sleep(500);
  const readings: number[] = [];
  for (let i = 0; i < 7; i++) {
    gc?.();
    const m = process.memoryUsage();
    readings.push(m.heapUsed + m.external);
    await sleep(150);
  }
  return median(readings);
}

async function startFakeProcess(): Promise<{ child: ChildProcess; baseUrl: string; appId: string; appSecret: string; }> {
  const script = path.join(__dirname, '..', '..', '..', 'dist', 'fakeFeishu.js');
  const child = spawn(process.execPath, [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fake Feishu process did not start within 20 s')), 20_000);
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`the fake Feishu process exited (${code})`));
    });
    createInterface({ input: child.stdout! }).once('line', l => {
      clearTimeout(timer);
      resolve(l);
    });
  });
  return { child, ...(JSON.parse(line) as { baseUrl: string; appId: string; appSecret: string; }) };
}

async function waitFor(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) { assert.fail(`gave up waiting ${ms} ms for ${what}`); }
    await sleep(50);
  }
}

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
