// What the bench-only tests inside the extension host share: the host's gc, settled memory readings, the fake in
// a child process, and a wait that fails loudly.
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { createInterface } from 'readline';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import type { HireTesting } from '../../src/extension';

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The host's own gc when it can be had (flags set at run time); otherwise undefined and the medians carry the figure. */
export function hostGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? gc as () => void : undefined;
  } catch {
    return undefined;
  }
}

/** heapUsed + external in bytes: the median of several readings after a settle, each after a gc when there is one. */
export async function settledMemory(gc: (() => void) | undefined): Promise<number> {
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

/** The fake Feishu server in a child process (its memory is not the host's), with the CLI's flags. */
export async function startFakeProcess(args: string[] = []): Promise<{ child: ChildProcess; baseUrl: string; appId: string; appSecret: string; }> {
  const script = path.join(__dirname, '..', '..', '..', 'dist', 'fakeFeishu.js');
  const child = spawn(process.execPath, [script, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
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

export async function waitFor(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) { assert.fail(`gave up waiting ${ms} ms for ${what}`); }
    await sleep(50);
  }
}

/** Profiles for these servers, signed in in this order (the last one ends active). */
export async function addProfiles(servers: ReadonlyArray<readonly [{ baseUrl: string; appId: string; appSecret: string; }, string]>): Promise<void> {
  for (const [{ baseUrl, appId, appSecret }, profile] of servers) {
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl, appId, appSecret, profile }), true);
  }
}

export async function removeProfiles(hire: HireTesting, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const p = hire.session.profiles.find(x => x.name === name);
    if (p) { await hire.session.removeProfile(p.id); }
  }
}
