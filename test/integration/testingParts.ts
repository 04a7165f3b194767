// The extension's internals as the test runner sees them (ExtensionMode.Test only; see FeishuHireApi).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FeishuHireApi, HireTesting } from '../../src/extension';

export const EXTENSION_ID = 'feishu-hire-tools.feishu-hire-interviews';

export async function testingParts(): Promise<HireTesting> {
  const extension = vscode.extensions.getExtension<FeishuHireApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  assert.ok(api.testing, 'the test runner gets the internals (ExtensionMode.Test)');
  return api.testing;
}

/** Every profile's stored credentials (and the pre-profile key), read straight from SecretStorage; undefined when none. */
export async function storedCredentials(hire: HireTesting): Promise<string | undefined> {
  const keys = ['feishuHire.credentials', ...hire.session.profiles.map(p => `feishuHire.profile.${p.id}.credentials`)];
  const values = (await Promise.all(keys.map(k => hire.context.secrets.get(k)))).filter(v => v !== undefined);
  return values.length ? values.join('\n') : undefined;
}

/** Every file below a folder, concatenated (the log folder, say). */
export function readTree(dir: string): string {
  if (!fs.existsSync(dir)) { return ''; }
  return fs.readdirSync(dir).map(name => {
    const p = path.join(dir, name);
    return fs.statSync(p).isDirectory() ? readTree(p) : fs.readFileSync(p, 'utf8');
  }).join('\n');
}

export const settle = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until `check` holds, polling every 50 ms; fails the test (naming `what`) when it never does. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) { throw new Error(`gave up waiting: ${what}`); }
    await settle(50);
  }
}
