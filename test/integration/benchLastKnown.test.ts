// Bench only (skipped unless FEISHU_HIRE_BENCH_OUT is set): from a session start to the first rows of the tree
// restored from last-known data, inside the extension host, and the requests that cost (budget: 0).
// A session start is what activation runs (profiles and credentials read, data read, decrypted, shown); here it is
// a switch back to a profile, repeated, because the harness cannot restart its extension host keeping the secrets.
// A switch back reads no secret (credentials and data key are kept in memory); a first start reads the two together.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';
import { SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import type { HireNode } from '../../src/model/tree/hireNode';
import { benchOut, writeBenchFigures } from './benchOut';
import { addProfiles, removeProfiles } from './benchHost';
import { testingParts } from './testingParts';

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const APPS = [SAMPLE.appWith120, SAMPLE.appWith49, SAMPLE.appWith7];

(benchOut ? suite : suite.skip)('benchmark: last-known data inside the extension host', () => {
  let hire: HireTesting;
  let feishu: FakeFeishu;
  let lark: FakeFeishu;

  /** The rows a user sees: roots, every child of the expanded roots and applications (as the provider gives them). */
  async function firstRows(): Promise<number> {
    const provider = hire.provider;
    const roots = await provider.getChildren() ?? [];
    let rows = roots.length;
    for (const root of roots) {
      const apps: HireNode[] = await provider.getChildren(root) ?? [];
      rows += apps.length;
      for (const app of apps) {
        if (app.kind === 'application' && app.root === 'pinned') { rows += (await provider.getChildren(app) ?? []).length; }
      }
    }
    return rows;
  }

  suiteSetup(async () => {
    hire = await testingParts();
    feishu = await startFakeFeishu({ port: 0 });
    lark = await startFakeFeishu({ port: 0 });
    await addProfiles([[lark, 'Bench B'], [feishu, 'Bench A']]);
  });

  suiteTeardown(async () => {
    await removeProfiles(hire, ['Bench A', 'Bench B']);
    await feishu.close();
    await lark.close();
  });

  test('start to first rows from last-known data (the benchmark reads it)', async function() {
    this.timeout(120_000);
    const a = hire.session.activeProfile!;
    const b = hire.session.profiles.find(p => p.name === 'Bench B')!;
    for (const id of APPS) { assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', id), true); }
    const loadedRows = await firstRows();
    await sleep(4000); // names and labels arrive, then the debounced save
    const times: number[] = [];
    let requests = 0;
    let rows = 0;
    const phases: string[] = [];
    for (let round = 0; round < 7; round++) {
      await hire.session.switchProfile(b.id);
      await sleep(300);
      feishu.resetStats();
      const started = performance.now();
      await hire.session.switchProfile(a.id);
      const switched = performance.now();
      await hire.provider.getChildren();
      const ready = performance.now();
      rows = await firstRows();
      phases.push(`${(switched - started).toFixed(0)}/${(ready - switched).toFixed(0)}/${(performance.now() - ready).toFixed(0)}`);
      times.push(performance.now() - started);
      requests = Math.max(requests, feishu.stats.requests.length);
    }
    assert.strictEqual(rows, loadedRows, 'the restored tree has the rows the loaded one had');
    writeBenchFigures({
      lastKnownFirstRowsMs: median(times),
      lastKnownRequests: requests,
      lastKnownRows: rows,
      lastKnownApplications: APPS.length,
      lastKnownPhases: phases.join(' '),
    });
  });
});
